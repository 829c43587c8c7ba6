#!/bin/sh
# Checks ontology/newskg.ttl and tools/check-vocab, then the vocabulary of what build/newskg
# writes (when it is built) and of the goldens' expected graphs (when there are any).
#
#   - the ontology parses with rapper without an error or a warning, and has no blank node;
#   - every nkg: term is typed, has one English rdfs:label, an English rdfs:comment and
#     rdfs:isDefinedBy, and every class / property is aligned to an outside vocabulary
#     directly or through an nkg: parent; alignment targets are known terms of allowed
#     vocabularies; Wikidata property ids come from the checked list, no item (Q) id is used;
#   - the terms the extractor relies on exist with the right kind and place in the hierarchy;
#   - the alignments do not put a term into two classes that PROV-O / ORG / FOAF declare
#     disjoint (with a negative test showing the check can fail);
#   - tools/check-vocab flags undeclared terms and accepts declared ones;
#   - newskg's output (every bundled and golden article) uses only declared nkg: terms and
#     gives no node two disjoint types or two values of a functional property.
# Prints "ok ..." / "FAIL ..." lines and ends with "N passed, N failed".

cd "$(dirname "$0")/../.." || exit 2
BUILD=${BUILD:-build}
ONTO=ontology/newskg.ttl
CHECK=tools/check-vocab
PROPS_TSV=${NKG_WIKIDATA_PROPERTIES:-ontology/wikidata-properties.tsv}
pass=0
fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nkg-onto.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

ok() { pass=$((pass + 1)); echo "ok $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
# Adds up the ok/FAIL lines a python check printed, and shows them.
tally() {
  cat "$1"
  pass=$((pass + $(grep -c '^ok ' "$1")))
  fail=$((fail + $(grep -c '^FAIL ' "$1")))
}

for tool in rapper python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    bad "$tool is not installed"
    echo "$pass passed, $fail failed"
    exit 1
  fi
done

# --- 1. parse -------------------------------------------------------------------------------
if rapper -i turtle -c "$ONTO" >"$tmp/count.log" 2>&1; then
  n=$(sed -n 's/.*Parsing returned \([0-9][0-9]*\) triples.*/\1/p' "$tmp/count.log")
  if grep -Eqi 'error|warning' "$tmp/count.log"; then
    bad "rapper reports problems in $ONTO:"; sed 's/^/    /' "$tmp/count.log"
  elif [ -n "$n" ] && [ "$n" -gt 0 ]; then
    ok "rapper parses $ONTO: $n triples, no error or warning"
  else
    bad "rapper parsed no triple from $ONTO"
  fi
else
  bad "rapper cannot parse $ONTO:"; sed 's/^/    /' "$tmp/count.log"
  echo "$pass passed, $fail failed"
  exit 1
fi
rapper -q -i turtle -o ntriples "$ONTO" >"$tmp/onto.nt" 2>/dev/null

# --- 2. the python checks (ontology structure, alignment, consistency, output lint) ---------
cat >"$tmp/check.py" <<'PYEOF'
import re, sys

NKG = "http://newskg.org/ontology#"
ONTO_IRI = "http://newskg.org/ontology"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SCHEMA = "http://schema.org/"
ORG = "http://www.w3.org/ns/org#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
PROV = "http://www.w3.org/ns/prov#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
WDT = "http://www.wikidata.org/prop/direct/"
DC = "http://purl.org/dc/elements/1.1/"
FOAF = "http://xmlns.com/foaf/0.1/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
TYPE = RDF + "type"
SUBC, SUBP = RDFS + "subClassOf", RDFS + "subPropertyOf"
EQC, EQP = OWL + "equivalentClass", OWL + "equivalentProperty"
CLASS_T = {OWL + "Class", RDFS + "Class"}
PROP_T = {OWL + "ObjectProperty", OWL + "DatatypeProperty", OWL + "AnnotationProperty", RDF + "Property"}

# Outside terms the ontology may align to, each checked to exist in its vocabulary (schema.org
# pages, the W3C ORG and PROV-O files, the SEM and NIF vocabularies, Dublin Core): a typo such as
# schema:GovernmentOrganisation fails here.  Wikidata properties are checked against the
# project's property list instead.
KNOWN = {SCHEMA + t for t in (
    "Person Organization Place Country City GovernmentOrganization PoliticalParty "
    "NewsMediaOrganization Corporation SportsTeam Event EventStatusType Quotation containedInPlace memberOf "
    "worksFor nationality location temporal eventStatus keywords subjectOf recordedIn creator").split()}
KNOWN |= {ORG + t for t in "Organization FormalOrganization Post Role Membership member role holds organization postIn memberOf".split()}
KNOWN |= {SEM + t for t in "Place Event Actor Time hasTimeStamp hasBeginTimeStamp hasEndTimeStamp hasActor hasPlace hasTime".split()}
KNOWN |= {PROV + t for t in "Agent Location Activity Entity wasAssociatedWith generated wasAttributedTo".split()}
KNOWN |= {NIF + "Phrase", DC + "type"}
ALLOWED_NS = (SCHEMA, ORG, SEM, PROV, NIF, WDT, DC)

# What the outside vocabularies say that matters for consistency: domains, ranges, subclass
# axioms, functional properties and disjoint classes of ORG (org.ttl), PROV-O (prov-o.ttl) and
# FOAF.  schema.org, SEM and NIF declare no disjointness.
EXT_DOMAIN = {
    PROV + "wasAssociatedWith": PROV + "Activity", PROV + "generated": PROV + "Activity",
    PROV + "used": PROV + "Activity", PROV + "wasAttributedTo": PROV + "Entity",
    PROV + "wasDerivedFrom": PROV + "Entity", PROV + "hadPrimarySource": PROV + "Entity",
    PROV + "wasGeneratedBy": PROV + "Entity",
    ORG + "member": ORG + "Membership", ORG + "organization": ORG + "Membership",
    ORG + "memberDuring": ORG + "Membership", ORG + "postIn": ORG + "Post",
    ORG + "heldBy": ORG + "Post", ORG + "holds": FOAF + "Agent", ORG + "memberOf": FOAF + "Agent",
    ORG + "headOf": FOAF + "Person", ORG + "hasPost": ORG + "Organization",
}
EXT_RANGE = {
    PROV + "wasAssociatedWith": PROV + "Agent", PROV + "generated": PROV + "Entity",
    PROV + "wasAttributedTo": PROV + "Agent", PROV + "wasDerivedFrom": PROV + "Entity",
    PROV + "wasGeneratedBy": PROV + "Activity", PROV + "used": PROV + "Entity",
    ORG + "member": FOAF + "Agent", ORG + "organization": ORG + "Organization",
    ORG + "postIn": ORG + "Organization", ORG + "holds": ORG + "Post", ORG + "heldBy": FOAF + "Agent",
    ORG + "role": ORG + "Role", ORG + "memberOf": ORG + "Organization", ORG + "hasPost": ORG + "Post",
}
EXT_SUPER = {
    ORG + "FormalOrganization": [ORG + "Organization", FOAF + "Organization"],
    ORG + "Organization": [FOAF + "Organization", FOAF + "Agent"],
    FOAF + "Organization": [ORG + "Organization", FOAF + "Agent"],
    FOAF + "Person": [FOAF + "Agent"],
    ORG + "Role": [SKOS + "Concept"],
    ORG + "ChangeEvent": [PROV + "Activity"],
}
EXT_FUNCTIONAL = {ORG + "member", ORG + "organization"}
DISJOINT = [
    (PROV + "Activity", PROV + "Entity"), (PROV + "Agent", PROV + "InstantaneousEvent"),
    (ORG + "Organization", ORG + "ChangeEvent"), (ORG + "Organization", ORG + "Membership"),
    (ORG + "Organization", ORG + "Role"), (ORG + "Organization", ORG + "Site"),
    (ORG + "Membership", ORG + "ChangeEvent"), (ORG + "Membership", ORG + "Site"),
    (ORG + "Role", ORG + "ChangeEvent"), (ORG + "Role", ORG + "Membership"),
    (ORG + "Role", ORG + "Site"), (ORG + "Site", ORG + "ChangeEvent"),
    (FOAF + "Person", FOAF + "Organization"),
]

# The terms the extractor writes (its contract with this file).
EVENT_CLASSES = ("Statement Announcement Interview Meeting Protest Recognition DiplomaticAction "
                 "MilitaryExercise ReligiousService Election Plan Order Negotiation Agreement Attack "
                 "Killing Arrest Visit Appointment Resignation Decision Accusation Vote Refusal "
                 "Travel").split()
REQ_CLASSES = ("Person Organization Place Country City Region Legislature GovernmentBody Ministry "
               "ArmedForces PoliticalParty MediaOrganization Company InternationalOrganization "
               "DiplomaticMission Position RoleAssignment Event Quotation TimeExpression "
               "EventStatus").split() + EVENT_CLASSES
REQ_OBJECT = ("holder position holdsPosition jurisdiction organization sourceArticle agent "
              "participant target supports place dateExpression status quotation speaker country "
              "capital").split()
REQ_DATA = "assertedOn date dateText trigger timexType".split()
REQ_INDIV = "Planned Reported".split()

_IRI = r'<([^>]*)>'
_BN = r'(_:\S+)'
_LIT = r'"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?'
LINE = re.compile(r'^\s*(?:' + _IRI + '|' + _BN + r')\s+' + _IRI + r'\s+(?:' + _IRI + '|' + _BN + '|' + _LIT + r')(?:\s+\S+)?\s*\.\s*$')


def read_nt(path):
    """(s, p, o) with IRIs as str, blank nodes as ('bnode', id), literals as
    ('lit', text, lang, datatype)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = LINE.match(line)
            if not m:
                raise SystemExit("FAIL %s:%d cannot be read as N-Triples" % (path, n))
            s = m.group(1) if m.group(1) is not None else ("bnode", m.group(2))
            if m.group(4) is not None:
                o = m.group(4)
            elif m.group(5) is not None:
                o = ("bnode", m.group(5))
            else:
                o = ("lit", m.group(6), (m.group(7) or "").lower(), m.group(8))
            out.append((s, m.group(3), o))
    return out


def iri(t):
    return isinstance(t, str)


class Onto:
    def __init__(self, triples):
        self.t = triples
        self.types, self.sup, self.props = {}, {}, {}
        for s, p, o in triples:
            if not iri(s):
                continue
            self.props.setdefault(s, {}).setdefault(p, []).append(o)
            if p == TYPE and iri(o):
                self.types.setdefault(s, set()).add(o)
            if p in (SUBC, SUBP, EQC, EQP) and iri(o):
                self.sup.setdefault(s, set()).add(o)
                if p in (EQC, EQP):
                    self.sup.setdefault(o, set()).add(s)
        self.terms = sorted(s for s in self.types if s.startswith(NKG))
        self.classes = [s for s in self.terms if self.types[s] & CLASS_T]
        self.properties = [s for s in self.terms if self.types[s] & PROP_T]
        self.individuals = [s for s in self.terms if s not in self.classes and s not in self.properties]

    def get(self, s, p):
        return self.props.get(s, {}).get(p, [])

    def supers(self, x):
        """x and everything above it (ontology axioms plus the outside ones)."""
        seen, todo = set(), [x]
        while todo:
            c = todo.pop()
            if c in seen:
                continue
            seen.add(c)
            todo.extend(self.sup.get(c, ()))
            todo.extend(EXT_SUPER.get(c, ()))
        return seen

    def strict_domains(self, p):
        out = set()
        for q in self.supers(p):
            out.update(d for d in self.get(q, RDFS + "domain") if iri(d))
            if q in EXT_DOMAIN:
                out.add(EXT_DOMAIN[q])
        return out

    def strict_ranges(self, p):
        out = set()
        for q in self.supers(p):
            out.update(r for r in self.get(q, RDFS + "range") if iri(r) and not r.startswith(XSD))
            if q in EXT_RANGE:
                out.add(EXT_RANGE[q])
        return out

    def functional(self, p):
        return any(q in EXT_FUNCTIONAL or OWL + "FunctionalProperty" in self.types.get(q, ())
                   for q in self.supers(p))

    def clash(self, classes):
        """The first pair of disjoint classes that `classes` and their supers reach."""
        closure = set()
        for c in classes:
            closure |= self.supers(c)
        for a, b in DISJOINT:
            if a in closure and b in closure:
                return a, b
        return None


def short(x):
    for pre, ns in (("nkg:", NKG), ("schema:", SCHEMA), ("org:", ORG), ("prov:", PROV),
                    ("sem:", SEM), ("foaf:", FOAF), ("wdt:", WDT), ("nif:", NIF)):
        if iri(x) and x.startswith(ns):
            return pre + x[len(ns):]
    if iri(x):
        return "<%s>" % x
    return x[1] if x[0] == "bnode" else '"%s"' % x[1]


def report(name, problems, limit=12):
    if problems:
        print("FAIL %s: %d problem(s)" % (name, len(problems)))
        for p in problems[:limit]:
            print("    " + p)
        if len(problems) > limit:
            print("    ... and %d more" % (len(problems) - limit))
    else:
        print("ok " + name)


def consistency_problems(o):
    """Terms whose own axioms, or the domains / ranges a property imposes on the classes it is
    meant for, reach two disjoint classes."""
    probs = []
    for c in o.classes:
        bad = o.clash([c])
        if bad:
            probs.append("class %s is under both %s and %s" % (short(c), short(bad[0]), short(bad[1])))
    for p in o.properties:
        doms = o.strict_domains(p)
        meant = set(d for d in o.get(p, RDFS + "domain") if iri(d)) | \
            set(d for d in o.get(p, SCHEMA + "domainIncludes") if iri(d))
        for c in sorted(meant or [None]):
            bad = o.clash(doms | ({c} if c else set()))
            if bad:
                probs.append("property %s on a %s makes it both %s and %s" % (
                    short(p), short(c) if c else "subject", short(bad[0]), short(bad[1])))
        rngs = o.strict_ranges(p)
        meant = set(r for r in o.get(p, RDFS + "range") if iri(r) and not r.startswith(XSD)) | \
            set(r for r in o.get(p, SCHEMA + "rangeIncludes") if iri(r) and not r.startswith(XSD))
        for c in sorted(meant or [None]):
            bad = o.clash(rngs | ({c} if c else set()))
            if bad:
                probs.append("property %s pointing to a %s makes it both %s and %s" % (
                    short(p), short(c) if c else "value", short(bad[0]), short(bad[1])))
    return probs


def check_ontology(nt, props_tsv):
    triples = read_nt(nt)
    o = Onto(triples)
    print("ok read %d triples: %d classes, %d properties, %d individuals" % (
        len(triples), len(o.classes), len(o.properties), len(o.individuals)))

    h = []
    if OWL + "Ontology" not in o.types.get(ONTO_IRI, ()):
        h.append("<%s> is not an owl:Ontology" % ONTO_IRI)
    for p, name in ((RDFS + "label", "rdfs:label"), (RDFS + "comment", "rdfs:comment"),
                    (OWL + "versionInfo", "owl:versionInfo")):
        if not o.get(ONTO_IRI, p):
            h.append("the ontology has no " + name)
    if any(p == OWL + "imports" for _, p, _ in triples):
        h.append("owl:imports used (the ontology is meant to be self-contained)")
    report("ontology header (owl:Ontology, label, comment, versionInfo, no owl:imports)", h)

    report("no blank nodes", ["%s %s %s" % (short(s), short(p), short(ob)) for s, p, ob in triples
                              if not iri(s) and s[0] == "bnode" or not iri(ob) and ob[0] == "bnode"])

    ann = []
    for t in o.terms:
        labels = [l for l in o.get(t, RDFS + "label") if not iri(l) and l[0] == "lit"]
        en = [l for l in labels if l[2] == "en"]
        if len(en) != 1:
            ann.append("%s has %d English rdfs:label" % (short(t), len(en)))
        if len(labels) != len(en):
            ann.append("%s has a label without @en" % short(t))
        comments = [c for c in o.get(t, RDFS + "comment") if not iri(c) and c[0] == "lit"]
        if not any(c[2] == "en" and len(c[1]) >= 20 for c in comments):
            ann.append("%s has no English rdfs:comment of 20+ characters" % short(t))
        if o.get(t, RDFS + "isDefinedBy") != [ONTO_IRI]:
            ann.append("%s: rdfs:isDefinedBy is not <%s>" % (short(t), ONTO_IRI))
    report("every nkg: term (%d) has one English rdfs:label, an English rdfs:comment and rdfs:isDefinedBy" % len(o.terms), ann)

    dup = []
    for group, name in ((o.classes, "classes"), (o.properties, "properties")):
        seen = {}
        for t in group:
            for l in o.get(t, RDFS + "label"):
                if not iri(l):
                    seen.setdefault(l[1].lower(), []).append(short(t))
        dup += ["%s share the label %r" % (", ".join(v), k) for k, v in seen.items() if len(v) > 1]
    report("labels are unique among classes and among properties", dup)

    kinds = []
    for t in o.individuals:
        nk = [c for c in o.types[t] if c.startswith(NKG)]
        if OWL + "NamedIndividual" not in o.types[t] or not nk or any(c not in o.classes for c in nk):
            kinds.append("%s is neither class nor property and not an owl:NamedIndividual of a declared nkg: class" % short(t))
    for t in o.properties:
        pt = o.types[t] & PROP_T
        if len(pt) != 1:
            kinds.append("%s has property types %s" % (short(t), sorted(map(short, pt))))
    for t in o.classes:
        if o.types[t] & PROP_T:
            kinds.append("%s is both a class and a property" % short(t))
    report("every nkg: term is exactly one of class, property kind, or named individual", kinds)

    used = set()
    for s, p, ob in triples:
        for x in (s, p, ob):
            if iri(x) and x.startswith(NKG):
                used.add(x)
    report("every nkg: IRI the ontology mentions is declared",
           ["%s is used but not declared" % short(x) for x in sorted(used - set(o.terms))])

    aligned = {}

    def is_aligned(t, path=()):
        if t in aligned:
            return aligned[t]
        if t in path:
            return False
        res = False
        for s in o.sup.get(t, ()):
            if s.startswith(ALLOWED_NS) or (s.startswith(NKG) and is_aligned(s, path + (t,))):
                res = True
                break
        aligned[t] = res
        return res
    report("every nkg: class and property is aligned (directly or through an aligned nkg: parent)",
           ["%s has no alignment" % short(t) for t in o.classes + o.properties if not is_aligned(t)])

    pids = None
    try:
        with open(props_tsv, encoding="utf-8") as f:
            pids = {line.split("\t", 1)[0] for line in f if line.startswith("P")}
    except OSError:
        print("skip: %s not found; Wikidata property ids not checked" % props_tsv)
    ext = []
    for t in o.classes + o.properties:
        for s in o.sup.get(t, ()):
            if s.startswith(NKG):
                continue
            if not s.startswith(ALLOWED_NS):
                ext.append("%s aligned to %s, outside the allowed vocabularies" % (short(t), s))
            elif s.startswith(WDT):
                pid = s[len(WDT):]
                if not re.fullmatch(r"P[1-9][0-9]*", pid):
                    ext.append("%s aligned to %s, not a Wikidata property" % (short(t), s))
                elif pids is not None and pid not in pids:
                    ext.append("%s aligned to wdt:%s, which is not in %s" % (short(t), pid, props_tsv))
            elif s not in KNOWN:
                ext.append("%s aligned to %s, not in the list of checked outside terms" % (short(t), short(s)))
    report("alignment targets are checked terms of schema/ORG/SEM/PROV/NIF/DC or listed Wikidata properties", ext)

    q = []
    for s, p, ob in triples:
        for x in (s, p, ob):
            txt = x if iri(x) else x[1]
            if re.search(r"wikidata\.org/(entity|wiki)/Q[0-9]|\bwd:Q[0-9]", txt):
                q.append("%s mentions a Wikidata item: %s" % (short(s), txt[:80]))
    report("no Wikidata item (Q) id anywhere in the ontology", q)

    req = []
    for n in REQ_CLASSES:
        if NKG + n not in o.classes:
            req.append("class nkg:%s missing" % n)
    for n in REQ_OBJECT:
        if OWL + "ObjectProperty" not in o.types.get(NKG + n, ()):
            req.append("object property nkg:%s missing" % n)
    for n in REQ_DATA:
        if OWL + "DatatypeProperty" not in o.types.get(NKG + n, ()):
            req.append("datatype property nkg:%s missing" % n)
    for n in REQ_INDIV:
        if NKG + "EventStatus" not in o.types.get(NKG + n, ()):
            req.append("individual nkg:%s (an nkg:EventStatus) missing" % n)
    report("the %d terms the extractor writes are declared with the right kind" % (
        len(REQ_CLASSES) + len(REQ_OBJECT) + len(REQ_DATA) + len(REQ_INDIV)), req)

    h = []
    for n in EVENT_CLASSES:
        if NKG + "Event" not in o.supers(NKG + n) - {NKG + n}:
            h.append("nkg:%s is not a subclass of nkg:Event" % n)
    for sub, sup in (("Announcement", "Statement"), ("Legislature", "GovernmentBody"),
                     ("Ministry", "GovernmentBody"), ("Country", "Place"), ("City", "Place"),
                     ("Region", "Place"), ("target", "participant"), ("supports", "participant")):
        if NKG + sup not in o.get(NKG + sub, SUBC) + o.get(NKG + sub, SUBP):
            h.append("nkg:%s is not directly under nkg:%s" % (sub, sup))
    if NIF + "Phrase" not in o.get(NKG + "TimeExpression", SUBC):
        h.append("nkg:TimeExpression is not a nif:Phrase")
    if WDT + "P39" not in o.get(NKG + "holdsPosition", EQP):
        h.append("nkg:holdsPosition is not equivalent to wdt:P39")
    if o.get(NKG + "sourceArticle", SCHEMA + "rangeIncludes") + o.get(NKG + "sourceArticle", RDFS + "range") != [SCHEMA + "NewsArticle"]:
        h.append("nkg:sourceArticle does not point to schema:NewsArticle")
    report("hierarchy: event types under nkg:Event, Announcement under Statement, target/supports under participant, ...", h)

    report("no class, and no property on the classes it is meant for, falls into two disjoint "
           "classes of PROV-O/ORG/FOAF", consistency_problems(o))

    # The check above must be able to fail: the two mistakes it was written for.
    worse = triples + [
        (NKG + "sourceArticle", SUBP, PROV + "wasDerivedFrom"),
        (NKG + "sourceArticle", SCHEMA + "domainIncludes", NKG + "Event"),
        (NKG + "organization", SCHEMA + "domainIncludes", NKG + "Position"),
    ]
    found = consistency_problems(Onto(worse))
    want = ("property nkg:sourceArticle on a nkg:Event", "property nkg:organization on a nkg:Position")
    missing = [w for w in want if not any(f.startswith(w) for f in found)]
    report("the disjointness check catches sourceArticle < prov:wasDerivedFrom on events and "
           "nkg:organization on positions", ["not caught: " + m for m in missing])


def lint_output(onto_nt, data_nt, name):
    """No node of the output may get two disjoint types from its rdf:type statements and the
    rdfs:domain / rdfs:range of the nkg: properties used on it, nor two values of a functional
    property."""
    o = Onto(read_nt(onto_nt))
    data = read_nt(data_nt)
    why = {}
    for s, p, ob in data:
        if p == TYPE and iri(ob):
            why.setdefault(s, {})[ob] = "rdf:type"
            continue
        if not p.startswith(NKG):
            continue
        for d in o.strict_domains(p):
            why.setdefault(s, {}).setdefault(d, "subject of %s" % short(p))
        if iri(ob):
            for r in o.strict_ranges(p):
                why.setdefault(ob, {}).setdefault(r, "object of %s" % short(p))
    probs = []
    for node in sorted(why, key=str):
        bad = o.clash(why[node])
        if bad:
            reasons = ["%s (%s)" % (short(c), w) for c, w in sorted(why[node].items())
                       if bad[0] in o.supers(c) or bad[1] in o.supers(c)]
            probs.append("%s is both %s and %s: %s" % (node if iri(node) else node[1], short(bad[0]),
                                                          short(bad[1]), "; ".join(reasons)))
    values = {}
    for s, p, ob in data:
        if p.startswith(NKG) and o.functional(p):
            values.setdefault((s, p), set()).add(ob)
    for (s, p), v in sorted(values.items(), key=str):
        if len(v) > 1:
            probs.append("%s has %d values of %s, which is functional" % (s if iri(s) else s[1], len(v), short(p)))
    report("%s: no node has disjoint types or several values of a functional property" % name, probs)

    # Values of the right kind: literals of the declared datatypes for datatype properties,
    # nodes for object properties, the documented TIMEX3 types, declared statuses.
    lex = {XSD + "date": r"-?[0-9]{4,}-[0-9]{2}-[0-9]{2}", XSD + "gYearMonth": r"-?[0-9]{4,}-[0-9]{2}",
           XSD + "gYear": r"-?[0-9]{4,}", XSD + "dateTime": r"-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?"}
    probs = []
    for s, p, ob in data:
        if not p.startswith(NKG) or p not in o.properties:
            continue
        kinds = o.types[p]
        lit = not iri(ob) and ob[0] == "lit"
        if OWL + "ObjectProperty" in kinds and lit:
            probs.append("%s %s has the literal %r" % (short(s), short(p), ob[1]))
        if OWL + "DatatypeProperty" in kinds:
            if not lit:
                probs.append("%s %s has a node, not a literal" % (short(s), short(p)))
                continue
            allowed = set(o.get(p, RDFS + "range")) | set(o.get(p, SCHEMA + "rangeIncludes"))
            dt = ob[3] or (RDF + "langString" if ob[2] else XSD + "string")
            if allowed and dt not in allowed:
                probs.append("%s %s \"%s\" has datatype %s, not one of %s" % (
                    short(s), short(p), ob[1], short(dt).replace("<" + XSD, "xsd:").rstrip(">"),
                    ", ".join(sorted(a.replace(XSD, "xsd:") for a in allowed))))
            elif dt in lex and not re.fullmatch(lex[dt], ob[1]):
                probs.append("%s %s \"%s\" is not a valid %s" % (short(s), short(p), ob[1], dt.replace(XSD, "xsd:")))
        if p == NKG + "timexType" and lit and ob[1] not in ("DATE", "TIME", "DURATION", "SET"):
            probs.append("%s nkg:timexType %r is not DATE, TIME, DURATION or SET" % (short(s), ob[1]))
        if p == NKG + "status" and ob not in o.individuals:
            probs.append("%s nkg:status %s is not a declared nkg:EventStatus" % (short(s), short(ob) if iri(ob) else ob[1]))
    report("%s: literal and node values fit the properties' declared kinds and datatypes" % name, probs)

    # Wikidata does not use P17 (country) for people; a note, not a failure.
    people = {s for s, p, ob in data if p == TYPE and ob in (NKG + "Person", SCHEMA + "Person")}
    for s, p, ob in data:
        if p == NKG + "country" and s in people:
            print("note: %s: person %s has nkg:country (wdt:P17 is not for people; nkg:citizenship is)" % (name, short(s)))


if __name__ == "__main__":
    if sys.argv[1] == "ontology":
        check_ontology(sys.argv[2], sys.argv[3])
    else:
        lint_output(sys.argv[2], sys.argv[3], sys.argv[4])
PYEOF

python3 "$tmp/check.py" ontology "$tmp/onto.nt" "$PROPS_TSV" >"$tmp/py.out" 2>&1
rc=$?
tally "$tmp/py.out"
if [ $rc -ne 0 ] && ! grep -q '^FAIL ' "$tmp/py.out"; then bad "ontology checks crashed (exit $rc)"; fi

# --- 3. roqet cross-check: the same label/comment rule, as SPARQL -----------------------------
if command -v roqet >/dev/null 2>&1; then
  roqet -q -i sparql -D "$tmp/onto.nt" -r csv -e '
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT DISTINCT ?t WHERE {
      ?t a ?k . FILTER(STRSTARTS(STR(?t), "http://newskg.org/ontology#"))
      OPTIONAL { ?t rdfs:label ?l . FILTER(LANG(?l) = "en") }
      OPTIONAL { ?t rdfs:comment ?c }
      OPTIONAL { ?t rdfs:isDefinedBy ?d }
      FILTER(!BOUND(?l) || !BOUND(?c) || !BOUND(?d)) }' >"$tmp/roqet.out" 2>"$tmp/roqet.err"
  rc=$?
  missing=$(grep -c '^http' "$tmp/roqet.out")
  if [ $rc -eq 1 ]; then
    bad "roqet failed:"; sed 's/^/    /' "$tmp/roqet.err"
  elif [ "$missing" -ne 0 ]; then
    bad "roqet finds $missing nkg: term(s) without label, comment or isDefinedBy:"; sed 's/^/    /' "$tmp/roqet.out"
  else
    ok "roqet (SPARQL) finds no nkg: term without label, comment or isDefinedBy"
  fi
else
  echo "skip: roqet not installed"
fi

# --- 4. tools/check-vocab -------------------------------------------------------------------
N='http://newskg.org/ontology#'
T='http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
E='http://newskg.org/id/event/e1'
cat >"$tmp/good.nt" <<EOF
<$E> <$T> <${N}Statement> .
<$E> <${N}status> <${N}Reported> .
<$E> <${N}trigger> "said" .
<$E> <${N}agent> <http://newskg.org/id/person/p1> .
<$E> <${N}sourceArticle> <http://newskg.org/id/article/a1> .
<http://newskg.org/id/person/p1> <$T> <http://schema.org/Person> .
EOF
# Undeclared property, class and individual; a declared class used as a property; a declared
# property used as a class; an nkg: IRI inside a literal (must not count); N-Quads graph label.
cat >"$tmp/bad.nt" <<EOF
<$E> <$T> <${N}Statement> .
<$E> <${N}saidBy> <http://newskg.org/id/person/p1> .
<$E> <$T> <${N}Speech> .
<$E> <${N}status> <${N}Maybe> .
<$E> <${N}Person> "x" .
_:b1 <$T> <${N}agent> .
<$E> <http://schema.org/description> "see <${N}inLiteral> \"quoted\"" <http://newskg.org/id/graph> .
EOF

if "$CHECK" "$tmp/onto.nt" >"$tmp/cv.out" 2>&1; then
  ok "check-vocab accepts the ontology's own triples"
else
  bad "check-vocab rejects the ontology's own triples:"; sed 's/^/    /' "$tmp/cv.out"
fi
if "$CHECK" "$tmp/good.nt" >"$tmp/cv.out" 2>&1 && [ ! -s "$tmp/cv.out" ]; then
  ok "check-vocab accepts a graph of declared terms, silently"
else
  bad "check-vocab on a graph of declared terms:"; sed 's/^/    /' "$tmp/cv.out"
fi
"$CHECK" "$tmp/bad.nt" >"$tmp/cv.out" 2>&1
rc=$?
if [ $rc -eq 1 ]; then ok "check-vocab exits 1 on undeclared terms"; else bad "check-vocab exits $rc on undeclared terms (want 1)"; fi
for want in "property <${N}saidBy>" "class <${N}Speech>" "term <${N}Maybe>" "property <${N}Person>" "class <${N}agent>"; do
  if grep -qF "undeclared $want" "$tmp/cv.out"; then
    ok "check-vocab flags $want"
  else
    bad "check-vocab does not flag $want:"; sed 's/^/    /' "$tmp/cv.out"
  fi
done
if [ "$(grep -c '^undeclared ' "$tmp/cv.out")" -eq 5 ] && ! grep -q 'inLiteral\|Statement\|status\|Reported' "$tmp/cv.out"; then
  ok "check-vocab flags nothing else (declared terms, literals)"
else
  bad "check-vocab flags too much:"; sed 's/^/    /' "$tmp/cv.out"
fi
if "$CHECK" - <"$tmp/good.nt" >/dev/null 2>&1 && ! "$CHECK" - <"$tmp/bad.nt" >/dev/null 2>&1; then
  ok "check-vocab reads standard input"
else
  bad "check-vocab does not read standard input"
fi
printf '<a> <b> .\n' >"$tmp/broken.nt"
"$CHECK" "$tmp/broken.nt" >/dev/null 2>"$tmp/cv.err"; r1=$?
"$CHECK" "$tmp/does-not-exist.nt" >/dev/null 2>&1; r2=$?
"$CHECK" -o "$tmp/no-ontology.ttl" "$tmp/good.nt" >/dev/null 2>&1; r3=$?
"$CHECK" >/dev/null 2>&1; r4=$?
if [ $r1 -eq 2 ] && [ $r2 -eq 2 ] && [ $r3 -eq 2 ] && [ $r4 -eq 2 ] && grep -q 'broken.nt:1' "$tmp/cv.err"; then
  ok "check-vocab exits 2 on malformed input, a missing file, a missing ontology, no arguments"
else
  bad "check-vocab exit codes: malformed $r1, missing file $r2, missing ontology $r3, no args $r4 (want 2 each)"
fi

# --- 5. the output checks must be able to fail -------------------------------------------
R='http://newskg.org/id/role/r1'
P='http://newskg.org/id/position/p1'
cat >"$tmp/lintbad.nt" <<EOF
<$P> <$T> <${N}Position> .
<$P> <${N}organization> <http://newskg.org/id/org/o1> .
<$R> <$T> <${N}RoleAssignment> .
<$R> <${N}holder> <http://newskg.org/id/person/p1> .
<$R> <${N}holder> <http://newskg.org/id/person/p2> .
<$E> <$T> <${N}Meeting> .
<$E> <${N}date> "Sunday" .
<$E> <${N}dateText> "2019-13-45"^^<http://www.w3.org/2001/XMLSchema#date> .
<$E> <${N}timexType> "WEEK" .
<$E> <${N}agent> "someone" .
<$E> <${N}status> <${N}Meeting> .
EOF
python3 "$tmp/check.py" lint "$tmp/onto.nt" "$tmp/lintbad.nt" lintbad >"$tmp/py.out" 2>&1
for want in "p1 is both org:Role and org:Membership" "has 2 values of nkg:holder" \
            'nkg:date "Sunday" has datatype xsd:string' 'dateText "2019-13-45" has datatype xsd:date' \
            "timexType 'WEEK'" "nkg:agent has the literal 'someone'" "nkg:status nkg:Meeting is not"; do
  if grep -qF "$want" "$tmp/py.out"; then
    ok "output lint catches: $want"
  else
    bad "output lint misses: $want"; sed 's/^/    /' "$tmp/py.out"
  fi
done
python3 "$tmp/check.py" lint "$tmp/onto.nt" "$tmp/good.nt" good >"$tmp/py.out" 2>&1
if [ "$(grep -c '^ok ' "$tmp/py.out")" -eq 2 ] && ! grep -q '^FAIL' "$tmp/py.out"; then
  ok "output lint passes a well-formed graph"
else
  bad "output lint on a well-formed graph:"; sed 's/^/    /' "$tmp/py.out"
fi

# --- 6. the goldens' expected graphs (expected.nt, or expected.ttl) ------------------------
for exp in tests/golden/*/expected.nt tests/golden/*/expected.ttl; do
  [ -f "$exp" ] || continue
  name=$(basename "$(dirname "$exp")")
  src=$exp
  case $exp in
    *.ttl)
      src=$tmp/golden.nt
      if ! rapper -q -i turtle -o ntriples "$exp" >"$src" 2>"$tmp/golden.err"; then
        bad "golden $name: $(basename "$exp") does not parse"; continue
      fi ;;
  esac
  if "$CHECK" "$src" >"$tmp/cv.out" 2>&1; then
    ok "golden $name: every nkg: term of $(basename "$exp") is declared"
  else
    bad "golden $name: $(basename "$exp") uses undeclared terms:"; sed 's/^/    /' "$tmp/cv.out"
  fi
done

# --- 7. what newskg writes ------------------------------------------------------------------
if [ -x "$BUILD/newskg" ]; then
  i=0
  for input in articles/*.txt tests/golden/*/article.txt tests/golden/*/article.html; do
    [ -f "$input" ] || continue
    i=$((i + 1))
    args=""
    d=$(dirname "$input")
    [ -f "$d/args" ] && args=$(cat "$d/args")
    case $input in tests/golden/*) name="golden $(basename "$d")" ;; *) name=$input ;; esac
    # shellcheck disable=SC2086 # args holds several options
    if ! "$BUILD/newskg" $args -q -f ntriples "$input" >"$tmp/out$i.nt" 2>"$tmp/out$i.err"; then
      bad "newskg fails on $name:"; sed 's/^/    /' "$tmp/out$i.err"; continue
    fi
    if "$CHECK" -v "$tmp/out$i.nt" >"$tmp/cv.out" 2>"$tmp/cv.err"; then
      ok "$name: newskg uses only declared nkg: terms ($(sed 's/^check-vocab: //; s/ http[^ ]* terms/ nkg: terms/; s/;.*//' "$tmp/cv.err"))"
    else
      bad "$name: newskg uses terms the ontology does not declare:"; sed 's/^/    /' "$tmp/cv.out" "$tmp/cv.err"
    fi
    python3 "$tmp/check.py" lint "$tmp/onto.nt" "$tmp/out$i.nt" "$name" >"$tmp/py.out" 2>&1
    rc=$?
    tally "$tmp/py.out"
    if [ $rc -ne 0 ] && ! grep -q '^FAIL ' "$tmp/py.out"; then bad "$name: output lint crashed (exit $rc)"; fi
  done
else
  echo "skip: $BUILD/newskg is not built; its output is not checked"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
