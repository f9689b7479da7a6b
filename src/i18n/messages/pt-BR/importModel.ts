import type { enImportModel } from "../en/importModel";

/** Brazilian Portuguese texts of the importModel area. */
export const ptBRImportModel: typeof enImportModel = {
  importModel: {
    open: "Importar de arquivos",
    title: "Importar um modelo de arquivos",
    hint: "Escolha a pasta de um modelo no formato MLC (mlc-chat-config.json, tensor-cache.json, o tokenizador e os fragmentos de pesos) junto com a biblioteca compilada (.wasm), ou solte-os aqui. Os arquivos são copiados para o armazenamento deste navegador; nada é enviado, e o modelo passa a funcionar sem nenhuma conexão.",
    chooseFolder: "Escolher uma pasta",
    chooseFiles: "Escolher arquivos",
    dropZone: "Ou solte aqui a pasta ou os arquivos do modelo",
    chosen: (count) => (count === 1 ? "1 arquivo escolhido." : `${count} arquivos escolhidos.`),
    checking: "Verificando os arquivos…",
    found: "O que foi encontrado",
    modelType: "Tipo de modelo",
    quantization: "Quantização",
    contextWindow: "Janela de contexto",
    tokens: (tokens) => `${tokens} tokens`,
    totalSize: "Tamanho total",
    totalSizeValue: (size, files, shards) =>
      `${size} em ${files} arquivos (${shards === 1 ? "1 fragmento de pesos" : `${shards} fragmentos de pesos`})`,
    library: "Arquivo da biblioteca",
    name: "Nome",
    import: "Importar",
    importing: (name) => `Importando ${name}`,
    progress: (done, total, percent) => `${done} de ${total} (${percent})`,
    cancel: "Cancelar",
    cancelImport: "Cancelar importação",
    continueInBackground: "Continuar em segundo plano",
    region: "Importação de modelo",
    imported: (name) => `${name} foi importado: escolha-o na lista de modelos para carregá-lo.`,
    dismiss: "Dispensar",
    cannotImport: (reason) => `Este modelo não pode ser importado: ${reason}`,
    cancelled: "A importação foi cancelada; nada dela foi mantido.",
    failed: (detail) => `A importação falhou; nada dela foi mantido. ${detail}`,
    nameMissing: "Dê um nome ao modelo.",
    nameTaken: (name) => `Já existe um modelo chamado ${name}; escolha outro nome.`,
    notEnoughStorage: {
      title: "Espaço de armazenamento insuficiente",
      figures: (needed, free) =>
        `A importação precisa de mais ${needed}, mas o navegador permite a este site só mais ${free}. Nada do que já estava guardado foi perdido, e nada deste modelo foi mantido.`,
      couldDelete: (models) => `Você pode excluir: ${models}.`,
      nothingToDelete: "Nenhum outro modelo está guardado; libere espaço no disco e tente de novo.",
    },
    problems: {
      noFiles: "nenhum arquivo foi escolhido.",
      noConfig: "não há mlc-chat-config.json entre os arquivos escolhidos.",
      severalConfigs: (folders) =>
        `os arquivos escolhidos contêm mais de um modelo (mlc-chat-config.json em ${folders}); escolha a pasta de um só modelo.`,
      noManifest: "não há tensor-cache.json ao lado de mlc-chat-config.json.",
      oldManifest: (oldName) =>
        `não há tensor-cache.json, só ${oldName}: o modelo foi gerado para uma versão mais antiga do web-llm.`,
      tokenizerMissing: (name) => `falta ${name} (mlc-chat-config.json pede esse arquivo).`,
      emptyFile: (name) => `${name} está vazio.`,
      shardMissing: (name) => `falta o fragmento de pesos ${name}.`,
      shardSize: (name, actual, expected) =>
        `o fragmento de pesos ${name} tem ${actual} bytes, mas tensor-cache.json diz ${expected}.`,
      noLibrary: "não há biblioteca do modelo (.wasm) entre os arquivos escolhidos.",
      severalLibraries: (names) =>
        `há mais de uma biblioteca do modelo (.wasm): ${names}. Mantenha só a que foi gerada para este modelo.`,
      unreadable: (name) =>
        `não foi possível ler ${name} (ele foi alterado ou movido depois de escolhido?). Escolha os arquivos de novo.`,
    },
  },
  importedModel: {
    source: (date) => `Importado de arquivos em ${date}`,
  },
};
