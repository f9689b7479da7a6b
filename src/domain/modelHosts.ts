/**
 * Hosts the app may contact besides its own origin: where web-llm's prebuilt models keep
 * their weights (Hugging Face, which redirects to its CDN hosts) and compiled libraries.
 * The Content-Security-Policy is built from this list, so adding a host here is the one
 * place a new destination can be allowed.
 */
export const MODEL_HOSTS: readonly string[] = [
  "https://huggingface.co",
  "https://*.huggingface.co",
  "https://*.hf.co",
  "https://raw.githubusercontent.com",
];
