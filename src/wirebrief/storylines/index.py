"""Online storyline assignment: each arriving article joins an active storyline or opens a new one.

One pass, no re-clustering. An article (its headline, or headline and lede) is represented by

- what identifies its event: a TF-IDF vector over its stemmed content words, names and numbers
  included (IDF learned online from the stream);
- what it means: a dense vector, the mean of static token embeddings distilled once from
  all-MiniLM-L6-v2 with model2vec (`data/storyline_embeddings/`, `scripts/distill_embeddings.py`),
  centred on the mean of news text (the packaged `news_mean.npy` at first, the stream's own mean
  as it grows) so that "news in general" does not count as likeness.

Per storyline the index keeps time-decayed sums of both, and an inverted index term → active
storylines. An arriving article:

1. looks up candidate storylines through the inverted index, rarest terms first, at most
   `per_term` storylines per term (most recently updated first) and `max_candidates` in all;
2. scores each: a weighted sum of word cosine and meaning cosine, times a slow recency (halving
   every `half_life_days` after `grace_hours` of silence); a candidate below either cosine's floor
   is not scored. Headlines and full text are told apart by length (`full_text_terms`) and each
   has its own settings (see the constants): a headline is short, so words decide and a burst
   prior helps; a full-text article carries many words, so both kinds of evidence must agree, and
   the bar it must reach is high within the hours after a storyline's last article and lower a day
   or a week later (`_bar`): two reports of one event in the same hours say the same things, while
   a development comes later and shares the names, not the facts. A full-text article must also
   bring enough evidence of the storyline's event (`_same_event`): the names and numbers both give,
   weighted by how specific each is (1 / storylines naming it) and by where (headline and first
   sentence over a passing mention), plus their word and meaning cosines, and, next to a shared
   name, how alike the kinds of event their headlines tell are (blaze ~ fire, by the static token
   vectors). One shared name (a club, a minister, a company) is a topic, and the same topic's next
   story is not the event;
3. joins the best candidate if it clears the bar, else opens a new storyline;
4. merges that storyline with another of its best candidates when their centroids have become
   close and one of the two is a fragment of at most `merge_max_size` articles. The younger
   storyline folds into the older; `resolve` maps a merged-away id to the survivor (union-find),
   so earlier assignments follow the merge.

Storylines silent for longer than `window_days` are expired: removed from the inverted index
and from memory, so they are never reopened and never compared against again. That is also
what keeps the cost per article flat on an endless stream.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from ..dates import MONTH_NAMES, WEEKDAY_NAMES
from ..models import content_id
from ..text import NON_FINAL_ABBREVIATIONS, STOPWORDS, WORD_RE, stem, terms

DAY_S = 86400.0
EMBEDDINGS = Path(__file__).resolve().parent / "data" / "storyline_embeddings"

# Two regimes, each tuned on its own development data and reported on data it was not tuned on
# (`wirebrief eval storylines`, evaluation/storylines.py):
# - headlines (fewer than FULL_TEXT_TERMS content words): the tune half of the UCI dev stories (even
#   story-id hash). Word cosine decides (SPARSE_WEIGHT 1.0); the meaning cosine only vetoes
#   (MEANING_FLOOR); headlines of one story come in bursts (BURST_*). A busy storyline drawing more
#   (POPULARITY, the rich-get-richer prior with forgetting of MStreamF, Yin et al. 2018) is off: it
#   helps a storyline of one day's markets swallow the next same-topic story (tune-il BCubed F1 0.859
#   at 0.2, 0.875 at 0). Also measured on tune / tune-il and left out, no gain: the best single
#   member's cosine blended into the word score, average link for headlines, IDF over a decayed window;
# - full text (headline and lede, what `wirebrief ingest` assigns): the multi-day development set
#   (tests/data/storylines_dev.jsonl). Words and meaning both count and both must pass a floor; the
#   bar to join is higher within the hours after a storyline's last article than a day or a week
#   later (see `_bar`), and the score to a storyline shades towards the mean similarity to its
#   members (LINK), so a drifting storyline does not swallow a topic.
THRESHOLD = 0.14
SPARSE_WEIGHT = 0.9
MEANING_FLOOR = 0.1
WORDS_FLOOR = 0.0  # word cosine below which a candidate is not joined, however close in meaning
BURST_FLOOR = 0.3
BURST_HALF_LIFE_HOURS = 3.0
POPULARITY = 0.0  # see above: 0.2 measured worse on tune-il
MERGE_THRESHOLD = 0.15  # 0 turns merging off
FULL_TEXT_TERMS = 20  # content words from which an article counts as full text (see `_bar`)
FULL_SPARSE_WEIGHT = 0.5
NAME_WEIGHT = 1.0  # full text: weight of names and numbers (2.0 measured worse on the multi-day set)
FULL_WORDS_FLOOR = 0.2
FULL_MEANING_FLOOR = 0.4
FAR_THRESHOLD = 0.3
NEAR_THRESHOLD = 0.7
NEAR_HOURS = 12.0
# Full text, the event evidence (`_same_event`), chosen on the multi-day set (pairs right / wrong / missed;
# the rule before, two shared names of any kind: 29 / 4 / 2). Specificity 1 / storylines naming it:
# 29 / 2 / 2 (MIN_EVIDENCE 2.0, WORDS 2.0, MEANING 0.5; 31 / 3 / 0 at MEANING 1.0, 22 / 2 / 9 at
# MIN_EVIDENCE 2.25). Measured and left: a log-scaled IDF over articles (50 prior articles; best 29 / 3 / 2),
# the same over storylines (29 / 3 / 2), names alone without the cosines (at best 29 / 4 / 2 or 17 / 1 / 14).
# With 15 more hand-written rows in the set (arrest -> charge -> court, bid -> agreed, a live blog, a
# governor's two matters, each among same-topic distractors) the same settings stay best: 34 / 2 / 5
# (rule before: 35 / 5 / 4; 36 / 3 / 3 at MEANING 1.0). Missed: a live blog's terse updates (words
# below the floor), the Nepal reports datelined from two countries. Tried and left: the low bar of a
# development for an update of the same hours with strong evidence (no change at any level).
MIN_EVIDENCE = 2.0  # full text: event evidence to reach to join a storyline; 0 turns the check off
WORDS_EVIDENCE = 2.0  # full text: weight of the word cosine (the facts told) in the event evidence
MEANING_EVIDENCE = 0.5  # full text: weight of the meaning cosine (title and lede) in the event evidence
# Follow-ups a day or a week later (issue 13) were measured on the multi-day set and left out, each
# adding wrong pairs or gaining nothing that held on the unseen sets: less evidence needed after the same
# hours for a development naming in its lede a place or number only this storyline names (36 / 2 / 3
# against 34 / 2 / 5, but 14 / 3 / 3 on the first unseen set: Volvo's recall joined its new car); numbers
# and places weighed double (37 / 3 / 2: "in the Premier League" read as a place joined two Aston Villa
# stories); the lower-case words both leads share as evidence (39 / 6 / 8 on the set grown to 37 / 3 / 10);
# the meaning cosine weighing more with the gap (40 / 7 / 7). What the missed follow-ups share is the
# event's noun (strike and walkout, blaze and fire), not its names. Hence the event's kind (`_event_kind`): the
# headline's words that are not names, matched to the storyline's by the packaged static token vectors (the same
# stem 1.0, else the cosine from EVENT_SIMILARITY; blaze ~ fire 0.43, but strike ~ walkout 0.28 = strike ~ match:
# 64 dimensions tell kinds apart weakly), IDF-weighted and averaged, added times EVENT_EVIDENCE where a name is
# shared and the kind reaches EVENT_FLOOR. Multi-day set, 37 / 3 / 10 without: 39 / 3 / 8 (the Lyon toll, the
# Swindon fire's cause join); floor 0.25 or similarity 0.45 the same; floor 0.1-0.15: 41 / 4 / 6 (two Aston Villa
# pieces of one week); no floor 41 / 4 / 6; weight 1.5: 38 / 3 / 9, 2.5: 39 / 4 / 8; the headline and first
# sentence's words: 39 / 6 / 8 (41 / 7 / 6 without floor); 1 / storylines in place of IDF, or a plain sum: no better
# (39 / 3 / 8 .. 43 / 10 / 4); the words of multi-word capitalised runs left out too ("Harlow Rovers" opening a
# sentence): 39 / 4 / 8. EVENT_NAMES from 0 to 0.6: 39 / 3 / 8 throughout; 0.5 is kept because with any shared name
# (0) a club's women's manager leaving joins its men's manager's sacking (one name of three storylines, 0.33, and
# the same kind: manager, league; `test_one_shared_name_is_a_topic_not_an_event`): the kind counts only next to more
# than one half-specific name. Sets not tuned on, without -> with (EVENT_NAMES 0.5; at 0 in brackets): unseen
# 14 / 1 / 3 -> 16 / 1 / 1 (16 / 1 / 1), unseen-2 13 / 0 / 14 -> 14 / 0 / 13 (17 / 0 / 10), unseen-3 11 / 1 / 8 ->
# 14 / 1 / 5 (14 / 1 / 5), unseen-4 (written before any run) 9 / 3 / 7 -> 9 / 3 / 7 (12 / 3 / 4); seeds right,
# cnndm_dev 0 wrong.
EVENT_EVIDENCE = 2.0  # full text: weight of the event's kind (`_event_kind`), counted only next to a shared name; 0: off
EVENT_FLOOR = 0.2  # full text: event kind below which it does not count at all
EVENT_NAMES = 0.5  # full text: name evidence (`_evidence`) above which the event kind may count (see `_same_event`)
EVENT_SIMILARITY = 0.35  # token-vector cosine from which two event words count as one kind (blaze ~ fire 0.43)
PASSING_WEIGHT = 0.5  # full text: a name outside the headline and first sentence, as evidence (1.0: one more wrong pair)
LINK = 1.0  # full text; 0: cosine to the centroid; 1: mean similarity to the members (see `_spread`)
HALF_LIFE_DAYS = 30.0  # both: the slow decay after GRACE_HOURS of silence
GRACE_HOURS = 24.0
WINDOW_DAYS = 14.0
MAX_CANDIDATES = 200
PER_TERM = 60
ENTITY_WEIGHT = 1.5
MERGE_CANDIDATES = 3
MERGE_MAX_SIZE = 20
MAX_EMBEDDED_WORDS = 200
MEAN_PRIOR = 50.0  # articles: until the stream has shown this many, vectors are centred on mostly the packaged news mean


@dataclass(frozen=True)
class Assignment:
    """Where one article went."""

    item_id: str
    storyline_id: str
    created: bool  # True: the article opened this storyline
    score: float  # best candidate's score (0.0 when there was none)


@dataclass
class _Story:
    id: str
    title: str
    first_seen: float  # epoch seconds
    last_seen: float
    slot: int  # row of the index's meaning matrix
    size: int = 0
    activity: float = 0.0  # article count decayed with the burst half-life, as of `last_seen`
    weights: dict[str, float] = field(default_factory=dict)  # word centroid × `scale`
    norm2: float = 0.0  # squared norm of `weights`
    scale: float = 1.0  # growth factor that stands in for decaying older members
    mass: float = 0.0  # sum of the members' decayed weights (× `scale`), for average link
    names: set[str] = field(default_factory=set)  # full text: stems of the members' names and numbers (`_marks`)
    capitals: set[str] = field(default_factory=set)  # full text: stems of every capitalised word of the members
    lead: set[str] = field(default_factory=set)  # full text: stems of the members' names in a headline or first sentence
    kinds: dict[str, np.ndarray] = field(default_factory=dict)  # full text: the members' event words (`_Marks.kinds`)

    def norm(self) -> float:
        return math.sqrt(self.norm2)


class Embedder:
    """Static token embeddings (model2vec) loaded from the package: a text's vector is the mean
    of its tokens' rows. Nothing is fetched: the files ship in `EMBEDDINGS`."""

    def __init__(self, path: Path = EMBEDDINGS) -> None:
        from model2vec import StaticModel

        model = StaticModel.from_pretrained(str(path))
        self.table = np.asarray(model.embedding, dtype=np.float32)
        self.tokenizer = model.tokenizer
        self.dim = self.table.shape[1]
        self.unknown = model.tokenizer.token_to_id("[UNK]")
        news_mean = path / "news_mean.npy"
        self.news_mean = np.load(news_mean).astype(np.float32) if news_mean.is_file() else np.zeros(self.dim, np.float32)

    def __call__(self, text: str) -> np.ndarray:
        chunk_ids = self._chunk_ids
        ids = [i for chunk in text.split()[:MAX_EMBEDDED_WORDS] for i in chunk_ids(chunk)]
        if not ids:
            return np.zeros(self.dim, dtype=np.float32)
        return np.add.reduce(self.table[ids], axis=0) * (1.0 / len(ids))

    @functools.lru_cache(maxsize=1 << 16)  # noqa: B019  (one embedder per process; words repeat)
    def word_vector(self, word: str) -> np.ndarray | None:
        """One word's static vector (the mean of its tokens' rows), unit length; None when it has no known token."""
        ids = self._chunk_ids(word)
        if not ids:
            return None
        vector = self.table[list(ids)].mean(axis=0)
        norm = float(np.sqrt(vector @ vector))
        return vector / norm if norm else None

    @functools.lru_cache(maxsize=1 << 17)  # noqa: B019  (one embedder per process; words repeat)
    def _chunk_ids(self, chunk: str) -> tuple[int, ...]:
        """Token ids of one whitespace-separated chunk: BERT's pre-tokenizer splits at whitespace
        before anything else, so tokenising chunk by chunk gives the ids of the whole text."""
        return tuple(i for i in self.tokenizer.encode(chunk, add_special_tokens=False).ids if i != self.unknown)


@functools.lru_cache(maxsize=1)
def embedder() -> Embedder:
    """The packaged embeddings, loaded once per process."""
    return Embedder()


class StorylineIndex:
    """The online assigner. `add` one article at a time, in (roughly) publication order."""

    def __init__(
        self,
        *,
        threshold: float = THRESHOLD,
        sparse_weight: float = SPARSE_WEIGHT,
        meaning_floor: float = MEANING_FLOOR,
        words_floor: float = WORDS_FLOOR,
        link: float = LINK,
        min_evidence: float = MIN_EVIDENCE,
        passing_weight: float = PASSING_WEIGHT,
        words_evidence: float = WORDS_EVIDENCE,
        meaning_evidence: float = MEANING_EVIDENCE,
        event_evidence: float = EVENT_EVIDENCE,
        event_similarity: float = EVENT_SIMILARITY,
        event_floor: float = EVENT_FLOOR,
        event_names: float = EVENT_NAMES,
        full_text_terms: int = FULL_TEXT_TERMS,
        full_sparse_weight: float = FULL_SPARSE_WEIGHT,
        full_words_floor: float = FULL_WORDS_FLOOR,
        full_meaning_floor: float = FULL_MEANING_FLOOR,
        far_threshold: float = FAR_THRESHOLD,
        near_threshold: float = NEAR_THRESHOLD,
        near_hours: float = NEAR_HOURS,
        name_weight: float = NAME_WEIGHT,
        half_life_days: float = HALF_LIFE_DAYS,
        grace_hours: float = GRACE_HOURS,
        burst_floor: float = BURST_FLOOR,
        burst_half_life_hours: float = BURST_HALF_LIFE_HOURS,
        popularity: float = POPULARITY,
        window_days: float = WINDOW_DAYS,
        max_candidates: int = MAX_CANDIDATES,
        per_term: int = PER_TERM,
        entity_weight: float = ENTITY_WEIGHT,
        merge_threshold: float = MERGE_THRESHOLD,
        merge_candidates: int = MERGE_CANDIDATES,
        merge_max_size: int = MERGE_MAX_SIZE,
        embed: Embedder | None = None,
    ) -> None:
        self.threshold = threshold
        self.sparse_weight = sparse_weight
        self.meaning_floor = meaning_floor
        self.words_floor = words_floor
        self.link = link
        self.min_evidence = min_evidence
        self.passing_weight = passing_weight
        self.words_evidence = words_evidence
        self.meaning_evidence = meaning_evidence
        self.event_evidence = event_evidence
        self.event_similarity = event_similarity
        self.event_floor = event_floor
        self.event_names = event_names
        self.storyline_df: Counter[str] = Counter()  # full text: storylines naming each stem (`_specificity`)
        self._marks: _Marks | None = None  # the full-text article being assigned: its names (see `_same_event`)
        self.full_text_terms = full_text_terms
        self.full_sparse_weight = full_sparse_weight
        self.full_words_floor = full_words_floor
        self.full_meaning_floor = full_meaning_floor
        self.far_threshold = far_threshold
        self.near_threshold = near_threshold
        self.near_s = near_hours * 3600.0
        self._full_text = False  # the article being assigned is full text (see `_bar`)
        self.name_weight = name_weight
        self.half_life_s = half_life_days * DAY_S
        self.grace_s = grace_hours * 3600.0
        self.burst_floor = burst_floor
        self.burst_half_life_s = burst_half_life_hours * 3600.0
        self.popularity = popularity
        self.window_s = window_days * DAY_S
        self.max_candidates = max_candidates
        self.per_term = per_term
        self.entity_weight = entity_weight
        self.merge_threshold = merge_threshold
        self.merge_candidates = merge_candidates
        self.merge_max_size = merge_max_size
        self.embed = embed or embedder()
        self.merged_into: dict[str, str] = {}  # union-find parent of every merged-away storyline
        self.merges = 0
        self.df: Counter[str] = Counter()  # document frequency of every term seen
        self.n_docs = 0
        self.now = -math.inf  # latest publication time seen (epoch seconds)
        self.active: dict[str, _Story] = {}  # insertion order = least recently updated first
        self.postings: dict[str, dict[str, None]] = {}  # term → storyline ids, most recent last
        self.comparisons = 0  # candidates scored so far (instrumentation)
        self.compared_ids: set[str] | None = None  # when a set: every storyline id ever scored
        self.expired = 0
        dim = self.embed.dim
        self.mean = np.zeros(dim, dtype=np.float32)  # running mean of the articles' meaning vectors
        self.meaning = np.zeros((64, dim), dtype=np.float32)  # row `slot`: a storyline's decayed meaning sum
        self.free_slots: list[int] = list(range(63, -1, -1))
        self.mean_prior = MEAN_PRIOR

    # --- public -------------------------------------------------------------------------

    def add(self, item_id: str, text: str, published: datetime, entities: Iterable[str] = ()) -> Assignment:
        """Assign one article (its title, or title and lede) and update the index."""
        moment = _epoch(published)
        self._advance(moment)
        features = self._features(text, entities)
        self._learn(features)
        vector = self._vector(features)
        meaning = self._meaning(text)
        self._full_text = len(features) >= self.full_text_terms
        self._marks = self._with_kinds(_marks(text), text) if self._full_text and self.min_evidence else None
        ranked = self._ranked(vector, meaning, moment)
        best, score = ranked[0] if ranked else (None, 0.0)
        if best is not None and score >= 1.0:
            self._join(best, vector, meaning, moment, self._marks)
            story = self._merge_near(best, ranked)
            return Assignment(item_id, story.id, False, score)
        opened = self._open(content_id("storyline", item_id), _title(text), moment)
        self._join(opened, vector, meaning, moment, self._marks)
        story = self._merge_near(opened, ranked)
        return Assignment(item_id, story.id, story is opened, score)

    def restore(self, storyline_id: str, title: str, text: str, published: datetime, entities: Iterable[str] = ()) -> None:
        """Put back an article already assigned to `storyline_id` (rebuilding state after a restart)."""
        moment = _epoch(published)
        self._advance(moment)
        features = self._features(text, entities)
        self._learn(features)
        storyline_id = self.resolve(storyline_id)
        story = self.active.get(storyline_id) or self._open(storyline_id, title, moment)
        marks = self._with_kinds(_marks(text), text) if len(features) >= self.full_text_terms and self.min_evidence else None
        self._join(story, self._vector(features), self._meaning(text), moment, marks)

    def is_active(self, storyline_id: str) -> bool:
        return self.resolve(storyline_id) in self.active

    def resolve(self, storyline_id: str) -> str:
        """The storyline `storyline_id` ended up in: itself, or the one it was merged into (union-find)."""
        parent = self.merged_into
        root = storyline_id
        while root in parent:
            root = parent[root]
        while storyline_id != root:  # path compression
            parent[storyline_id], storyline_id = root, parent[storyline_id]
        return root

    # --- features -----------------------------------------------------------------------

    def _features(self, text: str, entities: Iterable[str]) -> Counter[str]:
        """Stemmed content words; in full text, names and numbers count `name_weight` times."""
        features = Counter(terms(text))
        if self.name_weight != 1.0 and len(features) >= self.full_text_terms:
            for word in _names(text):
                if word in features:
                    features[word] = features[word] * self.name_weight
        for entity in entities:
            key = "~" + " ".join(entity.lower().split())
            features[key] = max(features[key], 1)
        return features

    def _learn(self, features: Counter[str]) -> None:
        self.n_docs += 1
        self.df.update(features.keys())

    def _specificity(self, stem: str) -> float:
        """How specific a name or number is to one event: 1 over the number of storylines seen so far
        that name it (an inverse document frequency with storylines as the documents, undamped). A
        name of one storyline (the defendant, the flight number, the sum of a bid) weighs 1; a club,
        a minister or a country that several storylines name weighs a half, a third... Storylines, not
        articles, are counted: ten reports of one trial make its defendant no less specific.
        (A log-scaled IDF over articles or storylines was measured too, see `MIN_EVIDENCE`.)"""
        return 1.0 / max(self.storyline_df[stem], 1)

    def _idf(self, term: str) -> float:
        return math.log((1 + self.n_docs) / (1 + self.df[term])) + 1.0

    def _vector(self, features: Counter[str]) -> dict[str, float]:
        """Unit-length TF-IDF vector (sublinear tf; entities weighted up)."""
        vector = {}
        for term, tf in features.items():
            weight = (1.0 + math.log(tf)) * self._idf(term) if tf >= 1 else tf * self._idf(term)
            vector[term] = weight * self.entity_weight if term.startswith("~") else weight
        norm = math.sqrt(sum(w * w for w in vector.values()))
        return {t: w / norm for t, w in vector.items()} if norm else {}

    def _meaning(self, text: str) -> np.ndarray:
        """The text's meaning vector, centred on the running mean of the stream's, unit length."""
        raw = self.embed(text)
        self.mean += (raw - self.mean) / self.n_docs  # `_learn` counted this article already
        trust = self.n_docs / (self.n_docs + self.mean_prior)  # the stream's own mean takes over as it grows
        centred = raw - (trust * self.mean + (1.0 - trust) * self.embed.news_mean)
        norm = math.sqrt(float(centred @ centred))
        return centred / norm if norm else centred

    # --- candidates and scores ----------------------------------------------------------

    def _candidates(self, vector: dict[str, float]) -> list[_Story]:
        """Active storylines sharing a term with `vector`: rarest terms first, capped."""
        found: dict[str, None] = {}
        for term in sorted(vector, key=self.df.__getitem__):
            posting = self.postings.get(term)
            if not posting:
                continue
            for taken, story_id in enumerate(reversed(posting)):
                if taken >= self.per_term:
                    break
                found[story_id] = None
            if len(found) >= self.max_candidates:
                break
        return [self.active[story_id] for story_id in list(found)[: self.max_candidates]]

    def _ranked(self, vector: dict[str, float], meaning: np.ndarray, moment: float) -> list[tuple[_Story, float]]:
        """The best-scoring candidates (at most `merge_candidates` + 1), best first."""
        candidates = self._candidates(vector)
        if not candidates:
            return []
        self.comparisons += len(candidates)
        if self.compared_ids is not None:
            self.compared_ids.update(story.id for story in candidates)
        rows = self.meaning[[story.slot for story in candidates]]
        norms = np.sqrt(np.einsum("ij,ij->i", rows, rows))
        norms[norms == 0] = 1.0
        if self._full_text and self.link:
            norms = self._spread(norms, np.array([story.mass / story.scale for story in candidates], dtype=np.float32))
        meanings = (rows @ meaning / norms).tolist()
        scored: list[tuple[_Story, float]] = []
        words_floor, meaning_floor = self._floors()
        for story, dense in zip(candidates, meanings):
            if dense < meaning_floor or not story.norm2:
                continue
            weights = story.weights
            cosine = sum(w * weights.get(t, 0.0) for t, w in vector.items()) / self._spread(story.norm(), story.mass)
            # how far the article lies from the storyline's span: an article published before the
            # storyline's first one (a report that arrives late) is that far from it, not "just now"
            gap = moment - story.last_seen if moment >= story.first_seen else story.first_seen - moment
            if cosine < words_floor or not self._same_event(story, cosine, dense):
                continue
            score = self._combine(cosine, dense) * self._recency(gap) / self._bar(gap)
            if self.popularity and not self._full_text:
                score *= 1.0 + self.popularity * math.log1p(story.activity * _halve(max(gap, 0.0), self.burst_half_life_s))
            if score > 0.0:
                scored.append((story, score))
        # ties keep candidate order (as sorted(reverse=True) does), so the first best wins
        return heapq.nlargest(max(self.merge_candidates, 0) + 1, scored, key=_second)

    def _spread(self, norm, mass):
        """What a dot product with a storyline's sum of member vectors is divided by: its norm
        (cosine to the centroid) shaded towards its mass (the mean similarity to its members, average
        link) by `link`. The norm of a sum of unrelated members is small, so cosine to the centroid
        flatters a storyline that has drifted over many topics; the average does not."""
        link = self.link if self._full_text else 0.0
        if not link:
            return norm
        return norm ** (1.0 - link) * np.maximum(mass, norm) ** link

    def _same_event(self, story: _Story, words: float, meaning: float) -> bool:
        """Whether the full-text article being assigned reports `story`'s event: the names and numbers
        they share (`_evidence`), plus `words_evidence` times their word cosine (`words`, the facts
        told) and `meaning_evidence` times their meaning cosine (`meaning`, of title and lede), reach
        `min_evidence`; where they fall short and a name is shared, `event_evidence` times the likeness of
        the kind of event (`_event_kind`: a fire's cause told days later calls the blaze a fire) may make
        up the rest. Headlines are not checked (a headline carries one or two names), nor is a
        storyline of headlines only."""
        if self._marks is None or not self._full_text or not story.capitals or not self.min_evidence:
            return True
        likeness = self.words_evidence * words + self.meaning_evidence * meaning
        names = self._evidence(story)
        if names + likeness >= self.min_evidence:
            return True
        if not self.event_evidence or names <= self.event_names:  # the kind alone is a topic (another fire, another match)
            return False
        kind = self._event_kind(story)
        return kind >= self.event_floor and names + likeness + self.event_evidence * kind >= self.min_evidence

    def _with_kinds(self, marks: _Marks, text: str) -> _Marks:
        """`marks` with the article's event words and their token vectors (see `_event_kind`)."""
        if not self.event_evidence:
            return marks
        kinds = {}
        for word in _event_words(text, marks.names):
            vector = self.embed.word_vector(word)
            if vector is not None:
                kinds.setdefault(stem(word), vector)
        return replace(marks, kinds=kinds)

    def _event_kind(self, story: _Story) -> float:
        """How far the article's event words (`_event_words`: the words of its headline that are not
        names) are of the kind of `story`'s: each word's best cosine of static token vectors to one of
        the storyline's event words (blaze ~ fire 0.43, crash ~ collision 0.38; the same stem 1.0), kept
        from `event_similarity`, weighted by how specific the word is in the stream (its IDF) and
        averaged over the article's event words. Counts only next to a shared name and from
        `event_floor` (`_same_event`): an event's kind alone (another fire, another match) is not its event."""
        marks = self._marks
        if marks is None or not marks.kinds or not story.kinds:
            return 0.0
        words = list(marks.kinds)
        theirs = np.stack(list(story.kinds.values()))
        best = (np.stack([marks.kinds[w] for w in words]) @ theirs.T).max(axis=1)
        total = matched = 0.0
        for word, cosine in zip(words, best.tolist()):
            weight = self._idf(word)
            total += weight
            if word in story.kinds:
                matched += weight
            elif cosine >= self.event_similarity:
                matched += weight * cosine
        return matched / total if total else 0.0

    def _evidence(self, story: _Story) -> float:
        """How much of what identifies an event the article being assigned shares with `story`: the
        names and numbers both give, each counted once (a run of capitalised words, "Aston Villa",
        "Prime Minister", is one name), weighted by how specific it is (`_specificity`, the most specific
        stem of the run) and by where each side has it: in a headline or first sentence, which say what
        the event is, 1.0 each; further on, mentioned in passing, `passing_weight` each. One shared name
        is a topic (a club, a minister, a company: the same club's next match, the same minister's other
        row); an event's reports share its specific participants, places and figures. A name need be
        marked as one in only one of the two (a sentence's first word is capitalised anyway, so "Polish
        farmers ..." at the start counts when the storyline writes "... by Polish farmers")."""
        marks = self._marks
        assert marks is not None
        shared: list[frozenset[str]] = []
        evidence = 0.0
        for run in marks.runs:
            found = frozenset(s for s in run if (s in marks.names and s in story.capitals) or s in story.names)
            if not found or any(found & seen for seen in shared):
                continue
            shared.append(found)
            place = (1.0 if found & marks.lead else self.passing_weight) * (1.0 if found & story.lead else self.passing_weight)
            specificity = max(self._specificity(s) for s in found)
            evidence += place * specificity
        return evidence

    def _floors(self) -> tuple[float, float]:
        """Word and meaning cosines below which a candidate is not considered."""
        if self._full_text:
            return self.full_words_floor, self.full_meaning_floor
        return self.words_floor, self.meaning_floor

    def _bar(self, gap_s: float) -> float:
        """The score an article needs to join a storyline last updated `gap_s` ago.

        A headline: `threshold`. A full-text article (headline and lede, `full_text_terms` content
        words or more): `far_threshold`, raised towards `near_threshold` for a storyline updated
        within the last hours (by `near_hours` half-life). Two full reports of one event written the
        same hour tell the same facts in the same names, and score high; a report of the same hour
        that only resembles a storyline is a parallel story of the same topic (another match of the
        same league day, another speech of the same campaign). A development a day or a week later
        shares the names but not the facts, and needs only `far_threshold`."""
        if not self._full_text:
            return self.threshold
        near = _halve(max(gap_s, 0.0), self.near_s)
        return self.far_threshold + (self.near_threshold - self.far_threshold) * near

    def _combine(self, words: float, meaning: float) -> float:
        weight = self.full_sparse_weight if self._full_text else self.sparse_weight
        return weight * words + (1.0 - weight) * meaning

    def _recency(self, gap_s: float) -> float:
        """1.0 within the grace period, then halving every `half_life_days`; for headlines, times a
        burst part (`burst_floor`, `burst_half_life_hours`): headlines of one story come in bursts."""
        gap_s = max(gap_s, 0.0)
        if self._full_text:
            return _halve(max(gap_s - self.grace_s, 0.0), self.half_life_s)
        burst = self.burst_floor + (1.0 - self.burst_floor) * _halve(gap_s, self.burst_half_life_s)
        return burst * _halve(max(gap_s - self.grace_s, 0.0), self.half_life_s)

    # --- updating -----------------------------------------------------------------------

    def _open(self, storyline_id: str, title: str, moment: float) -> _Story:
        if not self.free_slots:
            grown = np.zeros((len(self.meaning) * 2, self.meaning.shape[1]), dtype=np.float32)
            grown[: len(self.meaning)] = self.meaning
            self.free_slots = list(range(len(grown) - 1, len(self.meaning) - 1, -1))
            self.meaning = grown
        slot = self.free_slots.pop()
        self.meaning[slot] = 0.0
        story = _Story(storyline_id, title, moment, moment, slot)
        self.active[storyline_id] = story
        return story

    def _join(self, story: _Story, vector: dict[str, float], meaning: np.ndarray, moment: float, marks: _Marks | None = None) -> None:
        """Add a member to the centroids: newer members weigh more (exponential decay by age)."""
        if marks is not None:
            self.storyline_df.update(marks.capitals - story.capitals)
            story.names |= marks.names
            story.capitals |= marks.capitals
            story.lead |= marks.lead
            story.kinds.update(marks.kinds)
        if story.size and self.half_life_s > 0 and moment > story.last_seen:
            growth = 2.0 ** ((moment - story.last_seen) / self.half_life_s)
            story.scale *= growth
            self.meaning[story.slot] /= growth
            if story.scale > 1e50:  # renormalise before floats overflow
                story.weights = {t: w / story.scale for t, w in story.weights.items()}
                story.norm2 /= story.scale * story.scale
                story.mass /= story.scale
                story.scale = 1.0
        self.meaning[story.slot] += meaning
        story.mass += story.scale
        weights = story.weights
        for term, w in vector.items():
            old = weights.get(term, 0.0)
            new = old + w * story.scale
            weights[term] = new
            story.norm2 += new * new - old * old
            posting = self.postings.setdefault(term, {})
            posting.pop(story.id, None)
            posting[story.id] = None  # most recently updated last
        story.activity = story.activity * _halve(max(moment - story.last_seen, 0.0), self.burst_half_life_s) + 1.0
        story.size += 1
        if moment > story.last_seen:
            story.last_seen = moment
        self.active.pop(story.id)
        self.active[story.id] = story

    # --- merging ------------------------------------------------------------------------

    def _merge_near(self, story: _Story, ranked: list[tuple[_Story, float]]) -> _Story:
        """After `story` took an article, merge it with the article's other best candidates whose
        centroids are now close to its own (the join score between the two centroids, recency of
        the gap between their last articles ≥ `merge_threshold`), provided one of the two is still
        a fragment (at most `merge_max_size` articles): single-pass assignment splits a story when
        its first headlines share few words, and a later article that resembles both mends the
        split. Two established storylines are never merged. Returns the survivor."""
        if self.merge_threshold <= 0.0:
            return story
        for other, _ in ranked:
            if other is story or other.id not in self.active or story.id not in self.active:
                continue
            if min(story.size, other.size) > self.merge_max_size:
                continue
            # `other` is one of the article's candidates, so the article reports its event too (`_same_event`)
            words_floor, meaning_floor = self._floors()
            dense = self._meaning_cosine(story, other)
            if dense < meaning_floor:
                continue
            words = _centroid_cosine(story, other)
            if words < words_floor:
                continue
            similarity = self._combine(words, dense)
            gap = abs(story.last_seen - other.last_seen)
            bar = self._bar(gap) * (1.0 if self._full_text else self.merge_threshold / self.threshold)
            if similarity * self._recency(gap) >= bar:
                story = self._merge(story, other)
        return story

    def _meaning_cosine(self, a: _Story, b: _Story) -> float:
        x, y = self.meaning[a.slot], self.meaning[b.slot]
        norms = math.sqrt(float(x @ x) * float(y @ y))
        return float(x @ y) / norms if norms else 0.0

    def _merge(self, a: _Story, b: _Story) -> _Story:
        """Fold the younger of two storylines into the older one (centroids added, each decayed to
        the later of their last articles); the younger's id now resolves to the older (`resolve`)."""
        keep, gone = (a, b) if (a.first_seen, a.id) <= (b.first_seen, b.id) else (b, a)
        last = max(keep.last_seen, gone.last_seen)
        weights: dict[str, float] = {}
        meaning = np.zeros_like(self.mean)
        for story in (keep, gone):
            decay = _halve(last - story.last_seen, self.half_life_s)
            factor = decay / story.scale
            for term, w in story.weights.items():
                weights[term] = weights.get(term, 0.0) + w * factor
            meaning += self.meaning[story.slot] * decay
        self.meaning[keep.slot] = meaning
        keep.activity = sum(s.activity * _halve(last - s.last_seen, self.burst_half_life_s) for s in (keep, gone))
        keep.weights = weights
        keep.norm2 = sum(w * w for w in weights.values())
        keep.scale = 1.0
        keep.size += gone.size
        keep.names |= gone.names
        self.storyline_df.update(gone.capitals - keep.capitals)  # `_drop(gone)` takes gone's own count off
        keep.capitals |= gone.capitals
        keep.lead |= gone.lead
        keep.kinds.update(gone.kinds)
        keep.first_seen = min(keep.first_seen, gone.first_seen)
        keep.last_seen = last
        self._drop(gone)
        for term in gone.weights:
            posting = self.postings.get(term)
            if posting is not None:
                posting.pop(keep.id, None)
                posting[keep.id] = None
        self.active.pop(keep.id)
        self.active[keep.id] = keep
        self.merged_into[gone.id] = keep.id
        self.merges += 1
        return keep

    def _advance(self, moment: float) -> None:
        """Move the clock forward and expire storylines silent for longer than the window."""
        if moment <= self.now:
            return
        self.now = moment
        horizon = moment - self.window_s
        while self.active:
            story = next(iter(self.active.values()))
            if story.last_seen >= horizon:
                break
            self._drop(story)
            self.expired += 1

    def _drop(self, story: _Story) -> None:
        """Take a storyline out of memory, of the inverted index and of the count of storylines naming
        each name (expired, or merged away): specificity is counted over the storylines in memory, so a
        restarted index, rebuilt from the articles of its window, counts the same."""
        del self.active[story.id]
        for name in story.capitals:
            left = self.storyline_df[name] - 1
            if left > 0:
                self.storyline_df[name] = left
            else:
                del self.storyline_df[name]
        self.free_slots.append(story.slot)
        for term in story.weights:
            posting = self.postings.get(term)
            if posting is not None:
                posting.pop(story.id, None)
                if not posting:
                    del self.postings[term]


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘’()\[\]\n]\s*|\s[-–—]\s)$")


def _prose_lines(text: str) -> Iterator[tuple[str, list[re.Match[str]]]]:
    """Each line with its words, but for lines written in title case (most words capitalised, as many
    headlines are), whose capitals tell nothing."""
    for line in text.split("\n"):
        words = list(WORD_RE.finditer(line))
        capitalised = [w for w in words if w.group()[0].isupper()]
        if not (len(words) >= 4 and len(capitalised) > 0.6 * len(words)):
            yield line, words


def _names(text: str) -> set[str]:
    """Stems of the words that read as names or numbers: capitalised inside a sentence (so not
    merely the sentence's first word), or made of digits. A line written in title case (most
    words capitalised, as many headlines are) tells nothing and is skipped."""
    found: set[str] = set()
    for line, words in _prose_lines(text):
        for match in words:
            word = match.group()
            lower = word.lower()
            if lower in STOPWORDS or len(word) < 2:
                continue
            if word[0].isdigit() or (word[0].isupper() and not _SENTENCE_START.search(line[: match.start()])):
                found.add(stem(lower))
    return found


_WHEN = frozenset(stem(word) for word in (*WEEKDAY_NAMES, *MONTH_NAMES, "today", "yesterday", "tomorrow"))


@dataclass(frozen=True)
class _Marks:
    """A full text's names and numbers, for `StorylineIndex._same_event`."""

    runs: tuple[frozenset[str], ...]  # stems of each run of capitalised words, and of each number
    names: frozenset[str]  # stems capitalised inside a sentence, and numbers (as `_names`)
    capitals: frozenset[str]  # stems of every capitalised word and number, sentence-initial ones included
    lead: frozenset[str] = frozenset()  # stems of the capitalised words and numbers of the headline and the first sentence after it
    kinds: dict[str, np.ndarray] = field(default_factory=dict)  # stem → token vector of each event word of the headline (`_event_words`)


def _marks(text: str) -> _Marks:
    """Runs of capitalised words (a hyphen or nothing between them) and numbers, and which of their
    stems read as names (capitalised inside a sentence, or digits). Title-case lines are skipped, as in
    `_names`; weekday and month names are left out."""
    runs: list[frozenset[str]] = []
    names: set[str] = set()
    capitals: set[str] = set()
    for line, words in _prose_lines(text):
        run: list[str] = []
        end = 0
        for match in words:
            word = match.group()
            lower = word.lower()
            key = stem(lower)
            mark = (word[0].isupper() or word[0].isdigit()) and lower not in STOPWORDS and len(word) > 1 and key not in _WHEN
            joined = bool(run) and line[end : match.start()].strip() in ("", "-") and not word[0].isdigit()
            if run and (not mark or not joined):
                runs.append(frozenset(run))
                run = []
            if not mark:
                continue
            capitals.add(key)
            if word[0].isdigit() or not _SENTENCE_START.search(line[: match.start()]):
                names.add(key)
            run.append(key)
            end = match.end()
            if word[0].isdigit():
                runs.append(frozenset(run))
                run = []
        if run:
            runs.append(frozenset(run))
    return _Marks(tuple(runs), frozenset(names), frozenset(capitals), _lead(text))


_FIRST_SENTENCE_END = re.compile(r"(\w*)[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z0-9])")


def _first_sentence(body: str) -> str:
    """The text up to the first full stop, question or exclamation mark that ends a sentence: not one
    after an abbreviation ("Mr.", "Sgt.") or an initial ("U.S.")."""
    for end in _FIRST_SENTENCE_END.finditer(body):
        word = end.group(1)
        if len(word) > 1 and word.lower() not in NON_FINAL_ABBREVIATIONS:
            return body[: end.end(1) + 1]
    return body


def _lead(text: str) -> frozenset[str]:
    """Stems of the capitalised words and numbers of the headline (title case or not) and of the first
    sentence after it: where an article says what its event is."""
    title, _, body = text.partition("\n")
    found = set()
    for word in WORD_RE.findall(title + "\n" + _first_sentence(body)):
        lower = word.lower()
        if (word[0].isupper() or word[0].isdigit()) and lower not in STOPWORDS and len(word) > 1:
            found.add(stem(lower))
    return frozenset(found - _WHEN)


def _event_words(text: str, names: frozenset[str]) -> list[str]:
    """The words of the headline that say what kind of event it is: lower-cased content words of three
    letters or more that are not names (`names`, read in the whole text), numbers, stopwords or dates;
    a title-case headline's words count too, lower-cased. (The headline and first sentence were
    measured too: more same-topic pairs joined, see `EVENT_EVIDENCE`.)"""
    title = text.strip().partition("\n")[0]
    found = []
    for word in WORD_RE.findall(title):
        lower = word.lower()
        if len(lower) < 3 or not lower.isalpha() or lower in STOPWORDS:
            continue
        key = stem(lower)
        if key in names or key in _WHEN:
            continue
        found.append(lower)
    return found


def _halve(elapsed_s: float, half_life_s: float) -> float:
    """Share left after `elapsed_s` of exponential decay (1.0 when decay is off)."""
    return 0.5 ** (elapsed_s / half_life_s) if half_life_s > 0 else 1.0


def _second(pair: tuple[_Story, float]) -> float:
    return pair[1]


def _centroid_cosine(a: _Story, b: _Story) -> float:
    if not a.norm2 or not b.norm2:
        return 0.0
    small, large = (a.weights, b.weights) if len(a.weights) <= len(b.weights) else (b.weights, a.weights)
    dot = sum(w * large.get(t, 0.0) for t, w in small.items())
    return dot / math.sqrt(a.norm2 * b.norm2)


def _epoch(moment: datetime) -> float:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def _title(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    return first[:200]
