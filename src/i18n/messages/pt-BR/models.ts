import type { enModels } from "../en/models";

/** Brazilian Portuguese texts of the models area. */
export const ptBRModels: typeof enModels = {
  modelOption: {
    inUse: "Em uso",
    downloaded: "Baixado",
    parameters: (count) => `${count} parâmetros`,
    unknownParameters: "Parâmetros desconhecidos",
    download: (size) => `${size} para baixar`,
    gpuMemory: (size) => `${size} de memória de GPU`,
    context: (tokens) => `contexto de ${tokens}`,
    needsShaderF16: "requer shader-f16",
    runsWell: "Roda bem neste dispositivo",
    maySlow: (reason) => `Pode ficar lento: ${reason}`,
    cannotRun: (reason) => `Não roda aqui: ${reason}`,
  },
  fitReasons: {
    storage: (needed, free) =>
      `Precisa de cerca de ${needed} de armazenamento, mas o navegador só permite mais ${free} a este site. Exclua modelos guardados em Gerenciar modelos para liberar espaço.`,
    shaderF16:
      "Precisa de suporte a meia precisão (shader-f16), que esta GPU não oferece. Escolha um modelo f32.",
    bufferSize: (needed, allowed) => `Precisa de buffers de GPU de ${needed}; esta GPU permite ${allowed}.`,
    softwareGpuLarge:
      "Este navegador está usando uma GPU por software: um modelo deste tamanho vai ficar muito lento.",
    softwareGpu: "Este navegador está usando uma GPU por software: espere respostas lentas.",
    largeModel: (gigabytes) =>
      `Precisa de cerca de ${gigabytes} GB de memória de GPU: pode ficar lento ou esgotar a memória em GPUs integradas.`,
  },
  modelDescriptions: {
    tinyAndQuick: "Pequeno e rápido. Bom para respostas curtas e para experimentar o Sigilo.",
    smallMultilingual: "Assistente pequeno e multilíngue; rápido em quase qualquer GPU.",
    smallMultilingualF32: "O mesmo assistente pequeno, feito para GPUs sem suporte a meia precisão.",
    compactBalanced: "O assistente compacto da Meta: um bom equilíbrio entre velocidade e qualidade.",
    compactBalancedF32: "Llama 3.2 1B para GPUs sem suporte a meia precisão.",
    reasonsStepByStep: "Raciocina passo a passo antes de responder; forte para o seu tamanho.",
    fluentWriting: "O modelo pequeno do Google, com escrita fluente.",
    betterThan1B: "Respostas bem melhores que as do 1B; precisa de uma GPU intermediária.",
    reasoningAndCode: "O modelo da Microsoft, bom em raciocínio e código.",
    mostCapable: "O modelo mais capaz daqui; precisa de uma GPU com 6 GB ou mais.",
    smallestThinker: "O menor modelo que pensa antes de responder; dá para ler o raciocínio.",
    multilingualMidSize: "Assistente multilíngue, bem melhor que o de 0.5B e ainda leve.",
    strongThinker:
      "Pensa antes de responder; forte em raciocínio, matemática e código numa GPU intermediária.",
    deepThinker:
      "O raciocínio do DeepSeek-R1 destilado no Qwen 7B: pensa longa e cuidadosamente; precisa de 6 GB de memória de GPU.",
    custom: (modelType, url) => `Seu próprio modelo (${modelType}), adicionado de ${url}.`,
    imported: (modelType) => `Seu próprio modelo (${modelType}), importado de arquivos.`,
  },
  modelCard: {
    about: (name) => `Sobre ${name}`,
    family: "Família",
    developer: "Desenvolvedor",
    addedByYou: "Adicionado por você",
    parameters: "Parâmetros",
    unknown: "Desconhecido",
    quantization: "Quantização",
    contextWindow: "Janela de contexto",
    licence: "Licença",
    seeRepository: "Veja o repositório do modelo",
    source: "Origem",
    downloadSize: "Tamanho do download",
    gpuMemory: "Memória de GPU",
    approximately: (size) => `Cerca de ${size}`,
    privacy:
      "Seus prompts e as respostas do modelo nunca saem do seu dispositivo: o modelo roda aqui, no seu navegador.",
  },
  modelLoad: {
    region: "Download do modelo",
    downloading: (name) => `Baixando ${name}`,
    loadingIntoGpu: (name) => `Carregando ${name} na memória da GPU`,
    preparingPrograms: (name) => `Preparando os programas de GPU de ${name}`,
    programsHint:
      "Os programas do modelo estão sendo compilados para esta GPU. Numa GPU lenta ou por software, esta é a etapa mais longa.",
    elapsed: (duration) => `${duration} decorridos`,
    starting: "Iniciando…",
    bytesOf: (done, total) => `${done} de ${total}`,
    rate: (size) => `${size}/s`,
    timeLeft: (duration) => `faltam ${duration}`,
    cancel: "Cancelar download",
    stopLoading: "Parar o carregamento",
    failedTitle: (title, name) => `${title}: ${name}`,
    retry: "Tentar de novo",
    downloadAgain: "Baixar de novo",
    deleteAndDownloadAgain: "Excluir e baixar de novo",
    removeImported: "Remover este modelo",
    chooseAnother: "Escolher outro modelo",
    technicalDetails: "Detalhes técnicos",
  },
  downloadNotice: {
    offline: (kept) => `Você está sem conexão. O download continua sozinho quando a conexão voltar; ${kept}.`,
    retrying: (cause, seconds, attempt, attempts, kept) =>
      `${cause}. Nova tentativa em ${seconds} s (tentativa ${attempt} de ${attempts}); ${kept}.`,
    connectionLost: "A conexão com o servidor do modelo caiu",
    filesKept: (count) =>
      count === 1 ? "o arquivo já guardado é mantido" : `os ${count} arquivos já guardados são mantidos`,
  },
  engineErrors: {
    "download-failed": {
      title: "O download falhou",
      advice:
        "A conexão com o servidor do modelo caiu ou foi recusada. Verifique sua conexão e tente de novo: os arquivos já baixados são mantidos.",
    },
    "request-refused": {
      title: "O servidor do modelo mandou o download para outro lugar",
      advice:
        "Ele apontou o Sigilo para um servidor que este app não pode contatar, então o download parou ali e nada foi enviado a esse servidor. Os arquivos já baixados são mantidos. Os arquivos do modelo podem ter mudado de lugar: tente de novo mais tarde ou escolha outro modelo.",
    },
    "quota-exceeded": {
      title: "Espaço de armazenamento insuficiente",
      advice:
        "O navegador ficou sem espaço para os arquivos do modelo. Exclua outros modelos ou libere espaço no disco e tente de novo.",
    },
    "device-lost": {
      title: "A GPU parou de responder",
      advice:
        "O driver de vídeo foi reiniciado ou ficou sem memória. Sua conversa está segura; carregue o modelo de novo para continuar.",
    },
    "out-of-memory": {
      title: "O modelo não cabe na memória desta GPU",
      advice: "Escolha um modelo menor, ou feche outras abas e aplicativos que usam a GPU e tente de novo.",
    },
    "shader-f16-missing": {
      title: "Esta GPU não consegue rodar este modelo",
      advice: "O modelo precisa de suporte a meia precisão (shader-f16). Escolha um modelo f32.",
    },
    "gpu-feature-missing": {
      title: "Esta GPU não consegue rodar este modelo",
      advice:
        "O modelo precisa de um recurso de GPU que este navegador não oferece (indicado nos detalhes). Escolha outro modelo.",
    },
    "webgpu-unavailable": {
      title: "O WebGPU parou de funcionar",
      advice:
        "O navegador não dá mais ao Sigilo acesso à GPU. Recarregue a página; se não resolver, reinicie o navegador.",
    },
    "context-window-exceeded": {
      title: "A conversa é longa demais para este modelo",
      advice: "Comece uma nova conversa ou escolha um modelo com uma janela de contexto maior.",
    },
    "stored-model-missing": {
      title: "Arquivos do modelo ausentes",
      advice:
        "O modelo não está mais guardado por completo neste navegador (o navegador pode tê-lo apagado para liberar espaço). Baixar de novo?",
    },
    "stored-model-corrupt": {
      title: "Os arquivos guardados do modelo estão danificados",
      advice:
        "Um arquivo deste modelo no armazenamento do navegador está danificado ou ilegível, então ele não pode ser carregado. Exclua os arquivos guardados e baixe-o de novo; suas conversas não são afetadas.",
    },
    "imported-model-incomplete": {
      title: "Faltam arquivos deste modelo importado",
      advice:
        "O navegador não guarda mais todos os arquivos que você importou (talvez os tenha apagado para liberar espaço), e eles não podem ser baixados. Remova o modelo e importe a pasta dele de novo.",
    },
    "timed-out": {
      title: "O mecanismo parou de responder",
      advice:
        "Nada aconteceu por tempo demais, então o Sigilo encerrou o mecanismo para liberar sua GPU. Tente de novo; se acontecer outra vez, recarregue a página ou reinicie o navegador.",
    },
    "model-files-invalid": {
      title: "Os arquivos do modelo não podem ser usados",
      advice:
        "O servidor do modelo oferece arquivos que não formam um modelo MLC utilizável, ou maiores do que o Sigilo lê (veja os detalhes). Tentar de novo não vai ajudar: escolha outro modelo ou avise quem o hospeda.",
    },
    cancelled: { title: "Cancelado", advice: "Nada mais aconteceu." },
    unknown: {
      title: "Algo deu errado",
      advice: "Tente de novo; se continuar falhando, escolha outro modelo.",
    },
  },
  engineErrorReasons: {
    httpStatus: (file, status) => `HTTP ${status} para ${file}`,
    incompleteFile: (file, received, expected) =>
      `${file} chegou incompleto (${received} de ${expected} bytes); não foi guardado`,
    storedFileMissing: (file) => `${file} não está no armazenamento`,
    storedFileUnreadable: (file, detail) => `${file} não pôde ser lido: ${detail}`,
    storedFileWrongType: (file) => `${file} não está guardado do jeito que o web-llm o lê`,
    storedFileUnparseable: (file, problem) => `${file} não pôde ser interpretado: ${problem}`,
    storedFileWrongSize: (file, bytes) => `${file} está guardado com ${bytes} bytes`,
    storedFileWrongSizeExpected: (file, bytes, expected) =>
      `${file} está guardado com ${bytes} bytes em vez de ${expected}`,
    importedFilesMissing: (stored, total) =>
      total === undefined
        ? `Só ${stored} arquivos do modelo importado estão guardados; importe-o de novo`
        : `${stored} de ${total} arquivos do modelo importado estão guardados; importe-o de novo`,
    loadCancelled: "O carregamento do modelo foi cancelado.",
    engineShutDown: "O mecanismo foi encerrado.",
    unknownModel: (modelId) => `Modelo desconhecido: ${modelId}`,
    workerStopped: "O worker do mecanismo parou inesperadamente (o script não carregou ou travou).",
    storedModelGonePartly: "Alguns arquivos do modelo não estão mais no armazenamento.",
    loadStalled: (seconds, step) => `Nenhum progresso por ${seconds} s enquanto ${step}.`,
    loadSteps: {
      starting: "iniciava o mecanismo",
      download: "baixava os arquivos do modelo",
      weights: "carregava o modelo na memória da GPU",
      programs: "preparava os programas de GPU",
    },
    workerUnresponsive: (seconds) => `O worker do mecanismo não respondeu por ${seconds} s e foi encerrado.`,
    storedModelGone: "Nenhum arquivo do modelo está mais no armazenamento.",
  },
  modelFileProblems: {
    notJson: (file) => `${file} não é um JSON válido.`,
    notJsonObject: (file) => `${file} não é um objeto JSON.`,
    missingField: (file, field) => `${file} não tem um "${field}" válido.`,
    noKnownTokenizer: (file) =>
      `${file} não lista nem tokenizer.json nem tokenizer.model em "tokenizer_files".`,
    noShardRecords: (file) => `${file} não tem a lista "records" de fragmentos de pesos.`,
    recordWithoutPath: (file, index) => `${file}: o registro ${index} não tem um "dataPath" válido.`,
    recordWithoutSize: (file, index) => `${file}: o registro ${index} não tem um "nbytes" válido.`,
    unsupportedShardFormat: (file, format) =>
      `${file} usa o formato de fragmento "${format}"; só "raw-shard" é compatível.`,
    shardPathOutsideFolder: (file, path) =>
      `${file} lista um fragmento de pesos fora da pasta do modelo: "${path}".`,
    shardListedTwice: (file, path) => `${file} lista o fragmento de pesos ${path} duas vezes.`,
    tooManyShards: (file, count, limit) =>
      `${file} lista ${count} fragmentos de pesos; o Sigilo lê no máximo ${limit}.`,
    shardTooLarge: (file, shard, size, limit) =>
      `${file} diz que o fragmento de pesos ${shard} tem ${size}; o Sigilo lê no máximo ${limit} por fragmento.`,
    fileTooLarge: (file, limit, size) =>
      size === undefined
        ? `${file} é maior que ${limit}, o máximo que o Sigilo lê deste arquivo; a leitura parou aí.`
        : `${file} tem ${size}, mais que ${limit}, o máximo que o Sigilo lê deste arquivo.`,
  },
  storageShortfall: {
    needs: (needed, free) =>
      `O download precisa de mais ${needed}, mas o navegador só permite mais ${free} a este site. Nada do que já estava guardado foi perdido: os arquivos baixados até agora ficam guardados para quando houver espaço.`,
    couldDelete: (models) => `Você pode excluir: ${models}.`,
    noOthers: "Não há outros modelos guardados; libere espaço no disco e tente de novo.",
    listSeparator: ", ",
  },
  cancelledDownload: {
    cancelled: (name) => `O download de ${name} foi cancelado.`,
    kept: (count, size) =>
      `${count === 1 ? "O arquivo já baixado" : `Os ${count} arquivos já baixados`} (${size}) ${count === 1 ? "fica guardado" : "ficam guardados"} neste navegador, então baixar de novo continua de onde parou.`,
    noneStored: "Nenhum arquivo tinha sido guardado ainda.",
    remove: "Remover em Gerenciar modelos",
  },
  modelManager: {
    open: "Gerenciar modelos",
    title: "Gerenciador de modelos",
    close: "Fechar",
    reading: "Lendo o que está guardado…",
    total: (count, size) =>
      `${count === 1 ? "1 modelo guardado" : `${count} modelos guardados`}, ${size} no total.`,
    deleteAll: "Excluir todos os modelos",
    confirmOne: (name, size) => `Excluir ${name} (${size})?`,
    confirmAll: (count, size) => `Excluir os ${count} modelos (${size})?`,
    confirmBody:
      "Os pesos, a configuração, o tokenizador e a biblioteca são removidos deste navegador; para usar de novo, será preciso baixar de novo. As conversas não são afetadas.",
    keep: "Manter",
    delete: "Excluir",
    deleteFailed: (detail) => `Não foi possível excluir os arquivos do modelo: ${detail}`,
    listFailed: (detail) => `Não foi possível ler os modelos guardados: ${detail}`,
    libraryKept: (names, count) =>
      `A biblioteca dele é mantida: ${names} ainda ${count === 1 ? "a usa" : "a usam"}.`,
  },
  storedModels: {
    label: "Modelos guardados",
    none: "Nenhum modelo está guardado neste navegador.",
    complete: "Completo",
    incomplete: (stored, total) =>
      `Incompleto: ${stored}${total ? ` de ${total}` : ""} arquivos (baixá-lo continua daqui)`,
    neverUsed: "Nunca usado",
    lastUsed: (when) => `Usado pela última vez ${when}`,
    justNow: "agora mesmo",
    minutesAgo: (count) => `há ${count} min`,
    hoursAgo: (count) => `há ${count} h`,
    daysAgo: (count) => (count === 1 ? "ontem" : `há ${count} dias`),
    deleteNamed: (name) => `Excluir ${name}`,
    delete: "Excluir",
    sharedLibrary: (size, names) =>
      `biblioteca (${size}) compartilhada com ${names}, contada uma só vez no total`,
  },
  otherStoredFiles: {
    label: "Outros arquivos guardados",
    figures: (count, size) => `${count === 1 ? "1 arquivo" : `${count} arquivos`}, ${size}`,
    why: "deixados por uma importação interrompida ou por um modelo que não está mais na lista",
    delete: "Excluir outros arquivos",
    confirm: (count, size) =>
      `Excluir ${count === 1 ? "1 outro arquivo guardado" : `${count} outros arquivos guardados`} (${size})?`,
    confirmBody:
      "Nenhum modelo da lista usa esses arquivos, então nada que você possa carregar precisa deles. Seus modelos e conversas não são afetados.",
    deleted: (count, size) =>
      `${count === 1 ? "1 outro arquivo guardado foi excluído" : `${count} outros arquivos guardados foram excluídos`} (${size}).`,
    deleteFailed: (detail) => `Não foi possível excluir os outros arquivos guardados: ${detail}`,
  },
  storageSummary: {
    label: "Armazenamento",
    usage: (used, quota, free) =>
      `Este site usa ${used} dos ${quota} que o navegador permite (${free} livres).`,
    unknownUsage: "O navegador não informa quanto armazenamento este site pode usar.",
    persistent: "O armazenamento é persistente: o navegador mantém os modelos guardados até você excluí-los.",
    bestEffort:
      "O armazenamento não é persistente: quando o disco estiver cheio, o navegador pode apagar os modelos guardados (um modelo de 2 GB teria então de ser baixado de novo).",
    unsupported: "Este navegador não consegue tornar o armazenamento persistente.",
    ask: "Pedir ao navegador para manter os modelos",
    answers: {
      granted: "O navegador aceitou: os modelos guardados ficam até você excluí-los.",
      declined:
        "O navegador recusou. Ele ainda pode apagar modelos guardados quando o disco estiver cheio; os navegadores costumam aceitar depois que o site é instalado, adicionado aos favoritos ou usado com mais frequência.",
      unsupported: "Este navegador não consegue tornar o armazenamento persistente.",
    },
  },
  modelSource: {
    mirror: (mirror) =>
      `Os arquivos dos modelos são baixados do espelho da sua organização, ${mirror} (definido quando esta cópia do Sigilo foi gerada; para mudá-lo é preciso gerar de novo, porque a política de segurança da página só permite conectar aos servidores definidos naquele momento).`,
    public:
      "Os arquivos dos modelos são baixados do Hugging Face (pesos) e do GitHub (bibliotecas dos modelos). Organizações podem gerar o Sigilo para usar um espelho próprio; veja “Host it yourself” no README.",
  },
  customModels: {
    title: "Seus modelos",
    empty: "Os modelos que você adicionar por URL aparecem aqui e na escolha de modelos.",
    removeNamed: (name) => `Remover ${name}`,
    remove: "Remover",
    removeTitle: (name) => `Remover ${name}?`,
    removeBody:
      "O Sigilo esquece este modelo e apaga os arquivos dele guardados neste navegador. As respostas que ele escreveu continuam nas suas conversas.",
    removeBodyStored: (size, imported) =>
      `O Sigilo esquece este modelo e apaga ${size} de arquivos dele deste navegador; ${imported ? "para usá-lo de novo, será preciso importar a pasta dele outra vez" : "para usá-lo de novo, será preciso baixá-los outra vez"}. As respostas que ele escreveu continuam nas suas conversas.`,
    cancel: "Cancelar",
    confirmRemove: "Remover modelo",
    add: "Adicionar um modelo",
  },
  addModel: {
    title: "Adicionar um modelo",
    hint: "Uma pasta no formato MLC (a URL de um repositório do Hugging Face, ou qualquer URL que sirva mlc-chat-config.json, tensor-cache.json, o tokenizador e os fragmentos de pesos em resolve/main/) e a biblioteca compilada do modelo (.wasm).",
    name: "Nome",
    modelUrl: "URL do modelo",
    libraryUrl: "URL da biblioteca do modelo",
    cancel: "Cancelar",
    check: "Verificar modelo",
    checking: "Verificando os arquivos do modelo…",
    cannotUse: (problem) => `Este modelo não pode ser usado: ${problem}`,
    checkFailed: (error) => `A verificação falhou: ${error}`,
    found: "O que foi encontrado",
    modelType: "Tipo de modelo",
    quantization: "Quantização",
    contextWindow: "Janela de contexto",
    tokens: (count) => `${count} tokens`,
    totalSize: "Tamanho total",
    totalSizeValue: (size, files, shards) =>
      `${size} em ${files} arquivos (${shards === 1 ? "1 fragmento de pesos" : `${shards} fragmentos de pesos`})`,
    add: (name) => `Adicionar ${name}`,
  },
  customModelProblems: {
    nameMissing: "Dê um nome ao modelo.",
    urlInvalid: (field, text) => `${field} "${text}" não é uma URL.`,
    urlNotHttp: (field) => `${field} precisa usar https (ou http).`,
    libraryNotWasm: (url) => `A biblioteca do modelo precisa ser um arquivo .wasm; ${url} não é.`,
    hostNotAllowed: (host) =>
      `Esta versão do app não pode se conectar a ${host}: a Content-Security-Policy dela só permite os servidores de modelos configurados. O servidor precisa ser permitido quando o app é gerado (VITE_MODEL_MIRROR, veja “Host it yourself” no README).`,
    hostUnreachable: (host, file) => `Não foi possível acessar ${host} para buscar ${file}.`,
    fileNotFound: (file, url, status) => `${file} não foi encontrado: ${url} respondeu HTTP ${status}.`,
    libraryUnreachable: (host) =>
      `A biblioteca do modelo está inacessível: não foi possível conectar a ${host}.`,
    libraryHttpError: (url, status) =>
      `A biblioteca do modelo está inacessível: ${url} respondeu HTTP ${status}.`,
    largerThanStorage: (needed, quota) =>
      `Os arquivos ocupam ${needed}, mais que os ${quota} que este navegador deixa o site guardar ao todo.`,
  },
};
