import type { Messages } from "./en";
import { plural } from "../plural";
import { ptBRModels } from "./pt-BR/models";
import { ptBRModelSearch } from "./pt-BR/modelSearch";
import { ptBREnvironment } from "./pt-BR/environment";
import { ptBRInstructions } from "./pt-BR/instructions";
import { ptBRTransfer } from "./pt-BR/transfer";
import { ptBRVault } from "./pt-BR/vault";
import { ptBRPrivacy } from "./pt-BR/privacy";
import { ptBRStartup } from "./pt-BR/startup";
import { ptBRIntegrity } from "./pt-BR/integrity";
import { ptBRImportModel } from "./pt-BR/importModel";
import { ptBRMessageAuthor } from "./pt-BR/messageAuthor";
import { ptBRDocuments } from "./pt-BR/documents";
import { ptBRRendering } from "./pt-BR/rendering";
import { ptBRWaitingMessages } from "./pt-BR/waitingMessages";
import { ptBRThinking } from "./pt-BR/thinking";
import { ptBRLayout } from "./pt-BR/layout";

/** Brazilian Portuguese. Typed as `Messages`, so every English key must be translated here. */
export const ptBR: Messages = {
  language: {
    label: "Idioma",
    auto: "Idioma do navegador",
    en: "English",
    "pt-BR": "Português (Brasil)",
  },
  theme: {
    label: "Tema",
    system: "Sistema",
    light: "Claro",
    dark: "Escuro",
  },
  actions: {
    newChat: "Nova conversa",
    focusComposer: "Ir para a caixa de mensagem",
    stop: "Parar a resposta",
    search: "Pesquisar conversas",
    previousConversation: "Conversa anterior (mais recente)",
    nextConversation: "Próxima conversa (mais antiga)",
    shortcutsHelp: "Atalhos de teclado",
  },
  shortcuts: {
    title: "Atalhos de teclado",
    action: "Ação",
    keys: "Teclas",
    or: " ou ",
    close: "Fechar",
  },
  search: {
    placeholder: (shortcut) => `Pesquisar (${shortcut})`,
    results: "Resultados da pesquisa",
    roles: { user: "Você", assistant: "Assistente", system: "Sistema" },
    searching: "Pesquisando…",
    failed: "A pesquisa falhou: não foi possível ler as conversas.",
    noMatches: "Nenhum resultado.",
    firstMatches: (count) => `Primeiros ${count} resultados.`,
    matches: (count) => (count === 1 ? "1 resultado." : `${count} resultados.`),
    stillReading: (count) =>
      count === 1
        ? "Ainda lendo 1 conversa antiga; mais resultados podem aparecer."
        : `Ainda lendo ${count} conversas antigas; mais resultados podem aparecer.`,
  },
  welcome: {
    title: "Bem-vindo ao Sigilo",
    lead: "O Sigilo é um assistente de IA que roda inteiramente neste navegador, na sua própria placa de vídeo. O que você digita e o que ele responde nunca saem deste dispositivo: não há servidor, conta nem rastreamento.",
  },
  mainPanel: {
    checking: "Verificando o que este navegador consegue fazer…",
  },
  conversationItem: {
    titleField: "Título da conversa",
    rename: "Renomear",
    renameNamed: (title) => `Renomear ${title}`,
    delete: "Excluir",
    deleteNamed: (title) => `Excluir ${title}`,
  },
  modelStatus: {
    loading: "carregando…",
    ready: "pronto",
    failed: "não carregado",
    backToChat: "Voltar à conversa",
    changeModel: "Trocar modelo",
  },
  chat: {
    noConversation: "Nenhuma conversa aberta",
    emptyTitle: "Como posso ajudar?",
    emptyHint: "Tudo o que você escreve aqui fica neste dispositivo.",
    messages: "Mensagens",
    youSaid: "Você disse",
    assistantSaid: "O assistente disse",
    you: "Você",
    assistant: "Assistente",
    cutOff: "Interrompida no limite de tamanho da resposta.",
    stopped: "Parada",
    interrupted: "Interrompida: a página foi fechada ou recarregada enquanto esta resposta era escrita.",
    thinking: "Pensando…",
    omitted: (count) =>
      `O modelo não viu ${count === 1 ? "a mensagem mais antiga" : `as ${count} mensagens mais antigas`} desta conversa: ${count === 1 ? "ela não cabe" : "elas não cabem"} mais na janela de contexto.`,
    replyFailed: (error) => `A resposta falhou: ${error}`,
  },
  messageActions: {
    versions: "Versões",
    previousVersion: "Versão anterior",
    nextVersion: "Próxima versão",
    versionOf: (index, count) => `Versão ${index} de ${count}`,
    edit: "Editar",
    regenerate: "Gerar de novo",
    continue: "Continuar",
    copy: "Copiar",
    copied: "Copiado",
    failed: "Falha ao copiar",
    delete: "Excluir",
  },
  deleteMessage: {
    title: "Excluir mensagem?",
    version:
      "Esta versão da mensagem será excluída, com tudo o que veio depois dela nesta versão. As outras versões ficam.",
    single: "Somente esta mensagem será excluída; o resto da conversa fica.",
    irreversible: "Não é possível desfazer.",
    cancel: "Cancelar",
    confirm: "Excluir",
  },
  editMessage: {
    field: "Editar mensagem",
    save: "Salvar e enviar",
    cancel: "Cancelar",
    empty: "A mensagem está vazia.",
  },
  messageDetails: {
    tokens: (count) =>
      `${count.toLocaleString("pt-BR")} ${plural("pt-BR", count, { one: "token", other: "tokens" })}`,
    prefill: (speed) => `leitura ${speed} tokens/s`,
    decode: (speed) => `geração ${speed} tokens/s`,
    firstToken: (seconds) => `primeiro token após ${seconds} s`,
  },
  storageError: {
    dismiss: "Dispensar",
  },
  update: {
    available: "Nova versão disponível",
    afterReply: "Disponível quando a resposta terminar",
    reload: "Recarregar",
    checking: "Verificando do que ela precisa…",
    needsLibraries: (count, size) =>
      `A atualização precisa de ${count} ${count === 1 ? "biblioteca" : "bibliotecas"} de modelo (cerca de ${size}).`,
    fetching: "Baixando antes que ela assuma…",
    librariesReady: (count, size) =>
      `${count} ${count === 1 ? "biblioteca baixada" : "bibliotecas baixadas"} para ela (${size}).`,
    waitingOffline: "Ela espera até você voltar a ficar on-line; esta versão continua funcionando.",
    waitingFailed: (detail) =>
      `Ela espera: não foi possível baixar uma biblioteca de modelo (${detail}). Esta versão continua funcionando.`,
    checkFailed: (detail) =>
      `A atualização espera: o Sigilo não conseguiu ler quais bibliotecas de modelo estão guardadas (${detail}). Esta versão continua funcionando.`,
    tryAgain: "Tentar de novo",
    afterLibraries: "Disponível quando as bibliotecas de modelo de que ela precisa estiverem guardadas",
    needLibraryUrl: (name, runtime) =>
      `Depois da atualização, “${name}” precisa de uma biblioteca de modelo compilada para o web-llm ${runtime}: adicione-o de novo (Adicionar um modelo) com o mesmo nome e a mesma URL do modelo e a URL dessa biblioteca.`,
    needReimport: (name, runtime) =>
      `Depois da atualização, “${name}” precisa ser importado de novo com uma biblioteca de modelo compilada para o web-llm ${runtime}.`,
  },
  engineBusy: {
    takenOver: "O modelo foi assumido por outra aba",
    busy: "O modelo está em uso em outra aba",
    explanation:
      "Só uma aba do Sigilo roda o modelo por vez, para que duas cópias nunca disputem a memória da sua placa de vídeo. Suas conversas podem ser lidas aqui e ficam sincronizadas com a outra aba.",
    useHere: "Usar aqui",
  },
  composer: {
    message: "Mensagem",
    placeholderReady: "Mensagem para o Sigilo (Enter para enviar, Shift+Enter para nova linha)",
    placeholderNarrow: "Mensagem para o Sigilo",
    placeholderNoModel: "Carregue um modelo para conversar",
    send: "Enviar",
    stop: "Parar",
    chooseModel: "Escolher um modelo",
    tooLong: (pasted: string, limit: string) =>
      `Nada foi colado: esse texto tem ${pasted} caracteres, e uma mensagem comporta até ${limit}, mais do que um modelo daqui lê de uma vez.`,
    tooLongDropped: (dropped: string, limit: string) =>
      `Nada foi adicionado: o texto solto tem ${dropped} caracteres, e uma mensagem comporta até ${limit}, mais do que um modelo daqui lê de uma vez.`,
    tooLongAttachInstead:
      "Anexe-o como arquivo (Anexar arquivos): o Sigilo então entrega ao modelo as partes de que cada pergunta precisa.",
    tooLongAttachToNewMessage:
      "Para entregá-lo ao modelo, anexe-o como arquivo a uma nova mensagem (Anexar arquivos, ao lado da caixa de mensagem): o Sigilo então entrega ao modelo as partes de que cada pergunta precisa.",
  },
  sidebar: {
    conversations: "Conversas",
    empty: "Nenhuma conversa ainda.",
    storedOnly: "Guardado apenas neste navegador.",
  },
  deleteConversation: {
    title: "Excluir conversa?",
    body: (title) =>
      `“${title}” e todas as suas mensagens serão removidas deste navegador. Não é possível desfazer.`,
    cancel: "Cancelar",
    confirm: "Excluir",
  },
  modelPicker: {
    title: "Modelos",
    close: "Fechar",
    intro:
      "Os modelos são de código aberto e são baixados uma única vez para este navegador. Depois disso, o Sigilo funciona sem conexão.",
    choose: "Escolha um modelo",
    override: "Quero testar modelos marcados como “não roda aqui” (provavelmente não vão carregar)",
    load: (name) => `Carregar ${name}`,
    download: (name) => `Baixar ${name}`,
    anyway: " mesmo assim",
    offline: (name) =>
      `Você está sem conexão. Conecte-se à internet para baixar ${name}; os modelos já guardados neste navegador carregam sem conexão.`,
    alreadyStored: "Já guardado neste navegador: carrega sem a rede.",
    downloadSize: (size) => `Cerca de ${size}, baixado uma única vez e guardado neste navegador.`,
    noneFits: "Nenhum destes modelos pode rodar neste dispositivo.",
  },
  ...ptBRModels,
  ...ptBRModelSearch,
  ...ptBREnvironment,
  ...ptBRInstructions,
  ...ptBRTransfer,
  ...ptBRVault,
  ...ptBRPrivacy,
  ...ptBRStartup,
  ...ptBRIntegrity,
  ...ptBRImportModel,
  ...ptBRMessageAuthor,
  ...ptBRDocuments,
  ...ptBRRendering,
  ...ptBRWaitingMessages,
  ...ptBRThinking,
  ...ptBRLayout,
};
