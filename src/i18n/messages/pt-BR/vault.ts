import type { enVault } from "../en/vault";

/** Brazilian Portuguese texts of the vault area. */
export const ptBRVault: typeof enVault = {
  security: {
    open: "Segurança",
    lockNow: "Bloquear agora",
    title: "Segurança",
    keepOpen: "Mantenha esta aba aberta.",
    waitForReply: "Espere a resposta que está sendo escrita terminar para mudar o bloqueio.",
    enabled: "O bloqueio está ativado. Suas conversas estão criptografadas.",
    disabled: "O bloqueio está desativado. As conversas são guardadas sem criptografia.",
    isOn: "O bloqueio está ativado: as conversas, suas predefinições e seus modelos são criptografados neste navegador, e o Sigilo pede sua senha ao abrir e depois de um tempo sem uso. Só o tema, o idioma e as configurações do próprio bloqueio continuam legíveis.",
    close: "Fechar",
  },
  enableLock: {
    intro:
      "Bloqueie o Sigilo com uma senha: suas conversas, predefinições de prompt de sistema, seus próprios modelos e o último modelo usado passam a ser criptografados neste navegador (AES-256), e o Sigilo pede a senha ao abrir e depois de um tempo sem uso.",
    warning: "Se você esquecer a senha, suas conversas serão perdidas para sempre.",
    warningDetail:
      "Não há como redefini-la nem cópia em lugar nenhum: ninguém, nem mesmo o Sigilo, consegue abri-las sem ela.",
    newPassphrase: "Nova senha",
    repeatPassphrase: "Repita a senha",
    understood: "Entendo que, se eu esquecer a senha, minhas conversas não poderão ser recuperadas.",
    submit: "Ativar bloqueio",
    tooShort: (minimum) => `Use uma senha de pelo menos ${minimum} caracteres.`,
    mismatch: "As duas senhas não são iguais.",
    notConfirmed:
      "Marque a caixa para confirmar que você entende que uma senha esquecida não pode ser recuperada.",
    failed: (reason) => `Não foi possível ativar o bloqueio: ${reason}`,
  },
  disableLock: {
    intro: "Desativar o bloqueio descriptografa suas conversas e as guarda sem criptografia neste navegador.",
    currentPassphrase: "Senha atual",
    submit: "Desativar bloqueio",
    missing: "Digite sua senha atual para desativar o bloqueio.",
    wrong: "Senha incorreta. O bloqueio continua ativado.",
    failed: (reason) =>
      `Não foi possível desativar o bloqueio; ele continua ativado e nada foi perdido: ${reason}`,
  },
  idleTime: {
    field: "Bloquear depois de quantos minutos sem uso",
    problem: (minimum, maximum) => `Informe o tempo sem uso em minutos inteiros, de ${minimum} a ${maximum}.`,
    save: "Salvar tempo sem uso",
    saved: (minutes) =>
      `Agora o Sigilo bloqueia depois de ${minutes} ${minutes === 1 ? "minuto" : "minutos"} sem uso.`,
    failed: (reason) => `Não foi possível salvar: ${reason}`,
  },
  lockScreen: {
    title: "O Sigilo está bloqueado",
    intro: "Suas conversas estão criptografadas neste dispositivo. Digite sua senha para abri-las.",
    passphrase: "Senha",
    unlock: "Desbloquear",
    missing: "Digite sua senha.",
    wrong: "Senha incorreta. Nada foi aberto; tente de novo.",
    failed: (reason) => `Não foi possível desbloquear: ${reason}`,
    forgot: "Esqueceu? Sem a senha, ninguém consegue recuperar as conversas.",
    damaged:
      "As configurações do bloqueio guardadas neste navegador estão danificadas, então o Sigilo não consegue verificar uma senha nem abrir o que o bloqueio criptografou. Nada foi decifrado, alterado ou apagado. Sem essas configurações ninguém consegue recuperar as conversas criptografadas; se você tem uma cópia delas em outro lugar, pode apagar tudo o que o Sigilo guarda aqui e começar do zero.",
    idleMinutesReset: (minutes) =>
      `O tempo sem uso do bloqueio guardado neste navegador estava danificado: o Sigilo vai bloquear depois de ${minutes} minutos sem uso até você escolher outro tempo em Segurança.`,
  },
  vaultTask: {
    unlocking: "Desbloqueando…",
    enabling: "Criptografando as conversas…",
    disabling: "Descriptografando as conversas…",
    progress: (label, done, total) => `${label} ${done} de ${total}`,
  },
  vaultError: {
    "already-on": "O bloqueio já está ativado.",
    "passphrase-required": "É preciso uma senha.",
    "invalid-idle-minutes": "O tempo sem uso precisa ser um número inteiro de minutos.",
    locked: "O Sigilo está bloqueado: digite a senha para ler ou salvar conversas.",
    "damaged-settings":
      "as configurações do bloqueio guardadas neste navegador estão danificadas, então nenhuma senha pode ser verificada.",
  },
};
