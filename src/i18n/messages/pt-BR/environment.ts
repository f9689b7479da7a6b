import type { enEnvironment } from "../en/environment";

/** Brazilian Portuguese texts of the environment area. */
export const ptBREnvironment: typeof enEnvironment = {
  browserCheck: {
    title: "Verificação do navegador",
    webgpu: (gpu) => `WebGPU disponível: ${gpu}`,
    unnamedGpu: "GPU sem nome",
    softwareGpu: "Esta é uma GPU por software (nenhuma placa de vídeo em uso): os modelos vão rodar devagar.",
    shaderF16: "Meia precisão (shader-f16) suportada: todos os modelos podem rodar.",
    noShaderF16: "Sem suporte a meia precisão (shader-f16): só modelos f32 podem rodar.",
    limits: (buffer, binding) => `Maior buffer de GPU: ${buffer}; maior vínculo de armazenamento: ${binding}`,
  },
  noWebGpu: {
    title: "O WebGPU não está disponível",
    why: {
      "no-api": "Este navegador não oferece WebGPU, ou ele está desativado.",
      "no-adapter": "Este navegador suporta WebGPU, mas não deu ao Sigilo acesso a uma placa de vídeo.",
      "device-failed": "A placa de vídeo foi encontrada, mas não pôde ser iniciada.",
      "timed-out":
        "O navegador não respondeu quando a placa de vídeo foi pedida: o processo de GPU dele pode estar travado. Recarregue a página; se não adiantar, reinicie o navegador.",
    },
    lead: "O Sigilo roda o modelo de IA na sua própria GPU por meio do WebGPU, então não consegue responder aqui. Suas conversas guardadas continuam aqui para ler e exportar.",
    browsersTitle: "Navegadores que funcionam",
    chromeDesktop: "Chrome ou Edge 113 ou mais recente no Windows, macOS e ChromeOS.",
    chromeAndroid: "Chrome 121 ou mais recente no Android.",
    linuxBefore: "No Linux, Chrome ou Chromium com o WebGPU ativado: abra ",
    linuxAfter: ", mude para Enabled e reinicie o navegador.",
    safariFirefox: "Safari 26 no macOS e iOS; Firefox 141 ou mais recente no Windows.",
    acceleration:
      "Se o seu navegador está nessa lista, verifique se a aceleração de hardware está ativada (Configurações → Sistema) e se o driver de vídeo está atualizado.",
    technicalDetails: "Detalhes técnicos",
    reload: "Recarregar a página",
  },
  storageSaveError: {
    storageFull:
      "O armazenamento do seu navegador está cheio, então as últimas alterações não puderam ser salvas. Libere espaço excluindo modelos ou conversas.",
    saveFailed: (detail) => `Não foi possível salvar no armazenamento deste navegador: ${detail}`,
  },
};
