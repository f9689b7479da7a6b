import type { enIntegrity } from "../en/integrity";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Brazilian Portuguese texts about repaired conversations and the safe start. */
export const ptBRIntegrity: typeof enIntegrity = {
  treeRepair: {
    reattached: (count) =>
      `${plural(count, "mensagem cuja mensagem anterior faltava foi ligada", "mensagens cuja mensagem anterior faltava foram ligadas")} à mensagem de antes`,
    loopsCut: (count) =>
      `${plural(count, "mensagem que formava um ciclo (respondendo a si mesma ou a uma das próprias respostas) foi tirada", "mensagens que formavam ciclos (respondendo a si mesmas ou às próprias respostas) foram tiradas")} do ciclo`,
    leafReset: "a versão exibida não existia, então a mais recente é exibida",
    leftOut: (count) =>
      `${plural(count, "mensagem que pertencia a outro lugar foi deixada", "mensagens que pertenciam a outro lugar foram deixadas")} de fora`,
    conversation: (title, details) => `“${title}”: ${details}.`,
    notice: (title, details) => `O Sigilo reparou a conversa “${title}”: ${details}.`,
    dismiss: "Dispensar",
  },
  safeStart: {
    title: "O Sigilo não terminou de abrir da última vez",
    body: "Ele parou de responder ou foi fechado enquanto abria suas conversas, então desta vez nenhuma conversa foi reaberta. Suas conversas continuam guardadas neste navegador. Salve uma cópia de todas elas, ou deixe o Sigilo verificar cada conversa e reparar o que puder.",
    exportAll: "Exportar tudo",
    repair: "Verificar e reparar conversas",
    repairing: "Verificando cada conversa…",
    nothingToRepair: (checked) =>
      `${plural(checked, "conversa verificada", "conversas verificadas")}: nenhuma precisava de reparo.`,
    repaired: (checked, repaired) =>
      `${plural(checked, "conversa verificada", "conversas verificadas")}, ${repaired} ${repaired === 1 ? "reparada" : "reparadas"}:`,
    repairFailed: (detail) => `A verificação não pôde terminar: ${detail}`,
    dismiss: "Dispensar",
  },
  unreadableRecords: {
    title: "Alguns dos seus dados não puderam ser lidos",
    conversations: (count) => plural(count, "conversa", "conversas"),
    messages: (count) => plural(count, "mensagem", "mensagens"),
    documents: (count) => plural(count, "documento", "documentos"),
    settings: (count) => plural(count, "configuração", "configurações"),
    couldNotRead: (items) =>
      `O Sigilo não conseguiu ler ${items.length > 1 ? `${items.slice(0, -1).join(", ")} e ${items.at(-1)}` : items[0]} guardados neste navegador.`,
    why: "Eles podem estar danificados, ter sido gravados por uma versão mais nova do Sigilo ou cifrados com outra senha. Continuam guardados exatamente como estão: nada foi apagado. O resto funciona normalmente, e você pode salvar uma cópia do que pôde ser lido.",
    exportReadable: "Exportar o que pôde ser lido",
    dismiss: "Dispensar",
  },
};
