/* gazetteer.c: names -> Wikidata-linked entries, longest match over tokens.
 *
 * A gazetteer file is TSV, one row per (name, entity):
 *   name  qid  label  type  country  flags  source
 * Lines starting with '#' are comments. Names are split with the project's
 * tokenizer and each token is folded (fold.c), so a name and the same words
 * in a text produce the same key: the folded tokens joined by one space.
 *
 * Keys live in one open-addressing hash table. Every proper prefix of a key
 * (in whole tokens) is in the table too, marked as a prefix, so the matcher
 * extends a match token by token and stops at the first miss: one hash probe
 * per token, and most text tokens stop after the first.
 *
 * The file contents are kept and the entries point into them (tabs turned
 * into NULs), so loading copies no strings. Entries are allocated in fixed
 * blocks so their addresses stay valid when another file is added. After
 * each load the candidate lists are rebuilt and sorted (verified first, then
 * strong before weak, then by QID number), so results never depend on the
 * order of the hash table or of the files. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nkg_internal.h"

#define S_BLOCK_BITS 12u
#define S_BLOCK (1u << S_BLOCK_BITS)
#define S_MAX_KEY 512  /* longest folded key the matcher builds, bytes */
#define S_MAX_TOKENS 24 /* names longer than this (in tokens) are skipped */
/* Most text tokens start no name. A 256 KiB bit set of first-token hashes
 * (fits in L2) turns them away before the big table is touched. */
#define S_FIRST_BITS 21u
#define S_FIRST_BIT(h) ((size_t)((h) >> (64u - S_FIRST_BITS)))

enum {
  S_NODE_PREFIX = 1u << 0,   /* a longer key starts with this one */
  S_NODE_LOWER_OK = 1u << 1, /* may start at a lower-case text word */
  S_NODE_MIXED = 1u << 2,    /* some name is not an all-caps acronym */
  S_NODE_ACRONYM = 1u << 3   /* some name is an all-caps acronym */
};

typedef struct {
  uint64_t hash;
  uint32_t key_off, key_len;
  uint32_t cand_first, ncand;
  unsigned flags;
} gaz_node;

typedef struct {
  uint32_t node, entry;
} gaz_pair;

/* A table slot keeps 32 bits of the hash beside the node index, so a probe
 * that misses never touches the node array (the table is what stays hot). */
typedef struct {
  uint32_t node; /* node index + 1, 0 = empty */
  uint32_t tag;  /* high half of the key's hash */
} gaz_slot;

struct nkg_gazetteer {
  char **bufs; /* file contents, entries point into them */
  size_t nbufs, bufcap;
  nkg_gaz_entry **blocks; /* entries, S_BLOCK per block */
  size_t nentries, blockcap;
  char *keys; /* folded keys, nodes refer by offset */
  size_t keys_len, keys_cap;
  gaz_node *nodes;
  size_t nnodes, nodecap;
  gaz_slot *table; /* open addressing, load <= 1/2 */
  size_t tabsize;  /* power of two */
  gaz_pair *pairs; /* (name, entry) rows as loaded */
  size_t npairs, paircap;
  const nkg_gaz_entry **cands; /* per-node candidate lists, rebuilt on load */
  uint32_t *qtab;              /* QID -> entry index + 1 */
  size_t qtabsize;
  size_t nnames;
  size_t max_tokens;
  uint64_t *first; /* bit set of first-token hashes (S_FIRST_BITS bits) */
  /* Surname index, built on first use: (hash of folded last word, entry),
   * sorted, for people named in the text by surname and title only. */
  struct gaz_surname *surnames;
  size_t nsurnames;
  bool surnames_built;
  /* Name-word statistics, built on first use: per folded word, how many
   * people bear it as first and as last word of their label. */
  struct gaz_nameword *namewords;
  size_t nwsize; /* power of two, 0 = not built */
};

struct gaz_nameword {
  uint64_t hash; /* 0 = empty slot */
  uint32_t given, family;
};

struct gaz_surname {
  uint64_t hash;
  uint32_t entry;
};

static const char *const S_types[] = {
  "person",   "organization", "company",      "media",    "party",   "legislature",
  "ministry", "government",   "armed_forces", "intl_org", "country", "city",
  "region",   "place",        "position",     "event",    NULL};

static nkg_gaz_entry *S_entry(const nkg_gazetteer *g, size_t i)
{
  return &g->blocks[i >> S_BLOCK_BITS][i & (S_BLOCK - 1)];
}

static uint64_t S_hash_step(uint64_t h, const char *s, size_t n)
{
  size_t i;
  for(i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

/* Mixes the FNV state before using it as a table index: FNV's low bits are
 * weak for short keys. */
static size_t S_slot(uint64_t h, size_t mask)
{
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return (size_t)h & mask;
}

static const gaz_node *S_find(const nkg_gazetteer *g, uint64_t h, const char *key, size_t n)
{
  size_t mask, i;
  if(!g->tabsize)
    return NULL;
  mask = g->tabsize - 1;
  for(i = S_slot(h, mask);; i = (i + 1) & mask) {
    uint32_t v = g->table[i].node;
    const gaz_node *nd;
    if(!v)
      return NULL;
    if(g->table[i].tag != (uint32_t)(h >> 32))
      continue;
    nd = &g->nodes[v - 1];
    if(nd->hash == h && nd->key_len == n && memcmp(g->keys + nd->key_off, key, n) == 0)
      return nd;
  }
}

static void S_rehash(nkg_gazetteer *g, size_t size)
{
  size_t i, mask = size - 1;
  free(g->table);
  g->table = nkg_xcalloc(size, sizeof *g->table);
  g->tabsize = size;
  for(i = 0; i < g->nnodes; i++) {
    size_t s = S_slot(g->nodes[i].hash, mask);
    while(g->table[s].node)
      s = (s + 1) & mask;
    g->table[s].node = (uint32_t)(i + 1);
    g->table[s].tag = (uint32_t)(g->nodes[i].hash >> 32);
  }
}

/* Finds or adds the node for key[0..n); returns its index. */
static uint32_t S_intern(nkg_gazetteer *g, uint64_t h, const char *key, size_t n)
{
  size_t mask, i;
  gaz_node nd;
  if((g->nnodes + 1) * 2 > g->tabsize)
    S_rehash(g, g->tabsize ? g->tabsize * 2 : 1024);
  mask = g->tabsize - 1;
  for(i = S_slot(h, mask);; i = (i + 1) & mask) {
    uint32_t v = g->table[i].node;
    const gaz_node *o;
    if(!v)
      break;
    if(g->table[i].tag != (uint32_t)(h >> 32))
      continue;
    o = &g->nodes[v - 1];
    if(o->hash == h && o->key_len == n && memcmp(g->keys + o->key_off, key, n) == 0)
      return v - 1;
  }
  nkg__grow((void **)&g->keys, &g->keys_cap, g->keys_len + n + 1, 1);
  memcpy(g->keys + g->keys_len, key, n);
  nd.hash = h;
  nd.key_off = (uint32_t)g->keys_len;
  nd.key_len = (uint32_t)n;
  nd.cand_first = nd.ncand = 0;
  nd.flags = 0;
  g->keys_len += n;
  NKG_PUSH(g->nodes, g->nnodes, g->nodecap, nd);
  g->table[i].node = (uint32_t)g->nnodes;
  g->table[i].tag = (uint32_t)(h >> 32);
  return (uint32_t)(g->nnodes - 1);
}

/* Builds the folded key of a name: folded tokens joined by one space.
 * ends[k] receives the key length after token k. Returns the token count,
 * 0 when the name is empty or too long. */
/* Fast path for names of ASCII letters and spaces only (most rows): the
 * tokenizer would split them at the spaces and nothing else, so do that
 * here without its allocation. Returns SIZE_MAX when the name needs the
 * tokenizer. */
static size_t S_ascii_key(nkg_str *key, size_t *ends, unsigned *first_flags, const char *name,
                          size_t len)
{
  size_t i, ntok = 0, letters = 0, uppers = 0;
  bool in_word = false;
  for(i = 0; i < len; i++) {
    char c = name[i];
    if(!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' '))
      return SIZE_MAX;
  }
  nkg__grow((void **)&key->s, &key->cap, len + 1, 1);
  key->len = 0;
  for(i = 0; i < len; i++) {
    char c = name[i];
    if(c == ' ') {
      if(in_word)
        ends[ntok++] = key->len;
      in_word = false;
      continue;
    }
    if(!in_word) {
      if(ntok == S_MAX_TOKENS)
        return 0;
      if(ntok)
        key->s[key->len++] = ' ';
      else
        *first_flags = NKG_TOK_WORD | (c >= 'A' && c <= 'Z' ? NKG_TOK_CAP : 0u);
      in_word = true;
    }
    if(ntok == 0) {
      letters++;
      uppers += c >= 'A' && c <= 'Z';
    }
    key->s[key->len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  if(in_word)
    ends[ntok++] = key->len;
  key->s[key->len] = '\0';
  if(letters >= 2 && uppers == letters)
    *first_flags |= NKG_TOK_ALLCAP;
  return ntok;
}

static size_t S_name_key(nkg_str *key, size_t *ends, unsigned *first_flags, const char *name,
                         size_t len)
{
  nkg_token *toks = NULL;
  size_t ntok = 0, k;
  if((ntok = S_ascii_key(key, ends, first_flags, name, len)) != SIZE_MAX)
    return key->len < S_MAX_KEY ? ntok : 0;
  ntok = 0;
  nkg_token__scan(name, len, &toks, &ntok, NULL, NULL);
  key->len = 0;
  if(ntok == 0 || ntok > S_MAX_TOKENS) {
    free(toks);
    return 0;
  }
  *first_flags = toks[0].flags;
  for(k = 0; k < ntok; k++) {
    if(k)
      nkg_str_append(key, " ", 1);
    nkg_fold(key, name + toks[k].start, toks[k].end - toks[k].start);
    ends[k] = key->len;
  }
  free(toks);
  if(key->len >= S_MAX_KEY)
    return 0;
  return ntok;
}

static bool S_valid_qid(const char *s)
{
  if(!*s)
    return true;
  if(s[0] != 'Q' || !s[1])
    return false;
  for(s++; *s; s++)
    if(*s < '0' || *s > '9')
      return false;
  return true;
}

static unsigned S_parse_flags(const char *s)
{
  static const struct {
    const char *name;
    unsigned flag;
  } names[] = {{"verified", NKG_GAZ_VERIFIED}, {"alias", NKG_GAZ_ALIAS},
               {"demonym", NKG_GAZ_DEMONYM},   {"weak", NKG_GAZ_WEAK},
               {"common", NKG_GAZ_COMMON},     {"major", NKG_GAZ_MAJOR},
               {"notable", NKG_GAZ_NOTABLE}};
  unsigned f = 0;
  while(*s) {
    size_t n = strcspn(s, ","), k;
    for(k = 0; k < sizeof names / sizeof names[0]; k++)
      if(strlen(names[k].name) == n && strncmp(s, names[k].name, n) == 0)
        f |= names[k].flag;
    s += n;
    if(*s == ',')
      s++;
  }
  return f;
}

static unsigned long S_qnum(const char *q)
{
  return *q ? strtoul(q + 1, NULL, 10) : 0;
}

static int S_cmp_entry(const void *a, const void *b)
{
  const nkg_gaz_entry *x = *(const nkg_gaz_entry *const *)a;
  const nkg_gaz_entry *y = *(const nkg_gaz_entry *const *)b;
  unsigned long qx, qy;
  int c;
  bool vx = (x->flags & NKG_GAZ_VERIFIED) != 0, vy = (y->flags & NKG_GAZ_VERIFIED) != 0;
  bool wx = (x->flags & NKG_GAZ_WEAK) != 0, wy = (y->flags & NKG_GAZ_WEAK) != 0;
  if(vx != vy)
    return vx ? -1 : 1;
  if(wx != wy)
    return wx ? 1 : -1;
  if(!*x->qid != !*y->qid) /* linked before unlinked */
    return *x->qid ? -1 : 1;
  qx = S_qnum(x->qid);
  qy = S_qnum(y->qid);
  if(qx != qy)
    return qx < qy ? -1 : 1;
  if((c = strcmp(x->type, y->type)) != 0)
    return c;
  if((c = strcmp(x->label, y->label)) != 0)
    return c;
  if(x->flags != y->flags)
    return x->flags < y->flags ? -1 : 1;
  return 0;
}

/* The better entry to stand for its QID in by_qid: verified, then the
 * label row (not an alias or demonym), then strong, then the smaller index. */
static bool S_better_for_qid(const nkg_gaz_entry *a, const nkg_gaz_entry *b)
{
  bool va = (a->flags & NKG_GAZ_VERIFIED) != 0, vb = (b->flags & NKG_GAZ_VERIFIED) != 0;
  bool la = !(a->flags & (NKG_GAZ_ALIAS | NKG_GAZ_DEMONYM));
  bool lb = !(b->flags & (NKG_GAZ_ALIAS | NKG_GAZ_DEMONYM));
  bool wa = (a->flags & NKG_GAZ_WEAK) != 0, wb = (b->flags & NKG_GAZ_WEAK) != 0;
  if(va != vb)
    return va;
  if(la != lb)
    return la;
  if(wa != wb)
    return !wa;
  return false;
}

/* Adds entries [from, nentries) to the QID index, growing it as needed. */
static void S_index_qids(nkg_gazetteer *g, size_t from)
{
  size_t i, mask;
  if(g->nentries * 2 > g->qtabsize) {
    free(g->qtab);
    g->qtabsize = 1024;
    while(g->qtabsize < g->nentries * 2)
      g->qtabsize *= 2;
    g->qtab = nkg_xcalloc(g->qtabsize, sizeof *g->qtab);
    from = 0;
  }
  mask = g->qtabsize - 1;
  for(i = from; i < g->nentries; i++) {
    const nkg_gaz_entry *e = S_entry(g, i);
    size_t s;
    if(!*e->qid)
      continue;
    for(s = S_slot(S_hash_step(NKG_HASH_SEED, e->qid, strlen(e->qid)), mask); g->qtab[s];
        s = (s + 1) & mask) {
      const nkg_gaz_entry *o = S_entry(g, g->qtab[s] - 1);
      if(strcmp(o->qid, e->qid) == 0)
        break;
    }
    if(!g->qtab[s] || S_better_for_qid(e, S_entry(g, g->qtab[s] - 1)))
      g->qtab[s] = (uint32_t)(i + 1);
  }
}

/* Rebuilds the candidate lists from all pairs: a counting sort by node
 * (pairs are in entry order, so it is stable), then each list sorted and
 * deduplicated. */
static void S_rebuild(nkg_gazetteer *g, size_t first_new_entry)
{
  size_t i, j;
  uint32_t *pos;
  free(g->cands);
  g->cands = nkg_xmalloc((g->npairs ? g->npairs : 1) * sizeof *g->cands);
  pos = nkg_xcalloc(g->nnodes + 1, sizeof *pos);
  for(i = 0; i < g->npairs; i++)
    pos[g->pairs[i].node + 1]++;
  for(i = 0; i < g->nnodes; i++)
    pos[i + 1] += pos[i];
  for(i = 0; i < g->nnodes; i++) {
    g->nodes[i].cand_first = pos[i];
    g->nodes[i].ncand = 0;
  }
  for(i = 0; i < g->npairs; i++) {
    gaz_node *nd = &g->nodes[g->pairs[i].node];
    g->cands[nd->cand_first + nd->ncand++] = S_entry(g, g->pairs[i].entry);
  }
  free(pos);
  /* sort and deduplicate each list, compacting the array */
  g->nnames = 0;
  for(i = 0, j = 0; i < g->nnodes; i++) {
    gaz_node *nd = &g->nodes[i];
    size_t start = j, a, n = nd->ncand, from = nd->cand_first;
    if(!n)
      continue;
    memmove(g->cands + j, g->cands + from, n * sizeof *g->cands);
    if(n > 1)
      qsort(g->cands + start, n, sizeof *g->cands, S_cmp_entry);
    /* One entry per QID (and per unlinked label+type): files may repeat a
     * row, and the sort put the verified/strong one first. */
    for(a = start; a < start + n; a++) {
      const nkg_gaz_entry *e = g->cands[a];
      size_t c;
      bool dup = false;
      for(c = start; c < j && !dup; c++) {
        const nkg_gaz_entry *o = g->cands[c];
        if(*e->qid)
          dup = strcmp(o->qid, e->qid) == 0;
        else
          dup = !*o->qid && strcmp(o->label, e->label) == 0 && o->type == e->type;
      }
      if(!dup)
        g->cands[j++] = e;
    }
    nd->cand_first = (uint32_t)start;
    nd->ncand = (uint32_t)(j - start);
    g->nnames++;
  }
  S_index_qids(g, first_new_entry);
}

static char *S_read_file(const char *path, size_t *len, char *err, size_t errlen)
{
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  size_t n = 0, cap = 0, r;
  if(!f) {
    snprintf(err, errlen, "%s: %s", path, strerror(errno));
    return NULL;
  }
  if(fseek(f, 0, SEEK_END) == 0) {
    long sz = ftell(f);
    if(sz > 0) /* one allocation for a regular file */
      nkg__grow((void **)&buf, &cap, (size_t)sz + 65536 + 1, 1);
    rewind(f);
  }
  for(;;) {
    nkg__grow((void **)&buf, &cap, n + 65536 + 1, 1);
    r = fread(buf + n, 1, cap - n - 1, f);
    n += r;
    if(r == 0)
      break;
  }
  if(ferror(f)) {
    snprintf(err, errlen, "%s: read error", path);
    fclose(f);
    free(buf);
    return NULL;
  }
  fclose(f);
  buf[n] = '\0';
  *len = n;
  return buf;
}

typedef struct {
  char *f[7];
  size_t line;
} gaz_row;

int nkg_gazetteer__load(nkg_gazetteer **gp, const char *path, char *err, size_t errlen)
{
  nkg_gazetteer *g;
  char *buf, *p, *end;
  size_t len = 0, nrows = 0, rowcap = 0, lineno = 0, r, k;
  gaz_row *rows = NULL;
  nkg_str key = {NULL, 0, 0}, last = {NULL, 0, 0};
  size_t ends[S_MAX_TOKENS], last_ends[S_MAX_TOKENS], last_ntok = 0;
  uint32_t last_nodes[S_MAX_TOKENS];
  size_t first_new;
  int rc = NKG_OK;

  if(err && errlen)
    err[0] = '\0';
  if(!err)
    errlen = 0;
  buf = S_read_file(path, &len, err, errlen);
  if(!buf)
    return NKG_EIO;

  /* First pass: split and validate every row, so a bad file adds nothing. */
  for(p = buf, end = buf + len; p < end;) {
    char *nl = memchr(p, '\n', (size_t)(end - p)), *q;
    gaz_row row;
    size_t nf = 0;
    if(!nl)
      nl = end;
    *nl = '\0';
    lineno++;
    if(nl > p && nl[-1] == '\r')
      nl[-1] = '\0';
    if(*p == '#' || *p == '\0') {
      p = nl + 1;
      continue;
    }
    memset(&row, 0, sizeof row);
    row.line = lineno;
    for(q = p; nf < 7;) {
      char *tab = strchr(q, '\t');
      row.f[nf++] = q;
      if(!tab)
        break;
      *tab = '\0';
      q = tab + 1;
    }
    if(nf < 4 || !*row.f[0] || !S_valid_qid(row.f[1]) ||
       (nf > 4 && !S_valid_qid(row.f[4]))) {
      snprintf(err, errlen, "%s:%zu: malformed row (want name, qid, label, type, ...)", path,
               lineno);
      rc = NKG_EINVALID;
      goto cleanup;
    }
    for(k = 0; S_types[k] && strcmp(S_types[k], row.f[3]); k++)
      ;
    if(!S_types[k]) {
      snprintf(err, errlen, "%s:%zu: unknown type \"%s\"", path, lineno, row.f[3]);
      rc = NKG_EINVALID;
      goto cleanup;
    }
    row.f[3] = (char *)S_types[k]; /* interned: never written through */
    NKG_PUSH(rows, nrows, rowcap, row);
    p = nl + 1;
  }

  if(!*gp) {
    *gp = nkg_xcalloc(1, sizeof **gp);
  }
  g = *gp;
  first_new = g->nentries;
  if(!g->first)
    g->first = nkg_xcalloc((1u << S_FIRST_BITS) / 64, sizeof *g->first);
  NKG_PUSH(g->bufs, g->nbufs, g->bufcap, buf);
  { /* size everything once: about two keys (name + prefixes) per row */
    size_t want = g->tabsize ? g->tabsize : 1024;
    while(want < (g->nnodes + nrows + nrows / 2) * 2)
      want *= 2;
    if(want > g->tabsize)
      S_rehash(g, want);
    nkg__grow((void **)&g->nodes, &g->nodecap, g->nnodes + nrows * 2, sizeof *g->nodes);
    nkg__grow((void **)&g->pairs, &g->paircap, g->npairs + nrows, sizeof *g->pairs);
    nkg__grow((void **)&g->keys, &g->keys_cap, g->keys_len + len, 1);
  }
  buf = NULL;

  for(r = 0; r < nrows; r++) {
    const gaz_row *row = &rows[r];
    nkg_gaz_entry *e;
    unsigned first_flags = 0, nflags;
    size_t ntok = S_name_key(&key, ends, &first_flags, row->f[0], strlen(row->f[0]));
    uint64_t h = NKG_HASH_SEED;
    size_t prev = 0;
    uint32_t node = 0;
    gaz_pair pair;

    if(!ntok)
      continue;
    if(g->nentries % S_BLOCK == 0) {
      nkg__grow((void **)&g->blocks, &g->blockcap, g->nentries / S_BLOCK + 1,
                sizeof *g->blocks);
      g->blocks[g->nentries / S_BLOCK] = nkg_xmalloc(S_BLOCK * sizeof(nkg_gaz_entry));
    }
    e = S_entry(g, g->nentries);
    e->qid = row->f[1];
    e->label = row->f[2] && *row->f[2] ? row->f[2] : row->f[0];
    e->type = row->f[3];
    e->country = row->f[4] ? row->f[4] : "";
    e->flags = row->f[5] ? S_parse_flags(row->f[5]) : 0;

    for(k = 0; k < ntok; k++) {
      h = S_hash_step(h, key.s + prev, ends[k] - prev);
      /* The shipped files are sorted, so neighbours share leading tokens:
       * reuse the previous row's nodes while the key prefix is the same. */
      if(k < last_ntok && last_ends[k] == ends[k] && memcmp(last.s, key.s, ends[k]) == 0)
        node = last_nodes[k];
      else
        node = S_intern(g, h, key.s, ends[k]);
      last_nodes[k] = node;
      if(k == 0)
        g->first[S_FIRST_BIT(h) >> 6] |= 1ull << (S_FIRST_BIT(h) & 63u);
      if(k + 1 < ntok) {
        g->nodes[node].flags |= S_NODE_PREFIX;
        h = S_hash_step(h, " ", 1);
        prev = ends[k] + 1;
      }
    }
    nkg_str_append(&last, "", 0);
    last.len = 0;
    nkg_str_append(&last, key.s, key.len);
    memcpy(last_ends, ends, ntok * sizeof *ends);
    last_ntok = ntok;
    if(ntok > g->max_tokens)
      g->max_tokens = ntok;
    /* Case rules for the first word, kept per key: a name that starts
     * lower case (or a position title, often written lower case in news:
     * "the secretary of state") may start at a lower-case word; a key whose
     * names are all acronyms ("US", "AP") needs an all-caps word. */
    nflags = 0;
    if(!(first_flags & NKG_TOK_CAP) || e->type == S_types[14])
      nflags |= S_NODE_LOWER_OK;
    if(!(first_flags & NKG_TOK_ALLCAP))
      nflags |= S_NODE_MIXED;
    else
      nflags |= S_NODE_ACRONYM;
    g->nodes[node].flags |= nflags;
    pair.node = node;
    pair.entry = (uint32_t)g->nentries;
    NKG_PUSH(g->pairs, g->npairs, g->paircap, pair);
    g->nentries++;
  }
  S_rebuild(g, first_new);

cleanup:
  free(rows);
  free(buf);
  nkg_str_free(&key);
  nkg_str_free(&last);
  return rc;
}

void nkg_gazetteer__free(nkg_gazetteer *g)
{
  size_t i;
  if(!g)
    return;
  for(i = 0; i < g->nbufs; i++)
    free(g->bufs[i]);
  free(g->bufs);
  for(i = 0; i * S_BLOCK < g->nentries; i++)
    free(g->blocks[i]);
  free(g->blocks);
  free(g->keys);
  free(g->nodes);
  free(g->table);
  free(g->pairs);
  free(g->cands);
  free(g->qtab);
  free(g->first);
  free(g->surnames);
  free(g->namewords);
  free(g);
}

/* Whether the first text token may start a match of node nd (ntok tokens
 * long). */
static bool S_case_ok(const gaz_node *nd, const char *text, const nkg_token *t0, size_t ntok)
{
  /* Only an ASCII lower-case letter counts as lower case: the tokenizer
   * cannot tell the case of every non-ASCII letter. */
  unsigned char c = (unsigned char)text[t0->start];
  if(!(nd->flags & S_NODE_LOWER_OK) && (t0->flags & NKG_TOK_WORD) && c >= 'a' && c <= 'z')
    return false;
  if(!(nd->flags & S_NODE_MIXED) && !(t0->flags & NKG_TOK_ALLCAP))
    return false;
  /* A short all-caps word is an acronym ("EADS", "UAW"), not the town
   * "Eads": it needs a name written as an acronym. Longer all-caps words
   * (headlines: "VENEZUELA") match any name. */
  if(ntok == 1 && (t0->flags & NKG_TOK_ALLCAP) && t0->end - t0->start <= 5 &&
     !(nd->flags & S_NODE_ACRONYM))
    return false;
  return true;
}

size_t nkg_gazetteer__match(const nkg_gazetteer *g, const char *text, const nkg_token *toks,
                            size_t ntok, size_t i, const nkg_gaz_entry *const **cands,
                            size_t *ncands)
{
  char buf[S_MAX_KEY];
  size_t blen = 0, k, best = 0;
  uint64_t h = NKG_HASH_SEED;
  const gaz_node *bestnd = NULL;

  *cands = NULL;
  *ncands = 0;
  if(!g || i >= ntok || !g->nnodes)
    return 0;
  for(k = i; k < ntok && k - i < g->max_tokens; k++) {
    const nkg_token *t = &toks[k];
    size_t tl = t->end - t->start, start = blen, fl;
    const gaz_node *nd;
    if(k > i) {
      if(blen + 1 >= sizeof buf)
        break;
      buf[blen++] = ' ';
      h = S_hash_step(h, " ", 1);
      start = blen;
    }
    if(blen + tl > sizeof buf)
      break;
    fl = nkg_fold__buf(buf + blen, text + t->start, tl);
    blen += fl;
    h = S_hash_step(h, buf + start, fl);
    if(k == i && !(g->first[S_FIRST_BIT(h) >> 6] & (1ull << (S_FIRST_BIT(h) & 63u))))
      break;
    nd = S_find(g, h, buf, blen);
    if(!nd)
      break;
    if(nd->ncand && S_case_ok(nd, text, &toks[i], k - i + 1)) {
      best = k - i + 1;
      bestnd = nd;
    }
    if(!(nd->flags & S_NODE_PREFIX))
      break;
  }
  if(bestnd) {
    *cands = g->cands + bestnd->cand_first;
    *ncands = bestnd->ncand;
  }
  return best;
}

size_t nkg_gazetteer__lookup(const nkg_gazetteer *g, const char *name, size_t len,
                             const nkg_gaz_entry *const **cands)
{
  nkg_str key = {NULL, 0, 0};
  size_t ends[S_MAX_TOKENS], n = 0;
  unsigned ff;
  const gaz_node *nd;

  *cands = NULL;
  if(!g || !g->nnodes)
    return 0;
  if(S_name_key(&key, ends, &ff, name, len)) {
    nd = S_find(g, S_hash_step(NKG_HASH_SEED, key.s, key.len), key.s, key.len);
    if(nd && nd->ncand) {
      *cands = g->cands + nd->cand_first;
      n = nd->ncand;
    }
  }
  nkg_str_free(&key);
  return n;
}

const nkg_gaz_entry *nkg_gazetteer__by_qid(const nkg_gazetteer *g, const char *qid)
{
  size_t s, mask;
  if(!g || !g->qtab || !qid || !*qid)
    return NULL;
  mask = g->qtabsize - 1;
  for(s = S_slot(S_hash_step(NKG_HASH_SEED, qid, strlen(qid)), mask); g->qtab[s];
      s = (s + 1) & mask) {
    const nkg_gaz_entry *e = S_entry(g, g->qtab[s] - 1);
    if(strcmp(e->qid, qid) == 0)
      return e;
  }
  return NULL;
}

size_t nkg_gazetteer__size(const nkg_gazetteer *g)
{
  return g ? g->nnames : 0;
}

static int S_cmp_surname(const void *a, const void *b)
{
  const struct gaz_surname *x = a, *y = b;
  if(x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return x->entry < y->entry ? -1 : x->entry > y->entry;
}

static uint64_t S_surname_hash(const char *w, size_t n)
{
  nkg_str f = {NULL, 0, 0};
  uint64_t h;
  nkg_fold(&f, w, n);
  h = nkg_hash64(f.s ? f.s : "", f.len, NKG_HASH_SEED);
  nkg_str_free(&f);
  return h;
}

/* Built once per gazetteer, on the first surname question: most runs never
 * ask one, and the load time stays as it was. */
static void S_build_surnames(nkg_gazetteer *g)
{
  size_t i, cap = 0;
  g->surnames_built = true;
  for(i = 0; i < g->nentries; i++) {
    const nkg_gaz_entry *e = S_entry(g, i);
    const char *sp;
    struct gaz_surname sn;
    if(strcmp(e->type, "person") != 0 || !e->qid[0] || (e->flags & NKG_GAZ_ALIAS))
      continue;
    sp = strrchr(e->label, ' ');
    if(!sp || !sp[1])
      continue;
    sn.hash = S_surname_hash(sp + 1, strlen(sp + 1));
    sn.entry = (uint32_t)i;
    NKG_PUSH(g->surnames, g->nsurnames, cap, sn);
  }
  if(g->nsurnames)
    qsort(g->surnames, g->nsurnames, sizeof *g->surnames, S_cmp_surname);
}

size_t nkg_gazetteer__by_surname(const nkg_gazetteer *cg, const char *w, size_t n,
                                 const nkg_gaz_entry **out, size_t max)
{
  /* The index is a cache: building it does not change what the gazetteer
   * answers, so a const gazetteer may fill it (one context per thread). */
  nkg_gazetteer *g = (nkg_gazetteer *)(uintptr_t)cg;
  uint64_t h;
  size_t lo = 0, hi, found = 0;
  if(!g || n == 0)
    return 0;
  if(!g->surnames_built)
    S_build_surnames(g);
  h = S_surname_hash(w, n);
  hi = g->nsurnames;
  while(lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if(g->surnames[mid].hash < h)
      lo = mid + 1;
    else
      hi = mid;
  }
  for(; lo < g->nsurnames && g->surnames[lo].hash == h; lo++) {
    const nkg_gaz_entry *e = S_entry(g, g->surnames[lo].entry);
    size_t k;
    bool dup = false;
    for(k = 0; k < found; k++)
      if(strcmp(out[k]->qid, e->qid) == 0)
        dup = true;
    if(dup)
      continue;
    if(found == max)
      return max + 1; /* too many to choose from */
    out[found++] = e;
  }
  return found;
}

static struct gaz_nameword *S_nameword_slot(struct gaz_nameword *tab, size_t size, uint64_t h)
{
  size_t mask = size - 1, s;
  for(s = S_slot(h, mask); tab[s].hash && tab[s].hash != h; s = (s + 1) & mask)
    ;
  return &tab[s];
}

static uint64_t S_word_hash(const char *w, size_t n)
{
  char buf[64];
  size_t fl;
  uint64_t h;
  if(n > sizeof buf)
    return 0;
  fl = nkg_fold__buf(buf, w, n);
  h = S_hash_step(NKG_HASH_SEED, buf, fl);
  return h ? h : 1;
}

/* One pass over the people (labels, not aliases, one row per QID): the
 * first and the last word of each label of two or more words. */
static void S_build_namewords(nkg_gazetteer *g)
{
  size_t i, people = 0;
  for(i = 0; i < g->nentries; i++) {
    const nkg_gaz_entry *e = S_entry(g, i);
    if(e->type == S_types[0] && !(e->flags & NKG_GAZ_ALIAS))
      people++;
  }
  g->nwsize = 1024;
  while(g->nwsize < people * 3)
    g->nwsize *= 2;
  g->namewords = nkg_xcalloc(g->nwsize, sizeof *g->namewords);
  for(i = 0; i < g->nentries; i++) {
    const nkg_gaz_entry *e = S_entry(g, i);
    const char *first_end, *last;
    struct gaz_nameword *slot;
    uint64_t h;
    if(e->type != S_types[0] || (e->flags & NKG_GAZ_ALIAS) || !e->qid[0] ||
       nkg_gazetteer__by_qid(g, e->qid) != e)
      continue;
    first_end = strchr(e->label, ' ');
    last = strrchr(e->label, ' ');
    if(!first_end || !last[1])
      continue;
    /* "A. B. Smith": an initial says nothing about given names */
    if(first_end - e->label >= 2 && !(first_end - e->label == 2 && e->label[1] == '.')) {
      h = S_word_hash(e->label, (size_t)(first_end - e->label));
      slot = S_nameword_slot(g->namewords, g->nwsize, h);
      slot->hash = h;
      slot->given++;
    }
    h = S_word_hash(last + 1, strlen(last + 1));
    slot = S_nameword_slot(g->namewords, g->nwsize, h);
    slot->hash = h;
    slot->family++;
  }
}

void nkg_gazetteer__name_word(const nkg_gazetteer *cg, const char *w, size_t n, unsigned *given,
                              unsigned *family)
{
  /* a cache, like the surname index */
  nkg_gazetteer *g = (nkg_gazetteer *)(uintptr_t)cg;
  const struct gaz_nameword *slot;
  uint64_t h;
  *given = *family = 0;
  if(!g || n == 0)
    return;
  if(!g->nwsize)
    S_build_namewords(g);
  h = S_word_hash(w, n);
  if(!h)
    return;
  slot = S_nameword_slot(g->namewords, g->nwsize, h);
  if(slot->hash == h) {
    *given = slot->given;
    *family = slot->family;
  }
}
