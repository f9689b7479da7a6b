import type { enWaitingMessages } from "../en/waitingMessages";

/** Textos em português das mensagens enviadas enquanto o modelo carrega; espalhados em `ptBR`. */
export const ptBRWaitingMessages: typeof enWaitingMessages = {
  waitingMessage: {
    placeholder: (model: string) => `Escreva já: a mensagem será respondida quando ${model} estiver pronto`,
    willAnswer: (model: string) => `Será respondida quando ${model} estiver pronto.`,
    dontAnswer: "Não responder",
    answer: "Responder",
    notAnswered: {
      declined: "Não respondida: você escolheu não esperar pelo modelo.",
      "load-failed": "Não respondida: o modelo não carregou. Responda quando um modelo estiver pronto.",
      "load-cancelled":
        "Não respondida: o carregamento do modelo foi interrompido. Responda quando um modelo estiver pronto.",
      "other-tab": "Não respondida: outra aba assumiu o modelo.",
      locked: "Não respondida: o Sigilo foi bloqueado enquanto esta mensagem esperava.",
      unknown: "Ainda não respondida.",
    },
  },
};
