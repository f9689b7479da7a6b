import type { enTransfer } from "../en/transfer";

/** "a conversa 2", ou "a conversa 2 (“Marés”)" quando o título é conhecido. */
const conversationRef = (conversation: number, title?: string) =>
  title === undefined ? `conversa ${conversation}` : `conversa ${conversation} (“${title}”)`;

const importedCount = (count: number) =>
  count === 0
    ? "Nenhuma conversa importada"
    : count === 1
      ? "1 conversa importada"
      : `${count} conversas importadas`;
const alreadyHere = (count: number) =>
  count === 1 ? "1 conversa já estava aqui" : `${count} conversas já estavam aqui`;

/** Brazilian Portuguese texts of the transfer area. */
export const ptBRTransfer: typeof enTransfer = {
  transfer: {
    menu: "Exportar e importar",
    exportAllMarkdown: "Exportar todas em Markdown",
    exportOpenJson: "Exportar esta conversa em JSON",
    exportOpenMarkdown: "Exportar esta conversa em Markdown",
    import: "Importar conversas…",
    importFile: "Arquivo de conversas para importar",
    exportConversations: "Exportar conversas",
    exportFailed: (detail) => `A exportação falhou: ${detail}`,
    conversationGone: "Essa conversa não existe mais.",
    imported: (count) => `${importedCount(count)}.`,
    importedSomeHere: (added, here) => `${importedCount(added)}; ${alreadyHere(here)}.`,
    importedMessages: (here, messages) =>
      `${importedCount(0)}; ${alreadyHere(here)} (${messages === 1 ? "1 mensagem nova adicionada" : `${messages} mensagens novas adicionadas`}).`,
    importFailed: (reason) => `A importação falhou: ${reason} Nada foi alterado.`,
    tooLarge: "A importação falhou: o arquivo é grande demais para ser uma exportação do Sigilo.",
  },
  importProblem: {
    empty: "O arquivo está vazio.",
    truncated:
      "O arquivo termina antes da hora: parece estar incompleto (talvez um download ou uma cópia que não terminou). Exporte de novo.",
    notJson: "O arquivo não é um JSON válido, então não é uma exportação do Sigilo (ou foi danificado).",
    foreign: "Este arquivo não é uma exportação de conversas do Sigilo: ele não se identifica como uma.",
    badVersion: "A versão do formato do arquivo está ausente ou é inválida.",
    newerVersion: (version, supported) =>
      `O arquivo foi exportado por uma versão mais nova do Sigilo (formato versão ${version}); esta versão lê o formato versão ${supported}. Atualize o Sigilo e tente de novo.`,
    badDate: "A data de exportação do arquivo está ausente ou é inválida.",
    noConversationList: "O arquivo não tem uma lista de conversas.",
    notAConversation: (conversation) => `A ${conversationRef(conversation)} não é um registro de conversa.`,
    expected: {
      id: "um identificador de texto não vazio",
      title: "um título em texto",
      titled: "verdadeiro ou falso",
      createdAt: "um carimbo de data e hora",
      updatedAt: "um carimbo de data e hora",
    },
    conversationField: (conversation, field, expected) =>
      `A ${conversationRef(conversation)} não tem um “${field}” válido (esperado: ${expected}).`,
    conversationTwice: (conversation, title) =>
      `A ${conversationRef(conversation, title)} aparece duas vezes no arquivo.`,
    noMessageList: (conversation, title) =>
      `A ${conversationRef(conversation, title)} não tem uma lista de mensagens.`,
    messageDamaged: (message, conversation, title) =>
      `A mensagem ${message} da ${conversationRef(conversation, title)} está danificada (falta um campo obrigatório ou ele tem o tipo errado).`,
    messageElsewhere: (message, conversation, title) =>
      `A mensagem ${message} da ${conversationRef(conversation, title)} pertence a outra conversa.`,
    messageTwice: (message, conversation, title) =>
      `A mensagem ${message} da ${conversationRef(conversation, title)} aparece duas vezes no arquivo.`,
    saveFailed: (detail) => `Nada foi importado: o navegador não conseguiu salvar (${detail}).`,
  },
  markdownExport: {
    you: "Você",
    system: "Sistema",
    assistant: "Assistente",
    empty: "vazia",
    stopped: "parada",
    interrupted: "interrompida",
    failed: (what) => `falhou: ${what}`,
    unknownError: "erro desconhecido",
  },
};
