import type { enModelSearch } from "../en/modelSearch";

/** Brazilian Portuguese texts of the Hugging Face model search and of memory by context window. */
export const ptBRModelSearch: typeof enModelSearch = {
  modelSearch: {
    title: "Encontrar modelos no Hugging Face",
    label: "Buscar no Hugging Face",
    placeholder: "ex.: jurídico, português, código",
    submit: "Buscar",
    whatIsSent:
      "Ao tocar em Buscar, as palavras desta caixa — e só elas — são enviadas a huggingface.co. Nada mais do que você escreve, nenhuma conversa ou documento, é enviado. Cada busca aparece no painel de Privacidade.",
    searching: (query) => `Buscando “${query}” no Hugging Face…`,
    results: "Modelos que rodam aqui",
    resultsFor: (count, query) =>
      count === 0
        ? `Nenhum modelo encontrado para “${query}” roda com uma biblioteca que o Sigilo tem.`
        : `${count} ${count === 1 ? "modelo" : "modelos"} para “${query}” ${count === 1 ? "roda" : "rodam"} aqui:`,
    nothingFound: (query) => `O Hugging Face não lista modelos MLC para “${query}”. Tente outras palavras.`,
    by: (author) => `por ${author}`,
    downloads: (count) => `${count} downloads no último mês`,
    runsOn: (library, quantization, context) =>
      `Roda com a biblioteca do ${library} · ${quantization} · contexto de ${context}`,
    memory: (size, context) => `Cerca de ${size} de memória de GPU com contexto de ${context}`,
    sizeLater: "O tamanho do download aparece quando você o adiciona, antes de qualquer coisa ser salva.",
    add: "Adicionar",
    addNamed: (id) => `Adicionar ${id}`,
    openRepository: (id) => `${id} no Hugging Face`,
    notUsable: (count) =>
      count === 1
        ? "1 outro modelo MLC encontrado não roda aqui"
        : `${count} outros modelos MLC encontrados não rodam aqui`,
    problems: {
      unavailable:
        "Esta cópia do Sigilo não pode buscar no Hugging Face: ela só pode contatar o espelho de modelos da sua organização. Nada foi enviado.",
      offline: "Você está offline. Nada foi enviado; busque de novo quando estiver conectado.",
      unreachable: "Não foi possível contatar o Hugging Face. Verifique sua conexão e tente de novo.",
      rateLimited: (seconds) =>
        seconds === undefined
          ? "O Hugging Face está recebendo buscas demais daqui. Espere um minuto e tente de novo."
          : `O Hugging Face está recebendo buscas demais daqui. Tente de novo em ${seconds} segundos.`,
      httpError: (status) => `O Hugging Face não conseguiu buscar agora (HTTP ${status}). Tente mais tarde.`,
      malformed:
        "O Hugging Face enviou uma resposta que o Sigilo não consegue ler como lista de modelos. Tente mais tarde.",
    },
    resultProblems: {
      configMissing:
        "Não tem mlc-chat-config.json, então não é uma pasta de modelo que o Sigilo consiga carregar.",
      configMissingStatus: (status) => `Não foi possível ler seu mlc-chat-config.json (HTTP ${status}).`,
      configUnreadable: "Seu mlc-chat-config.json está danificado ou não tem o que o Sigilo precisa.",
      unknownArchitecture: (modelType) =>
        `O Sigilo não tem biblioteca para a arquitetura dele (${modelType}).`,
      unknownQuantization: (modelType, quantization) =>
        `As bibliotecas ${modelType} do Sigilo não foram compiladas para a quantização dele (${quantization}).`,
      differentSize: (modelType, quantization) =>
        `O tamanho dele (camadas, cabeças ou vocabulário) difere de todas as bibliotecas ${modelType} ${quantization} do Sigilo.`,
    },
  },
  contextMemory: {
    title: "Memória de GPU por janela de contexto",
    row: (context, size) => `${context}: cerca de ${size}`,
    atLeast: (context, size) => `${context}: pelo menos ${size}`,
    hint: "Uma janela de contexto maior mantém mais da conversa na memória da GPU (o cache de chaves e valores).",
  },
};
