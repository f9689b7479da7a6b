import type { enLayout } from "../en/layout";

/** Textos em português da moldura do app: o menu no celular, as Configurações, acompanhar a resposta. */
export const ptBRLayout: typeof enLayout = {
  drawer: {
    open: "Abrir menu",
    close: "Fechar menu",
  },
  settings: {
    open: "Configurações",
    title: "Configurações",
    sections: "Seções das configurações",
    close: "Fechar",
    appearance: "Aparência",
    appearanceHint: "A aparência do Sigilo e o idioma em que ele fala, lembrados neste navegador.",
    shortcutsHint: "Todas as ações com tecla, listadas em um só lugar.",
    conversations: "Conversas",
    conversationsHint:
      "Salve suas conversas em um arquivo ou traga-as de volta de uma exportação do Sigilo ou do ChatGPT. Os arquivos são criados e lidos neste navegador; nada é enviado.",
    models: "Modelos",
    modelsHint: "Os modelos guardados neste navegador, o espaço que ocupam e os modelos que você adicionou.",
    privacy: "Privacidade",
    privacyHint:
      "Todas as requisições de rede que o Sigilo fez, e um jeito de apagar tudo o que ele guardou.",
    security: "Segurança",
    securityHint: "Tranque suas conversas com uma frase-senha e tranque-as depois de um tempo ausente.",
  },
  followReply: {
    jumpToLatest: "Ir para o fim",
  },
};
