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
    unreadableFile: (name: string) =>
      `${quoted(name)} não pôde ser lido: foi movido, apagado ou alterado depois de escolhido. Escolha-o de novo.`,
    cancelled: (name: string) => `A leitura de ${quoted(name)} foi cancelada.`,
    extractionFailed: (name: string, detail: string) =>
      `${quoted(name)} não pôde ser lido por causa de um erro inesperado (${detail}).`,
    pagesWithoutText: (name: string, pages: string, count: number) =>
      `${count === 1 ? `A página ${pages}` : `As páginas ${pages}`} de ${quoted(name)} não ${count === 1 ? "tem" : "têm"} texto (imagens digitalizadas) e não ${count === 1 ? "foi indexada" : "foram indexadas"}.`,
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
