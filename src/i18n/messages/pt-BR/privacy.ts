import type { enPrivacy } from "../en/privacy";

/** Brazilian Portuguese texts of the privacy area. */
export const ptBRPrivacy: typeof enPrivacy = {
  privacy: {
    open: "Privacidade",
    title: "Privacidade",
    promise: "O que você escreve e as respostas do modelo nunca saem deste dispositivo.",
    explanation:
      "O modelo roda neste navegador; as conversas são guardadas apenas aqui. O único tráfego de rede são os arquivos do próprio app, os arquivos de modelo que você escolheu baixar e, quando você busca modelos, as palavras digitadas nessa caixa de busca. Abaixo está cada requisição que o Sigilo fez, registrada no momento em que aconteceu.",
    requests: "Requisições de rede",
    requestCount: (count) => `Requisições de rede (${count})`,
    refresh: "Atualizar",
    clearLog: "Limpar registro",
    reading: "Lendo o registro…",
    readFailed: (reason) => `Não foi possível ler o registro de requisições: ${reason}`,
    clearFailed: (reason) => `Não foi possível limpar o registro de requisições: ${reason}`,
    eraseEverything: "Apagar tudo…",
    close: "Fechar",
  },
  requestSummary: {
    title: "Em resumo",
    carriedYourWords: "Requisições que levaram algo que você escreveu",
    carriedYourWordsHint:
      "Contadas a partir do registro abaixo: só uma busca de modelos envia palavras suas (as digitadas na caixa de busca).",
    carriedWhat: (conversations, searches) =>
      `${conversations} ${conversations === 1 ? "levou" : "levaram"} suas conversas ou documentos; ${searches} ${searches === 1 ? "busca enviou" : "buscas enviaram"} as palavras que você digitou na caixa de busca de modelos, e nada mais.`,
    total: (count: number, size: string) =>
      `${count} ${count === 1 ? "requisição" : "requisições"} no total, ${size} recebidos`,
    byHost: "Requisições por servidor",
    byPurpose: "Requisições por finalidade",
    host: "Servidor",
    purpose: "Finalidade",
    requests: "Requisições",
    received: "Recebido",
  },
  requestTable: {
    label: "Requisições de rede",
    scrollRegion: "Requisições de rede (rolável)",
    empty: "Nenhuma requisição de rede registrada.",
    time: "Horário",
    host: "Servidor",
    path: "Caminho",
    size: "Tamanho",
    purpose: "Finalidade",
    unknownSize: "—",
    purposes: {
      "app file": "arquivo do app",
      "model file": "arquivo do modelo",
      "model library": "biblioteca do modelo",
      "model search": "busca de modelos",
      other: "outro",
    },
    redirectedTo: (target) => `Redirecionado para ${target}`,
    redirectRefused: "Redirecionado para um servidor não permitido: recusado antes de qualquer envio a ele",
    redirectDiscarded: (target) =>
      `Redirecionado para ${target}, que não é permitido: o navegador o seguiu e a resposta foi descartada`,
  },
  requestRefusals: {
    redirectRefused: (file, host) =>
      `${host} respondeu ${file} com um redirecionamento para um servidor que não está entre os servidores de modelos deste app. O Sigilo se recusou a segui-lo: nada foi pedido a esse servidor.`,
    redirectDiscarded: (file, host, target) =>
      `${host} redirecionou ${file} para ${target}, que não está entre os servidores de modelos deste app. O navegador seguiu o redirecionamento; o Sigilo descartou a resposta.`,
    notHttp: (file) =>
      `O endereço de ${file} não é um endereço http(s); o Sigilo só busca arquivos de modelos em servidores web.`,
    credentials: (file, host) =>
      `O endereço de ${file} em ${host} contém um nome de usuário ou senha; o Sigilo nunca envia credenciais a um servidor de modelos.`,
    hostNotAllowed: (file, host) =>
      `${host} não está entre os servidores de modelos deste app (pedido: ${file}).`,
  },
  eraseEverything: {
    title: "Apagar tudo?",
    removes: "Isto remove deste navegador, para sempre:",
    conversations: "todas as conversas e suas mensagens,",
    settings: "suas configurações,",
    models: "todos os modelos baixados (eles teriam de ser baixados de novo),",
    log: "o registro de requisições de rede.",
    irreversible: "Não é possível desfazer.",
    exportFirst: "Exporte suas conversas antes, se quiser guardá-las.",
    cancel: "Cancelar",
    confirm: "Apagar tudo",
    erasing: "Apagando…",
    failed: (reason) => `A limpeza não terminou: ${reason}`,
    databaseInUse: (database) =>
      `“${database}” ainda está aberto em outra aba do Sigilo. Feche as outras abas do Sigilo e tente de novo.`,
    databaseNotDeleted: (database) => `Não foi possível excluir o banco de dados ${database}.`,
  },
  erased: {
    title: "Tudo foi apagado",
    removedFrom: "Removido deste navegador:",
    listLabel: "Removido",
    conversations: (count) =>
      count === 1 ? "1 conversa e suas mensagens" : `${count} conversas e suas mensagens`,
    settings: "Suas configurações",
    models: (count, names) => `${count === 1 ? "Modelo baixado" : "Modelos baixados"}: ${names}`,
    noModels: "Modelos baixados: nenhum estava guardado",
    log: "O registro de requisições de rede",
    databases: (names) => `Bancos de dados do navegador: ${names}`,
    noDatabases: "Bancos de dados do navegador: nenhum restava",
    caches: (names) => `Caches do navegador: ${names}`,
    appStays: "Os arquivos do próprio app ficam, então o Sigilo continua abrindo sem conexão.",
    startAfresh: "Começar do zero",
  },
};
