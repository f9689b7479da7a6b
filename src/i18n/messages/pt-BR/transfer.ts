import type { enTransfer } from "../en/transfer";

/** "a conversa 2", ou "a conversa 2 (“Marés”)" quando o título é conhecido. */
const conversationRef = (conversation: number, title?: string) =>
  title === undefined ? `conversa ${conversation}` : `conversa ${conversation} (“${title}”)`;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const conversations = (count: number) => plural(count, "conversa", "conversas");
const messages = (count: number) => plural(count, "mensagem", "mensagens");
const wasWere = (count: number) => (count === 1 ? "já estava aqui" : "já estavam aqui");

/** Brazilian Portuguese texts of the transfer area. */
export const ptBRTransfer: typeof enTransfer = {
  transfer: {
    menu: "Exportar e importar",
    exportAllMarkdown: "Exportar todas em Markdown",
    exportOpenJson: "Exportar esta conversa em JSON",
    exportOpenMarkdown: "Exportar esta conversa em Markdown",
    import: "Importar conversas…",
    dismissNotice: "Dispensar aviso",
    importFile: "Arquivo de conversas para importar",
    exportConversations: "Exportar conversas",
    exportFailed: (detail) => `A exportação falhou: ${detail}`,
    conversationGone: "Essa conversa não existe mais.",
    reading: "Lendo o arquivo…",
    importFailed: (reason) => `A importação falhou: ${reason} Nada foi alterado.`,
    outcome: {
      imported: (count) => (count === 1 ? "1 conversa importada" : `${count} conversas importadas`),
      addedToExisting: (count) =>
        `${count === 1 ? "1 mensagem adicionada" : `${count} mensagens adicionadas`} a conversas que já estavam aqui`,
      conversationsHere: (count) => `${conversations(count)} ${wasWere(count)}`,
      messagesHere: (count) => `${messages(count)} ${wasWere(count)}`,
      clashing: (count) =>
        `${count === 1 ? "1 mensagem não foi adicionada" : `${count} mensagens não foram adicionadas`}: outras conversas aqui já usam seus identificadores`,
      repaired: (count) =>
        `${count === 1 ? "1 conversa reparada" : `${count} conversas reparadas`} na importação`,
      chatGptSkipped: (list) => `não importado: ${list}`,
    },
    chatGpt: {
      imageNote: "*(Aqui havia uma imagem: imagens não são importadas do ChatGPT.)*",
      intro: "Esta é uma exportação do ChatGPT: todas as versões de cada mensagem são importadas.",
      skipped: "Não importado:",
      images: (count) => `${plural(count, "imagem", "imagens")} (uma nota marca cada uma)`,
      tool: (count) => `${plural(count, "uso de ferramenta", "usos de ferramentas")}`,
      hidden: (count) =>
        `${plural(count, "mensagem oculta ou de sistema", "mensagens ocultas ou de sistema")}`,
      empty: (count) => `${plural(count, "mensagem vazia", "mensagens vazias")}`,
      other: (count) =>
        `${plural(count, "nota de raciocínio ou outro conteúdo", "notas de raciocínio ou outros conteúdos")}`,
      conversations: (count) => `${conversations(count)} sem nada legível`,
    },
    nothingToImport: (conversationCount, messageCount) =>
      `Nada a importar: tudo neste arquivo já está aqui (${conversations(conversationCount)}, ${messages(messageCount)}).`,
    preview: {
      title: "Importar conversas?",
      intro: "Isto é o que a importação do arquivo vai fazer. Nada mudou ainda.",
      newConversations: (count) => `${count === 1 ? "1 conversa nova" : `${count} conversas novas`}:`,
      newConversation: (title, messageCount) => `“${title}” (${messages(messageCount)})`,
      extended: "Mensagens adicionadas a conversas que você já tem:",
      extendedConversation: (title, added) =>
        `“${title}”: ${added === 1 ? "1 mensagem nova" : `${added} mensagens novas`}`,
      alreadyHere: (conversationCount, messageCount) =>
        `Já estão aqui e ficam como estão: ${conversations(conversationCount)}, ${messages(messageCount)}.`,
      clashing: (count) =>
        `${count === 1 ? "1 mensagem não será adicionada" : `${count} mensagens não serão adicionadas`}: outras conversas aqui já usam seus identificadores.`,
      repaired: "Reparado na importação:",
      more: (count) => `e mais ${count}`,
      confirm: "Importar",
      cancel: "Cancelar",
    },
  },
  importProblem: {
    empty: "O arquivo está vazio.",
    truncated:
      "O arquivo termina antes da hora: parece estar incompleto (talvez um download ou uma cópia que não terminou). Exporte de novo.",
    notJson: "O arquivo não é um JSON válido, então não é uma exportação do Sigilo (ou foi danificado).",
    tooDeep: (limit) =>
      `O arquivo aninha listas e registros em mais de ${limit} níveis; uma exportação do Sigilo nunca faz isso.`,
    tooLarge: (size, limit) =>
      `O arquivo tem ${size}; o Sigilo importa arquivos de conversas de até ${limit}.`,
    unreadable: (detail) => `Não foi possível ler o arquivo (${detail}).`,
    foreign: "Este arquivo não é uma exportação de conversas do Sigilo nem do ChatGPT.",
    zipDamaged: "O arquivo compactado está danificado. Baixe-o de novo.",
    zipWithoutConversations:
      "O arquivo compactado não tem conversations.json: não é uma exportação do ChatGPT.",
    zipTooLarge: (limit) => `O conversations.json do arquivo compactado passa de ${limit}, o limite.`,
    badVersion: "A versão do formato do arquivo está ausente ou é inválida.",
    newerVersion: (version, supported) =>
      `O arquivo foi exportado por uma versão mais nova do Sigilo (formato versão ${version}); esta versão lê o formato versão ${supported}. Atualize o Sigilo e tente de novo.`,
    badDate: "A data de exportação do arquivo está ausente ou é inválida.",
    noConversationList: "O arquivo não tem uma lista de conversas.",
    tooManyConversations: (count, limit) =>
      `O arquivo tem ${count} conversas; o Sigilo importa no máximo ${limit} de uma vez.`,
    tooManyMessages: (count, limit) =>
      `O arquivo tem ${count} mensagens; o Sigilo importa no máximo ${limit} de uma vez.`,
    notAConversation: (conversation) => `A ${conversationRef(conversation)} não é um registro de conversa.`,
    expected: {
      id: "um identificador de texto não vazio",
      title: "um título em texto",
      titled: "verdadeiro ou falso",
      createdAt: "um carimbo de data e hora",
      updatedAt: "um carimbo de data e hora",
      activeLeafId: "o identificador de uma de suas mensagens",
      systemPrompt: "texto",
      settings: "configurações do chat, cada uma um número dentro da sua faixa",
    },
    expectedInMessage: {
      id: "um identificador de texto não vazio",
      conversationId: "o identificador da sua conversa",
      parentId: "o identificador da mensagem que ela responde, ou null",
      role: "“system”, “user” ou “assistant”",
      content: "texto",
      createdAt: "um carimbo de data e hora",
      status: "“complete”, “stopped”, “interrupted”, “error” ou “streaming”",
      modelId: "texto",
      finishReason: "“stop”, “length” ou “abort”",
      stats:
        "cinco números: promptTokens, completionTokens, prefillTokensPerSecond, decodeTokensPerSecond, timeToFirstTokenSeconds",
      error: "texto",
      failure: "um motivo conhecido com seus números",
      omittedMessages: "um número",
      thinkingSeconds: "uma lista de no máximo 10.000 números iguais ou maiores que 0 (ou null)",
    },
    somethingValid: "um valor válido",
    conversationField: (conversation, title, field, expected) =>
      `A ${conversationRef(conversation, title)} não tem um “${field}” válido (esperado: ${expected}).`,
    textTooLong: (conversation, field, length, limit) =>
      `A ${conversationRef(conversation)} tem um “${field}” com ${length} caracteres; o máximo é ${limit}.`,
    conversationTwice: (conversation, title) =>
      `A ${conversationRef(conversation, title)} aparece duas vezes no arquivo.`,
    noMessageList: (conversation, title) =>
      `A ${conversationRef(conversation, title)} não tem uma lista de mensagens.`,
    messageDamaged: (message, conversation, title, field, expected) =>
      `A mensagem ${message} da ${conversationRef(conversation, title)} está danificada: seu “${field}” falta ou está errado (esperado: ${expected}).`,
    messageIdTooLong: (message, conversation, title, length, limit) =>
      `A mensagem ${message} da ${conversationRef(conversation, title)} tem um identificador com ${length} caracteres; o máximo é ${limit}.`,
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
