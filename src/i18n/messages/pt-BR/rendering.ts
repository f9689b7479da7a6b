import type { enRendering } from "../en/rendering";

/** Brazilian Portuguese texts about how a reply is shown. */
export const ptBRRendering: typeof enRendering = {
  rendering: {
    limited:
      "Algumas partes desta resposta estão aninhadas demais ou são grandes demais para formatar, por isso aparecem como texto simples.",
    plain: "Não foi possível formatar esta resposta, por isso ela aparece como texto simples.",
  },
};
