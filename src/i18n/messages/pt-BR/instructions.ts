import type { enInstructions } from "../en/instructions";
import { ptBRBuiltInPresets } from "./builtInPresets";

/** Brazilian Portuguese texts of the instructions area. */
export const ptBRInstructions: typeof enInstructions = {
  defaultInstructions: {
    title: "Instruções padrão",
    hint: "Toda nova conversa começa com este prompt de sistema e estas configurações; as Configurações da conversa ainda podem mudá-los nela. As conversas que você já tem mantêm os seus.",
    save: "Salvar padrões",
    saved: "Salvo: as novas conversas começam com estes.",
  },
  chatSettings: {
    open: "Configurações da conversa",
    title: "Configurações da conversa",
    summaryPrompt: (name) => `Prompt de sistema: ${name}`,
    summaryCustomPrompt: "personalizado",
    summaryNoPrompt: "Sem prompt de sistema",
    summaryCustomSettings: "configurações de geração personalizadas",
    summaryDefaultSettings: "configurações de geração padrão",
    generation: "Configurações de geração",
    reset: "Restaurar padrões",
    refused: "Algumas configurações estão fora do intervalo permitido; nada foi salvo.",
    promptTooLong: (max) => `O prompt de sistema é longo demais (no máximo ${max} caracteres).`,
    cancel: "Cancelar",
    save: "Salvar",
  },
  generationSettings: {
    labels: {
      temperature: "Temperatura",
      topP: "Top-p",
      maxTokens: "Máximo de tokens da resposta",
      presencePenalty: "Penalidade de presença",
      frequencyPenalty: "Penalidade de frequência",
    },
    hints: {
      temperature: "Mais alta dá respostas mais variadas; 0 é a mais previsível.",
      topP: "Só as palavras mais prováveis que, somadas, chegam a essa fração são consideradas.",
      maxTokens: "Uma resposta mais longa para aqui; Continuar retoma de onde parou.",
      presencePenalty: "Acima de 0, incentiva o modelo a trazer assuntos novos.",
      frequencyPenalty: "Acima de 0, desencoraja a repetição das mesmas palavras.",
    },
    rangeHint: (min, max) => `De ${min} a ${max}.`,
    rangeHintAbove: (min, max) => `Acima de ${min}, até ${max}.`,
    range: (min, max) => `entre ${min} e ${max}`,
    rangeAbove: (min, max) => `maior que ${min} e no máximo ${max}`,
    notANumber: (label, range) => `${label} deve ser um número ${range}.`,
    notWhole: (label, range) => `${label} deve ser um número inteiro ${range}.`,
    outOfRange: (label, range) => `${label} deve ser ${range}.`,
  },
  systemPrompt: {
    legend: "Prompt de sistema",
    preset: "Predefinição",
    choosePreset: "Escolha uma predefinição…",
    yours: (name) => `${name} (sua)`,
    instructions: "Instruções para o modelo",
    placeholder: "Por exemplo: Responda em inglês. Seja conciso.",
    saveAsNew: "Salvar como nova predefinição",
    update: "Atualizar predefinição",
    delete: "Excluir predefinição",
    clear: "Limpar",
    presetName: "Nome da predefinição",
    savePreset: "Salvar predefinição",
    cancel: "Cancelar",
    nameMissing: "Dê um nome à predefinição.",
    nameTooLong: (max) => `O nome é longo demais (no máximo ${max} caracteres).`,
    nameTaken: (name) => `Já existe uma predefinição chamada “${name}”.`,
    textEmpty: "As instruções da predefinição estão vazias.",
    textTooLong: (max) => `As instruções são longas demais (no máximo ${max} caracteres).`,
  },
  builtInPresets: ptBRBuiltInPresets,
  codeBlock: {
    copy: "Copiar código",
    copied: "Copiado",
    failed: "Falha ao copiar",
    language: (language) => `Linguagem: ${language}`,
  },
  markdown: {
    imageNotLoaded: "Imagem não carregada",
    imageNotLoadedNamed: (alt) => `Imagem não carregada: ${alt}`,
    footnotes: "Notas de rodapé",
    backToReference: (reference, again) => `Voltar à referência ${reference}${again > 1 ? `-${again}` : ""}`,
  },
  replyFailure: {
    conversationTooLong:
      "A conversa é longa demais para este modelo, mesmo deixando de fora as mensagens mais antigas. Comece uma nova conversa ou diminua o “Máximo de tokens da resposta” nas Configurações da conversa.",
    messageTooLong: (estimatedTokens, maxReplyTokens, budget) =>
      `Esta mensagem é longa demais para o modelo: ela precisa de cerca de ${estimatedTokens} tokens e, deixando espaço para uma resposta de ${maxReplyTokens} tokens, o modelo consegue ler cerca de ${budget}. Encurte a mensagem ou diminua o “Máximo de tokens da resposta” nas Configurações da conversa.`,
  },
};
