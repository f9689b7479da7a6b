/**
 * Words as full-text search compares them, the same for documents and questions: lower case, accents
 * folded ("Ação" and "acao" match), split on anything that is not a letter or digit, the commonest English
 * and Portuguese words dropped, and a plural "s" taken off longer words ("contratos" finds "contrato",
 * "clauses" finds "clause"). Deliberately light: a stemmer per language would need to know the language.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of foldAccents(text).toLowerCase().split(NOT_WORD)) {
    if (word === "" || STOP_WORDS.has(word)) continue;
    if (word.length === 1 && !/\d/.test(word)) continue;
    terms.push(singular(word));
  }
  return terms;
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;

export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

function singular(word: string): string {
  return word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

// prettier-ignore
const STOP_WORDS = new Set([
  // English
  "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "does",
  "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it",
  "its", "me", "my", "no", "not", "of", "on", "or", "our", "she", "so", "than", "that", "the", "their",
  "them", "then", "there", "these", "they", "this", "those", "to", "us", "was", "we", "were", "what",
  "when", "where", "which", "who", "whom", "why", "will", "with", "would", "you", "your",
  // Portuguese (accents already folded)
  "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos", "e", "ela", "elas", "ele", "eles",
  "em", "entre", "era", "essa", "esse", "esta", "estao", "este", "eu", "foi", "ha", "isso", "isto", "ja",
  "lhe", "mais", "mas", "me", "mesmo", "muito", "na", "nao", "nas", "nem", "no", "nos", "num", "numa",
  "o", "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "por", "quando", "que", "quem", "se",
  "sem", "ser", "seu", "seus", "so", "sua", "suas", "tambem", "te", "tem", "um", "uma", "umas", "uns",
  "voce", "voces",
]);
