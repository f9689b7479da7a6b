import type { enStartup } from "../en/startup";

/** Brazilian Portuguese texts of the app shell and of the screens shown before or without the store. */
export const ptBRStartup: typeof enStartup = {
  startupProblem: {
    blocked: {
      title: "O Sigilo está aberto em outra aba",
      body: "O Sigilo está atualizando a forma como guarda suas conversas, e outra aba ainda usa a versão antiga. Feche as outras abas do Sigilo; esta página continua sozinha.",
    },
    closed: {
      title: "O Sigilo foi atualizado em outra aba",
      body: "Outra aba abriu uma versão mais nova do armazenamento do Sigilo. Recarregue esta página para continuar; nada foi perdido.",
    },
    "storage-unavailable": {
      title: "Este navegador não deixa o Sigilo guardar dados",
      body: "O Sigilo guarda suas conversas e o modelo no armazenamento deste navegador (IndexedDB), que não está disponível aqui. Janelas privadas ou anônimas e algumas configurações de privacidade o desativam. Abra o Sigilo em uma janela normal.",
    },
    reload: "Recarregar",
    details: "Detalhes técnicos",
  },
  crash: {
    title: "Algo deu errado",
    body: "O Sigilo encontrou um problema inesperado. Suas conversas estão salvas neste navegador; recarregar a página as traz de volta.",
    reload: "Recarregar",
    details: "Detalhes técnicos",
  },
  rescueExport: {
    button: "Exportar conversas",
    exported: (count) => (count === 1 ? "1 conversa exportada." : `${count} conversas exportadas.`),
    failed: (reason) => `A exportação falhou: ${reason}`,
  },
  appShell: {
    documentTitle: "Sigilo — chat de IA privado",
    offline: "Sem conexão — os modelos e as conversas guardados continuam funcionando.",
    install: "Instalar app",
  },
};
