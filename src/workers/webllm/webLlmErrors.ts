/**
 * web-llm's errors, classified by the `name` each of its error classes sets (web-llm 0.2.86, its
 * src/error.ts and the resumable-session classes): inside the worker, where the error object still has
 * its class, the name decides; only errors web-llm did not name (a plain Error, the browser's own) are
 * left to the phrases of domain/engineError.ts. A name never falls through to phrases, so a model id
 * with "f16" in it, or an "f32-to-bf16" tensor, can never read as a missing shader-f16.
 * The contract tests check this table lists every name the installed web-llm sets.
 */
import { ClassifiedError, type EngineErrorKind } from "../../domain/engineError";

const WEB_LLM_ERROR_KINDS: Readonly<Record<string, EngineErrorKind>> = {
  // The GPU cannot run the model.
  ShaderF16SupportError: "shader-f16-missing",
  FeatureSupportError: "gpu-feature-missing",
  WebGPUNotAvailableError: "webgpu-unavailable",
  WebGPUNotFoundError: "webgpu-unavailable",
  DeviceLostError: "device-lost",
  // The conversation is longer than the model reads.
  ContextWindowSizeExceededError: "context-window-exceeded",
  EmbeddingExceedContextWindowSizeError: "context-window-exceeded",
  // The model's own files ask for something web-llm cannot do.
  UnsupportedTokenizerFilesError: "model-files-invalid",
  WindowSizeConfigurationError: "model-files-invalid",
  WindowSizeSpecificationError: "model-files-invalid",
  AttentionSinkSizeError: "model-files-invalid",
  ArtifactManifestError: "model-files-invalid",
  IntegrityError: "model-files-invalid",
  // Anything else is a request or set-up Sigilo got wrong: shown as it came, under "Something went wrong".
  ModelNotFoundError: "unknown",
  MissingModelError: "unknown",
  ModelNotLoadedError: "unknown",
  WorkerEngineModelNotLoadedError: "unknown",
  SpecifiedModelNotFoundError: "unknown",
  UnclearModelToUseError: "unknown",
  IncorrectPipelineLoadedError: "unknown",
  UnsupportedModelIdError: "unknown",
  ReloadArgumentSizeUnmatchedError: "unknown",
  ReloadModelIdNotUniqueError: "unknown",
  ConfigurationNotInitializedError: "unknown",
  ConfigValueError: "unknown",
  MinValueError: "unknown",
  NonNegativeError: "unknown",
  InvalidNumberStringError: "unknown",
  DependencyError: "unknown",
  AudioInputError: "unknown",
  MessageOrderError: "unknown",
  SystemMessageOrderError: "unknown",
  ContentTypeError: "unknown",
  UnsupportedRoleError: "unknown",
  UserMessageContentErrorForNonVLM: "unknown",
  UnsupportedContentPartError: "unknown",
  PrefillChunkSizeSmallerThanImageError: "unknown",
  CannotFindImageEmbedError: "unknown",
  UnsupportedDetailError: "unknown",
  UnsupportedImageURLError: "unknown",
  MultipleTextContentError: "unknown",
  ToolCallOutputParseError: "unknown",
  ToolCallOutputInvalidTypeError: "unknown",
  JSONFieldError: "unknown",
  UnsupportedFieldsError: "unknown",
  NonWorkerEnvironmentError: "unknown",
  NoServiceWorkerAPIError: "unknown",
  ServiceWorkerInitializationError: "unknown",
  StreamingCountError: "unknown",
  SeedTypeError: "unknown",
  InvalidResponseFormatError: "unknown",
  InvalidResponseFormatGrammarError: "unknown",
  InvalidResponseFormatStructuralTagError: "unknown",
  GrammarMatcherInitError: "unknown",
  CustomResponseFormatError: "unknown",
  CustomSystemPromptError: "unknown",
  InvalidStreamOptionsError: "unknown",
  UnknownMessageKindError: "unknown",
  TextCompletionExpectsKVEmptyError: "unknown",
  TextCompletionConversationExpectsPrompt: "unknown",
  TextCompletionConversationError: "unknown",
  EmbeddingUnsupportedEncodingFormatError: "unknown",
  EmbeddingUnsupportedModelError: "unknown",
  EmbeddingSlidingWindowError: "unknown",
  EmbeddingChunkingUnsupportedError: "unknown",
  EmbeddingInputEmptyError: "unknown",
  CrossContextLockUnavailableError: "unknown",
  ResumableInjectedFault: "unknown",
  ResumableSessionExistsError: "unknown",
};

/**
 * Names web-llm also sets but that cannot tell its errors apart: its config `RangeError` shares the
 * name of JavaScript's own, which the browser throws too ("Array buffer allocation failed" is running
 * out of memory), so those are left to the phrases.
 */
export const AMBIGUOUS_WEB_LLM_ERROR_NAMES: readonly string[] = ["RangeError"];

/** Every web-llm error name this table classifies (for the contract test). */
export const WEB_LLM_ERROR_NAMES: readonly string[] = Object.keys(WEB_LLM_ERROR_KINDS);

/**
 * web-llm's error turned into one classified by its name; anything else is returned as it is. Also
 * takes the text of an error that escaped the worker ("Uncaught DeviceLostError: …").
 */
export function classifyWebLlmError(error: unknown): unknown {
  const name =
    error instanceof Error
      ? error.name
      : typeof error === "string"
        ? /^(?:Uncaught )?(\w+):/.exec(error)?.[1]
        : undefined;
  if (name === undefined || !Object.hasOwn(WEB_LLM_ERROR_KINDS, name)) return error;
  return new ClassifiedError(WEB_LLM_ERROR_KINDS[name]!, error);
}
