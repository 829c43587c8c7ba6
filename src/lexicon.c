/* lexicon.c: closed word lists of English news. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

static const nkg_title S_titles[] = {
  /* words, canonical label, head, honorific */
  {"secretary of state", "Secretary of State", false, false},
  {"secretary-general", "Secretary-General", true, false},
  {"secretary general", "Secretary-General", true, false},
  {"foreign minister", "Minister of Foreign Affairs", false, false},
  {"foreign secretary", "Minister of Foreign Affairs", false, false},
  {"minister of foreign affairs", "Minister of Foreign Affairs", false, false},
  {"defense minister", "Minister of Defence", false, false},
  {"defence minister", "Minister of Defence", false, false},
  {"defense secretary", "Secretary of Defense", false, false},
  {"finance minister", "Minister of Finance", false, false},
  {"interior minister", "Minister of the Interior", false, false},
  {"justice minister", "Minister of Justice", false, false},
  {"health minister", "Minister of Health", false, false},
  {"trade minister", "Minister of Trade", false, false},
  {"oil minister", "Minister of Petroleum", false, false},
  {"prime minister", "Prime Minister", true, false},
  {"deputy prime minister", "Deputy Prime Minister", false, false},
  {"vice president", "Vice President", false, false},
  {"vice-president", "Vice President", false, false},
  {"president-elect", "President-elect", false, false},
  {"interim president", "interim president", false, false},
  {"president", "President", true, false},
  {"chancellor", "Chancellor", true, false},
  {"king", "King", true, false},
  {"queen", "Queen", true, false},
  {"pope", "Pope", false, false},
  {"governor", "Governor", true, false},
  {"gov.", "Governor", false, false},
  {"mayor", "Mayor", true, false},
  {"senator", "Senator", false, false},
  {"sen.", "Senator", false, false},
  {"rep.", "Representative", false, false},
  {"representative", "Representative", false, false},
  {"congressman", "Representative", false, false},
  {"congresswoman", "Representative", false, false},
  {"speaker", "Speaker", true, false},
  {"minister", "Minister", false, false},
  {"ambassador", "Ambassador", false, false},
  {"attorney general", "Attorney General", false, false},
  {"chief executive", "Chief Executive Officer", true, false},
  {"chief executive officer", "Chief Executive Officer", true, false},
  {"ceo", "Chief Executive Officer", true, false},
  {"chairman", "Chairman", true, false},
  {"chairwoman", "Chairman", true, false},
  {"chair", "Chairman", true, false},
  {"spokesman", "spokesperson", false, false},
  {"spokeswoman", "spokesperson", false, false},
  {"spokesperson", "spokesperson", false, false},
  {"opposition leader", "opposition leader", false, false},
  {"leader", "leader", true, false},
  {"head", "head", true, false},
  {"general", "General", false, false},
  {"gen.", "General", false, false},
  {"judge", "Judge", false, false},
  {"justice", "Justice", false, false},
  {"director", "Director", true, false},
  {"commissioner", "Commissioner", false, false},
  {"general secretary", "general secretary", true, false},
  {"secretary", "Secretary", true, false},
  {"councillor", "councillor", false, false},
  {"councilor", "councillor", false, false},
  {"councilman", "councillor", false, false},
  {"councilwoman", "councillor", false, false},
  {"coordinator", "coordinator", false, false},
  {"economist", "economist", false, false},
  {"analyst", "analyst", false, false},
  {"engineer", "engineer", false, false},
  {"professor", "professor", false, false},
  {"lawyer", "lawyer", false, false},
  {"attorney", "attorney", false, false},
  {"adviser", "adviser", false, false},
  {"advisor", "adviser", false, false},
  {"official", "official", false, false},
  {"commander", "commander", true, false},
  {"chief", "chief", true, false},
  {"founder", "founder", false, false},
  {"executive", "executive", false, false},
  {"photographer", "photographer", false, false},
  {"reporter", "reporter", false, false},
  {"correspondent", "correspondent", false, false},
  {"editor", "editor", false, false},
  {"envoy", "envoy", false, false},
  {"mr.", NULL, false, true},
  {"mrs.", NULL, false, true},
  {"ms.", NULL, false, true},
  {"mr", NULL, false, true},
  {"mrs", NULL, false, true},
  {"dr.", NULL, false, true},
  {"sir", NULL, false, true},
  {NULL, NULL, false, false}};

/* Compares token text with a lower-case word, ignoring case. */
static bool S_tok_eq(const char *text, const nkg_token *t, const char *w, size_t wl)
{
  size_t n = t->end - t->start, k;
  if(n != wl)
    return false;
  for(k = 0; k < n; k++)
    if(tolower((unsigned char)text[t->start + k]) != w[k])
      return false;
  return true;
}

size_t nkg_lex__title(const char *text, const nkg_token *toks, size_t ntok, size_t i,
                      const nkg_title **out)
{
  size_t best = 0, k;
  char first;
  *out = NULL;
  if(i >= ntok || !(toks[i].flags & NKG_TOK_WORD))
    return 0;
  first = (char)tolower((unsigned char)text[toks[i].start]);
  for(k = 0; S_titles[k].words; k++) {
    const char *w = S_titles[k].words;
    size_t used = 0, j = i;
    if(w[0] != first)
      continue; /* most tokens start no title: one byte decides */
    while(*w && j < ntok) {
      const char *sp = strchr(w, ' ');
      size_t wl = sp ? (size_t)(sp - w) : strlen(w);
      if(!S_tok_eq(text, &toks[j], w, wl))
        break;
      used++;
      j++;
      w += wl;
      if(*w == ' ')
        w++;
    }
    if(!*w && used > best) {
      best = used;
      *out = &S_titles[k];
    }
  }
  return best;
}

static bool S_in(const char *const *list, const char *w, size_t n, bool fold)
{
  size_t i, k;
  char first;
  if(n == 0)
    return false;
  first = fold ? (char)tolower((unsigned char)w[0]) : w[0];
  for(i = 0; list[i]; i++) {
    /* the first letter settles most words before any length is taken */
    if(list[i][0] != first || strlen(list[i]) != n)
      continue;
    for(k = 0; k < n; k++) {
      char c = fold ? (char)tolower((unsigned char)w[k]) : w[k];
      if(c != list[i][k])
        break;
    }
    if(k == n)
      return true;
  }
  return false;
}

bool nkg_lex__is_org_cue(const char *w, size_t n)
{
  static const char *const cues[] = {
    "inc.", "inc", "corp.", "corp", "co.", "co", "ltd", "ltd.", "llc", "plc", "group", "company",
    "ministry", "department", "agency", "office", "offices", "bank", "council", "assembly",
    "congress", "parliament", "senate", "army", "navy", "force", "forces", "committee",
    "commission", "court", "union", "association", "university", "college", "institute",
    "foundation", "organization", "organisation", "party", "network", "news", "times",
    "post", "press", "airlines", "airways", "motors", "bureau", "board", "authority",
    "service", "services", "federation", "league", "club", "church", "embassy", "police",
    "guard", "fund", "exchange", "reserve", "corporation", "holdings", "partners",
    "administration", "government", "cabinet", "tribunal", "agency", "centre", "center",
    "air", "bancorp", "bancshares", "airline", "railways", "railway", "telecom", "petroleum",
    "industries", "international", "systems", "technologies", "enterprises", "brothers",
    "trust", "securities", "capital", "investments", "financial", "insurance", "energy",
    "pharmaceuticals", "entertainment", "communications", "electric", "chemical", "steel",
    "mining", "oil", "gas", "unlimited", "incorporated", "limited", "ag", "sa", "nv", "gmbh",
    "spa", "s.a.", "n.v.", "a.g.", "hospital", "lines", "school", "bros", "bros.",
    "newsroom", "newsdesk", "daily", "corps", "computer", "computers", "observatory",
    "electronics", "stores", "resources", "banque", "banco", "mutual", "hydro",
    "helicopter", "helicopters", "aerospace", "foods", "products", "textiles", "mills",
    "chemicals", "software", "laboratories", "partnership", "realty", "properties",
    "brands", "studios", "publishing", "shipping", "logistics", "construction", "motor",
    "associates", "factories", "sales", NULL};
  return S_in(cues, w, n, true);
}

bool nkg_lex__is_org_noun(const char *w, size_t n)
{
  /* Lower-case nouns that describe an organization named beside them:
   * "mineral water firm Multico", "Interfax news agency". */
  static const char *const nouns[] = {
    "firm", "company", "group", "operator", "giant", "chain", "network", "agency", "bank",
    "maker", "manufacturer", "carrier", "airline", "retailer", "insurer", "producer",
    "publisher", "broadcaster", "newspaper", "daily", "weekly", "magazine", "union",
    "conglomerate", "automaker", "carmaker", "consortium", "supplier", "distributor",
    "lender", "brokerage", "subsidiary", "unit", "rival", "club", "team", "party",
    "movement", "organisation", "organization", "ministry", "tabloid", NULL};
  return S_in(nouns, w, n, false);
}

bool nkg_lex__is_speech_verb(const char *w, size_t n)
{
  static const char *const verbs[] = {
    "said", "says", "say", "told", "tells", "announced", "announces", "stated", "states",
    "added", "adds", "declared", "declares", "wrote", "writes", "tweeted", "asked",
    "explained", "noted", "insisted", "warned", "claimed", "argued", "replied", "urged",
    "acknowledged", "admitted", "confirmed", "denied", "stressed", "continued", "remarked",
    "responded", "recalled", "suggested", "vowed", "promised", "predicted", NULL};
  return S_in(verbs, w, n, true);
}

bool nkg_lex__is_connector(const char *w, size_t n)
{
  static const char *const conn[] = {"of", "the", "de", "del", "da", "do", "dos", "das",
                                     "van", "von", "der", "den", "la", "le", "du", "for",
                                     "and", "y", "al", "bin", "ibn", "&", NULL};
  return S_in(conn, w, n, false);
}

bool nkg_lex__is_common_cap(const char *w, size_t n)
{
  /* Function words and sentence openers that a capital letter does not make
   * a name, plus the names of days and months (the time stage owns them). */
  static const char *const words[] = {
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he",
    "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "while",
    "as", "but", "and", "or", "if", "when", "where", "after", "before", "since", "until",
    "although", "though", "because", "despite", "however", "meanwhile", "now", "then",
    "today", "yesterday", "tomorrow", "in", "on", "at", "by", "for", "from", "with",
    "without", "of", "to", "into", "over", "under", "about", "against", "between",
    "during", "amid", "among", "many", "some", "most", "all", "no", "not", "one", "two",
    "three", "several", "other", "another", "such", "what", "who", "which", "why", "how",
    "also", "still", "even", "just", "only", "so", "yet", "once", "later", "earlier",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
    "oct.", "nov.", "dec.", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "file", "photo", "update", "updated", "breaking", "watch",
    "read", "more", "editor", "note", "new", "last", "next", "first", "second", "third",
    "former", "late", "both", "each", "every", "any", "few", "much", "like", "unlike",
    "according", "under", "around", "through", "across", "within", "upon", "per", NULL};
  return S_in(words, w, n, true);
}

bool nkg_lex__is_place_word(const char *w, size_t n)
{
  /* Geographic and street nouns that end a place name ("Grace Road",
   * "Mekong River"). Not "Park", "Square" or "Hall", which end as many
   * organizations and buildings as places. */
  static const char *const words[] = {
    "road", "street", "avenue", "boulevard", "lane", "river", "island", "islands", "lake",
    "mountain", "mountains", "mount", "bay", "valley", "sea", "ocean", "gulf", "strait",
    "straits", "airport", "stadium", "bridge", "province", "county", "district", "peninsula",
    "canyon", "coast", "beach", "hills", "heights", "harbour", "harbor", "desert", "plain",
    "plains", "basin", "delta", "highlands", "archipelago", "oblast", "prefecture", "canal",
    NULL};
  return S_in(words, w, n, true);
}

bool nkg_lex__is_place_head(const char *w, size_t n)
{
  static const char *const words[] = {"mount", "lake", "port", "cape", "fort", "gulf", "isle",
                                      "lake", "mt.", NULL};
  return S_in(words, w, n, true);
}

bool nkg_lex__is_common_acronym(const char *w, size_t n)
{
  /* All-caps words of news text that name no organization: units, zones,
   * titles, currencies, common abbreviations. */
  static const char *const words[] = {
    "ceo", "cfo", "coo", "cto", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "bst", "tv",
    "gdp", "gnp", "cpi", "am", "pm", "ok", "usd", "eur", "gbp", "jpy", "dm", "ad", "bc", "vs",
    "mp", "mps", "pc", "pcs", "dna", "hiv", "aids", "id", "faq", "ipo", "ceos", "tv", "dvd",
    "cd", "mph", "kg", "km", "pr", "hr", "rbi", "era", "no", "nos", "st", "jr",
    "sr", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "usa", "uk", "us", "un", "eu",
    "i", "a", NULL};
  return S_in(words, w, n, true);
}

static int S_cmp_word(const void *key, const void *elem)
{
  return strcmp((const char *)key, *(const char *const *)elem);
}

bool nkg_lex__is_common_word(const char *w, size_t n)
{
  /* generated from tools/gazetteer-stopwords.txt by the Makefile */
  static const char *const words[] = {
#include "common_words.inc"
  };
  char low[32];
  size_t k;
  if(n == 0 || n >= sizeof low)
    return false;
  for(k = 0; k < n; k++)
    low[k] = (char)tolower((unsigned char)w[k]);
  low[n] = '\0';
  return bsearch(low, words, sizeof words / sizeof words[0], sizeof words[0], S_cmp_word) !=
         NULL;
}

int nkg_lex__pronoun(const char *w, size_t n)
{
  static const char *const male[] = {"he", "him", "his", "himself", NULL};
  static const char *const female[] = {"she", "her", "hers", "herself", NULL};
  if(S_in(male, w, n, true))
    return 1;
  if(S_in(female, w, n, true))
    return 2;
  return 0;
}
