import type { enDocuments } from "../en/documents";

const quoted = (name: string) => `“${name}”`;

/** Brazilian Portuguese texts of the documents area. */
export const ptBRDocuments: typeof enDocuments = {
  documentProblem: {
    emptyFile: (name: string) => `${quoted(name)} está vazio (0 bytes): não há nada para ler.`,
    tooLarge: (name: string, size: string, limit: string) =>
      `${quoted(name)} é grande demais para ser lido no navegador (${size}; o limite é ${limit}). Divida o arquivo, ou anexe só a parte de que precisa.`,
    unsupportedType: (name: string, extension: string) =>
      `${quoted(name)} não pode ser lido: ${extension ? `arquivos .${extension} não são aceitos` : "esse tipo de arquivo não é aceito"}. O Sigilo lê PDF, Word (.docx), texto, Markdown, CSV, HTML e código-fonte.`,
    oldWordDocument: (name: string) =>
      `${quoted(name)} é um documento antigo do Word (.doc), que não pode ser lido. Abra-o no Word ou no LibreOffice, salve como .docx e anexe esse arquivo.`,
    spreadsheet: (name: string) =>
      `${quoted(name)} é uma planilha, que não pode ser lida como tal. Salve a aba de que precisa como CSV e anexe esse arquivo.`,
    openDocumentText: (name: string) =>
      `${quoted(name)} é um texto OpenDocument (.odt), que não pode ser lido. Salve como .docx ou PDF e anexe esse arquivo.`,
    notText: (name: string) =>
      `${quoted(name)} não contém texto: o conteúdo parece ser de um arquivo binário, apesar do nome.`,
    encrypted: (name: string) =>
      `${quoted(name)} é protegido por senha e por isso não pode ser lido. Abra-o, salve uma cópia sem a senha e anexe essa cópia.`,
    corruptPdf: (name: string) =>
      `${quoted(name)} não pôde ser lido: está danificado ou não é de fato um PDF.`,
    corruptDocx: (name: string) =>
      `${quoted(name)} não pôde ser lido: está danificado ou não é de fato um documento do Word (.docx).`,
    scannedPdf: (name: string, pages: number) =>
      `${quoted(name)} não tem texto para ler: ${pages === 1 ? "sua página é uma imagem digitalizada" : `suas ${pages} páginas são imagens digitalizadas`} (não há camada de texto). Passe-o por um reconhecimento de texto (OCR) e anexe o resultado.`,
    noText: (name: string) => `${quoted(name)} não contém texto.`,
    textTooLarge: (name: string, limit: string, pages: string) =>
      `${quoted(name)} tem mais texto do que é possível indexar aqui (o limite é de ${limit} caracteres, umas ${pages} páginas). Anexe uma parte dele.`,
    unpacksTooLarge: (name: string, limit: string) =>
      `${quoted(name)} se descompacta em mais de ${limit} (um arquivo do Word é um arquivo compactado), demais para ler no navegador. Salve-o como PDF ou anexe uma parte dele.`,
    unreadableFile: (name: string) =>
      `${quoted(name)} não pôde ser lido: foi movido, apagado ou alterado depois de escolhido. Escolha-o de novo.`,
    cancelled: (name: string) => `A leitura de ${quoted(name)} foi cancelada.`,
    extractionFailed: (name: string, detail: string) =>
      `${quoted(name)} não pôde ser lido por causa de um erro inesperado (${detail}).`,
    pagesWithoutText: (name: string, pages: string, count: number) =>
      `${count === 1 ? `A página ${pages}` : `As páginas ${pages}`} de ${quoted(name)} não ${count === 1 ? "tem" : "têm"} texto (imagens digitalizadas) e não ${count === 1 ? "foi indexada" : "foram indexadas"}.`,
  },
  attachments: {
    attachFiles: "Anexar arquivos",
    listLabel: "Documentos anexados",
    remove: (name: string) => `Remover ${name}`,
    cancel: (name: string) => `Parar de ler ${name}`,
    dismiss: (name: string) => `Dispensar a mensagem sobre ${name}`,
    progressLabel: (name: string) => `Lendo ${name}`,
    pages: (count: number) => (count === 1 ? "1 página" : `${count} páginas`),
    reading: "lendo…",
    readingPages: (done: number, total: number) => `página ${done} de ${total}`,
    structure: "lendo a estrutura…",
    chunking: "dividindo em trechos…",
    embedding: (done: number, total: number) => `indexando o trecho ${done} de ${total}`,
    searchModel: "baixando o modelo de busca…",
    searchModelBytes: (done: string, total: string, percent: number) =>
      `Modelo de busca: ${done} de ${total} (${percent}%)`,
    saving: "salvando…",
    notSaved: (name: string, detail: string) =>
      `“${name}” foi lido, mas não pôde ser salvo: o armazenamento do navegador o recusou (${detail}). Libere espaço e anexe-o de novo.`,
    storageFull: (name: string, size: string) =>
      `“${name}” foi lido, mas não foi anexado: o armazenamento deste navegador para o Sigilo está cheio (precisava de cerca de ${size}). Nada mais foi alterado. Libere espaço — apague modelos ou documentos de que não precisa mais em Gerenciar modelos ou Documentos — e anexe-o de novo.`,
    interrupted: (name: string, size: string) =>
      `“${name}” (${size}) ainda estava sendo lido quando o Sigilo foi fechado, por isso não foi anexado e nada dele foi guardado. Anexe-o de novo para concluir.`,
    dropHint: "Solte os arquivos para anexá-los a esta conversa",
    readInFull: (names: string) => `Lido por completo: ${names}`,
    retrieved: (count: number, names: string) =>
      `Respondido com ${count === 1 ? "1 trecho" : `${count} trechos`} de ${names}, os mais relevantes para a pergunta`,
  },
  searchModel: {
    name: "Modelo de busca em documentos (snowflake-arctic-embed-s)",
    questionLabel: "Modelo de busca",
    question: (size: string, host: string) =>
      `Para buscar pelo sentido em documentos grandes, o Sigilo precisa de um pequeno modelo de busca (snowflake-arctic-embed-s, ${size}), baixado uma única vez de ${host} e guardado como os seus modelos de conversa. Seus documentos não são enviados: o modelo vem até eles.`,
    download: "Baixar",
    notNow: "Agora não",
    wordsOnly:
      "Os documentos são buscados só pelas palavras (texto completo), sem o modelo de busca: as respostas podem ser menos precisas. Você pode baixar o modelo depois em Documentos.",
    failed: (detail: string) =>
      `Não foi possível baixar o modelo de busca (${detail}). Os documentos são buscados só pelas palavras: as respostas podem ser menos precisas. Você pode tentar de novo em Documentos.`,
    dismiss: "Dispensar",
  },
  searchByMeaning: {
    label: "Busca pelo sentido",
    wordsOnly: (count: number) =>
      `${count === 1 ? "1 documento é buscado" : `${count} documentos são buscados`} só pelas palavras.`,
    download: "Baixar o modelo de busca",
    add: "Adicionar a busca pelo sentido",
    adding: (done: number, total: number) =>
      `Adicionando a busca pelo sentido: ${done} de ${total === 1 ? "1 documento" : `${total} documentos`}`,
    progressLabel: "Adicionando a busca pelo sentido",
    stop: "Parar de adicionar a busca pelo sentido",
    stopped: (count: number) =>
      `A busca pelo sentido foi interrompida: ${count === 1 ? "1 documento ainda é buscado" : `${count} documentos ainda são buscados`} só pelas palavras.`,
    resume: "Retomar",
    tryAgain: "Tentar de novo",
    problem: {
      downloadFailed: (detail: string) => `Não foi possível baixar o modelo de busca (${detail}).`,
      embeddingFailed: (name: string, detail: string) =>
        `Não foi possível adicionar a busca pelo sentido a “${name}” (${detail}).`,
      storageFull: (name: string) =>
        `Não foi possível adicionar a busca pelo sentido a “${name}”: o armazenamento deste navegador para o Sigilo está cheio. Libere espaço em Gerenciar modelos ou Documentos.`,
      notSaved: (name: string, detail: string) =>
        `Não foi possível salvar a busca pelo sentido de “${name}”: o armazenamento do navegador a recusou (${detail}).`,
      notRead: (name: string, detail: string) =>
        `Não foi possível ler “${name}” do armazenamento deste navegador (${detail}).`,
    },
    stillByWords: "Os documentos continuam sendo encontrados pelas palavras.",
    column: "Busca",
    state: {
      meaning: "Palavras e sentido",
      wordsOnly: "Só palavras",
      waiting: "Só palavras, sentido em seguida",
      adding: (done: number, total: number) => `Adicionando o sentido: trecho ${done} de ${total}`,
      failed: "Só palavras (não foi possível adicionar o sentido)",
    },
  },
  documentsPanel: {
    open: "Documentos",
    title: "Documentos",
    intro:
      "Todos os documentos que você anexou, lidos e indexados neste dispositivo: o texto deles nunca sai daqui. Com o bloqueio ativado, os documentos são protegidos como as suas conversas.",
    empty: "Nenhum documento ainda. Anexe arquivos a uma conversa e eles aparecem aqui.",
    name: "Nome",
    size: "Tamanho",
    pages: "Páginas",
    passages: "Trechos",
    stored: "Armazenado",
    actions: "Ações",
    useHere: (name: string) => `Usar ${name} nesta conversa`,
    useHereShort: "Usar nesta conversa",
    inThisChat: "Nesta conversa",
    delete: (name: string) => `Apagar ${name}`,
    confirmTitle: "Apagar este documento?",
    confirmText: (name: string) =>
      `“${name}” é removido deste dispositivo: o texto, os trechos e o índice. As respostas que o citaram mantêm o que disseram, mas os trechos dele não podem mais ser abertos.`,
    confirm: "Apagar",
    cancel: "Cancelar",
    close: "Fechar",
  },
  citations: {
    open: (number: number) => `Abrir o trecho ${number}`,
    passageTitle: (name: string, pages: string) => (pages ? `${name}, ${pages}` : name),
    missing:
      "Este trecho não está mais armazenado neste navegador: o documento dele foi apagado, ou a conversa foi importada de uma exportação, que leva as respostas mas não os documentos.",
    close: "Fechar",
  },
  documentSources: {
    sources: (list: string) => `Fontes: ${list}`,
    page: (page: number) => `p. ${page}`,
  },
  documentPrompt: {
    wholeInstructions:
      "Abaixo estão os documentos do usuário, completos, divididos em trechos numerados. Responda à pergunta do usuário com base neles. Depois de cada frase que usar um trecho, cite o número dele entre colchetes, assim: [2], ou [2][5] para vários. Cite só os números mostrados abaixo. Se os documentos não tiverem a resposta, diga isso.",
    retrievedInstructions:
      "Abaixo estão os trechos dos documentos do usuário mais relevantes para a pergunta, numerados. Responda com base neles. Depois de cada frase que usar um trecho, cite o número dele entre colchetes, assim: [2], ou [2][5] para vários. Cite só os números mostrados abaixo. Se os trechos não tiverem a resposta, diga isso claramente em vez de adivinhar.",
    pages: (first: number, last: number) => (first === last ? `p. ${first}` : `pp. ${first}–${last}`),
  },
};
