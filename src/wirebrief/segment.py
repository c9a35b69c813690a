"""Segment: a `Document` in, clean `Article`s out.

1. Split the text into units: one paragraph or pasted line each.
2. Drop clutter: photo captions and credits, "Recommended Stories" widgets, ads, share prompts,
   video credit blocks ("Presenter: …", "Guests:" and the names under it), bylines.
   What a paste from a newsletter or app adds is read first: a contents list at the top, link lists
   under a "Related" or "Read more:" header, bylines, separator lines and times of day (these last
   three are kept as evidence); greetings, "Go deeper", "Read in app", "Shared from the X app" go, and so do
   a sponsor's item under its label, a press release's back matter ("About X", forward-looking statements,
   advisers, the analysts' call, contacts) and a line that is only a date (the story's publication day).
3. Find headline candidates: short lines that could be titles (not sentences, datelines or bullets); a
   headline all in lower case or ending in a full stop is marked as one from the evidence on both sides.
4. Decide, for each candidate, whether it opens a new story or is a subheading, a list item or a
   quote inside the story, from the evidence on both sides of it (two small trained models, see
   section 3–4 below); a section label above a headline is dropped, and so is a masthead above the
   first story.  Three paste structures are read as such: a numbered briefing ("1. …" at the top, then
   each next number opens a story), a wire's paste (the first story opens on a dateline, then each
   headline above another dateline opens one, however close its topic; in a roundup of briefs, so does a
   dateline under the last brief's sign-off, "Reporting by …; Editing by …") and a live blog (a post's title
   under its time stays inside).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import numpy as np

from . import dates
from .models import ABSENT, ABSENT_AHEAD_ABOVE, Article, Document, content_id
from .outlets import outlet_name
from .text import NON_FINAL_ABBREVIATIONS, AnyPattern, terms

HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 200
# A hard-wrapped text (see _wrap_width): most lines fill at least this share of the longest, which is
# a wrapping width (e-mail and terminals wrap at 60-80 characters, some at 100).
WRAP_FILL = 0.75
WRAP_MIN_WIDTH = 50
WRAP_MAX_WIDTH = 100
COHESION_WINDOW_UNITS = 8
AFTER_MIN_WORDS = 40  # the text after a candidate reads on past a subheading until it holds this many words
LINK_LIST_MAX_ITEMS = 8
LINK_MAX_WORDS = 20  # headlines listed under a "Related stories" header  # paragraphs looked at on each side of a candidate
CAPTION_REPEAT_OVERLAP = 0.6
CAPTION_MAX_WORDS = 80  # a longer paragraph ending in "(file picture)" is a story, not a caption  # token overlap with a removed caption that marks a repeat of it

_QUOTES = "\"'“”‘’«»"
_TERMINAL = ".!?…"

# A newsletter speaking of itself and its reader: first and second person, the day of the issue.
_NEWSLETTER_VOICE = r"\b(i|i'm|i’m|i've|i’ve|we|we're|we’re|we've|we’ve|us|our|you|you're|you’re|your|today|tonight|this (week|weekend|morning|evening|issue|edition))\b"
# Whom a newsletter greets: its readers, in lower case ("Hi friends", "Good morning, everyone"), or no one;
# "Hello Kitty", "Good Morning America" are names.
_GREETED = r"(?-i:(,? (friends|all|everyone|everybody|folks|there|readers|team))?)"
# When a newsletter's "here's what you need to know" is for, where an explainer's headline names its topic
# ("… about the new tax rules"): nothing, or the day.
_NEWSLETTER_WHEN = (r"(?:\s+(?:right )?(?:now|today|tonight|this (?:morning|afternoon|evening|week|weekend)|"
                    r"to start (?:your|the) (?:day|week)|before (?:you go|the weekend|the week)|for (?:today|the (?:day|week|weekend)(?: ahead)?)|"
                    r"(?:on|this) (?:mon|tues|wednes|thurs|fri|satur|sun)day(?: morning| evening)?))?")
# Where a sentence starts and ends inside a paragraph, for furniture that must be a sentence of its own.
_SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”’\"')]\s))"
_SENTENCE_END = r"(?:[.!]\s|[.:!]?\s*$)"

# Lines that are widgets, prompts or furniture of a news page, whatever story they sit in.
_BOILERPLATE = [
    r"(recommended|related|more|top|trending|latest|popular|suggested)( stories| articles| news| reading| content| videos?)?",
    r"list of \d+ items?(\s*end of list)?",
    r"end of list",
    r"advertisement|ad|sponsored( content)?|promoted|scroll to continue( with content)?",
    r"story continues( below( (the )?advertisement)?)?",
    r"(continue|keep) reading.*",
    r"(read|see|watch|listen)( more| also| next)?\s*[:|–-].*",
    r"related( stories| articles| content| coverage| video| links?)?\s*[:|–-].*",
    r"(article|story) continues below( this)? (ad|advert|advertisement)",
    r"scroll (down )?(for|to) (the )?(video|more|next article)",
    r"video duration \d+ (minutes?|seconds?)( \d+ seconds?)?( \d{1,2}:\d{2})?",
    r"\d{1,2}:\d{2}(:\d{2})?",
    r"(good (morning|afternoon|evening)|hello|hi|welcome back)" + _GREETED,  # a newsletter's greeting
    r"(good (morning|afternoon|evening)|welcome back)(?-i:, [A-Z][a-z]+)",  # "Good morning, Sam." (not "Hello, Dolly")
    # "Hi friends — a short one this week": after the dash the newsletter talks of itself and its reader
    # (not "Hello, Dolly — the sheep that changed science", nor "Hey Twitter, …" quoted, nor a name that opens
    # on a greeting, "Good Morning America — the ABC show — said today …")
    r"(good (morning|afternoon|evening)|hello|hi|hey|welcome back)" + _GREETED + r"\s*[—–]\s"
    r"(?=.{0,160}" + _NEWSLETTER_VOICE + r")(?!.{0,160}\b(said|says|announced|told|reported|confirmed)\b).{0,160}",
    r"here('s| is) (what|all) you need to know" + _NEWSLETTER_WHEN,
    r"(read|see|watch) (more|also)",
    r"(also )?read( more)?:.*",
    r"(sign up|subscribe|register)\b.{0,120}",
    r"(share|share this|share (or comment on )?this (article|story|page)|share on \w+|copy link|link copied|print|email|comments?)",
    r"follow (us|\w+) on \w+.{0,80}",
    r"(click|tap) here\b.{0,120}",
    r"skip (to|past) \w+.{0,40}",
    r"(image|media|video) (source|caption|credit)s?\s*[,:].*",
    r"(copyright|©|\(c\)).{0,120}",
    r"all rights reserved\.?",
    r"listen to (this|the) (article|story).*",
    r"\d+\s*(min|minute)s?\s*read",
    r"all times (are |stated are |shown are |given are |listed are )?(in )?(uk|local|gmt|bst|utc|[a-z]{2,4} ?(time)?)",  # a live page's time zone
    # "Published 27 November 2026, 17:05 GMT | Updated 28 November 2026", "Updated 09:42 BST, Thursday 14 August
    # 2025 | First published Wed 13 Aug 2025": one stamp, or two on one line; "First published" only after a
    # separator ("First published in 2019, the book has sold …" opens a sentence of the story)
    r"(updated|published|posted|last updated)\s*(on|at)?\s*[:\-]?\s*[\w ,:.]{0,40}\d[\w ,:.]{0,40}"
    r"(\s*[|·•]\s*((first|last) )?(updated|published|posted)\s*(on|at)?\s*[:\-]?\s*[\w ,:.]{0,40}\d[\w ,:.]{0,40})?",
    r"(updated|published|posted|last updated)",  # the word alone, its stamp on the next line ("Published" / "2 hours ago")
    r"this (article|story|report) (was|has been) (updated|amended|corrected).{0,200}",
    r"(getty images|afp|reuters|ap|epa|shutterstock|alamy|pa images|pa media)( via .{1,40})?",
]
_BOILERPLATE_RE = re.compile(r"^(?:" + "|".join(_BOILERPLATE) + r")\s*[.:!]?$", re.IGNORECASE)

# What people paste from newsletters, apps and site chrome around the stories: separator lines,
# share buttons, ad and comment labels, sign-up boxes (kept apart from the furniture above).
_PASTED_FURNITURE = [
    r"[^\w]*",  # a separator line: "***", "—", "___", "• • •"
    r"(share|post|send)( this| it)?( via| on| to)? (e-?mail|facebook|twitter|x|whatsapp|linkedin|reddit|messenger)",
    r"(facebook|twitter|whatsapp|linkedin|reddit|pinterest|flipboard|telegram|messenger|tweet|pin it|e-?mail this)",
    r"(advertisement|ad)\s*[-–—:|]\s*(scroll|continue).{0,40}",
    r"ad feedback|(paid|sponsored) (post|content|partner)|(content|article|story) continues( below)?|continue reading below",
    r"(\d+\s+)?comments?|(view|show|read|see|load)( all| the)?( \d+)? comments|leave a comment|join the (conversation|discussion)",
    r"now playing|up next|watch next|(watch|listen|more|see also)\s*[:|].{0,200}",
    r"(get|receive|have) (the latest|our|the best|top)\b.{0,60}\b(inbox|email|newsletter|every (morning|day|week|weekday))\.?",
    r"enter (your )?e-?mail( address)?|newsletters?|thank you for (signing up|subscribing)!?",
    r"by (signing up|subscribing|clicking).{0,40}(agree|accept).{0,100}",
    r"already (a subscriber|have an account|registered)\??.{0,40}",
    r"get (unlimited|full|digital|premium) (digital )?access\b.{0,80}",
    r"(enjoying|like|liked) (this|our) (article|story|journalism|content)\?.{0,80}",
    r"(download|get|open) (the|our) [\w ]{0,30}\bapp\b.{0,60}",
    # newsletters and apps: "Go deeper", "Read in app", "Thanks for reading X! Subscribe …", "Shared from the X app"
    r"go deeper\b.{0,120}|(read|open) in (the )?app|(view|read) (this )?(e-?mail|newsletter|post|issue)? ?(in|on) (your |a |the )?(browser|web)",
    r"thanks for reading\b.{0,200}",
    r"show (key events|all (posts|updates)|more (posts|updates))( only)?",  # a live blog's buttons
    r"(shared|sent|posted) (from|via|with) (the |my |our )?[\w'’ ]{0,40}?\b(app|iphone|ipad|android|phone)\b.{0,100}",
    r"(shared|sent) (from|via) (the )?(?-i:[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,4})",  # "Shared from BBC News"
    # a channel's or forum's furniture: "Forwarded from X", "Channel · 48.2K subscribers", "👁 9.8K 09:41",
    # "Posted by u/name", "r/worldnews", "7 hr. ago", "1.1k comments", the buttons under a post
    r"forwarded (from|by) .{1,60}",
    r"(.{0,40}\s[·•|]\s*)?[\d.,]+\s*[km]?\s+(subscribers|followers|members|views|upvotes)",  # not "Union gains 5,000 members"
    r"(👁|views?:?)\s*[\d.,]+\s*[km]?(\s+\d{1,2}:\d{2})?",
    r"(posted|submitted) by (u/)?[\w-]+( [•·] .{0,30})?|r/\w+|u/[\w-]+",
    r"(\d+|an?)\s*(s|sec|m|mins?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\.?\s+ago",
    r"[\d.,]+\s*[km]\s+comments?|reply|save|report|award|upvote|downvote|give award",
    # a newsletter's issue line and sign-off: "Issue #142 · Five things", "That's all for this week. …"
    # (a number without its sign and a title after it is a headline: "Issue 3: Housing costs climb again")
    r"(issue|edition|vol\.?|volume)\s*((#|no\.?\s*)\d+(\s*[·•|,:—–-].{0,80})?|\d+)",
    r"that[’']?s (it|all) for (today|tonight|now|this (week|weekend|morning|evening|issue|edition))\b.{0,160}",
    # the editor's signature under a sign-off: "— Maya Chen, editor"
    r"[—–-]\s*(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}),\s*(?:the )?(?:editor|editor-in-chief|managing editor|writer|author|founder|host|publisher)",
    # a link line opening on an arrow: "→ Read the full story (Reuters)", "→ Nikkei Asia has the best explainer";
    # "»" only apart from the words and with no "«" closing it ("»Wir schaffen das«" is a German quotation)
    r"(?:[→➡➜▶►]|»(?=\s)(?!.*«))(?!.*[.!?]\s*$)\s*(\S+\s+){0,11}\S+",
]
_PASTED_FURNITURE_RE = re.compile(r"^(?:" + "|".join(_PASTED_FURNITURE) + r")\s*[.:!]?$", re.IGNORECASE)
# The header of a box of links to other stories: the headlines listed under it are not this story.
_LINK_LIST_HEADER_RE = re.compile(
    r"^(?:(recommended|related|more|top|trending|latest|popular|suggested|most (read|popular|viewed|shared))"
    r"( stories| articles| news| reading| content| coverage| videos?| now| links)?|more (on|about) this( story| topic)?|"
    r"you (may|might) (also )?like|read next|don'?t miss|editor'?s picks?|more from [\w' ]{1,30}|also in [\w ]{1,30}|"
    r"in (today'?s|this) (briefing|newsletter|edition|issue)|(today'?s|this week'?s) (top )?(stories|headlines)|"
    r"inside today|here'?s what (we'?re|we are) covering|key (events|updates|moments)|(read|see) (more|also)|also read|further reading|(related )?topics)\s*[.:!|]?$",
    re.IGNORECASE,
)
# "Jane Doe | The Herald" right under a headline: a byline with the outlet.
_NAME_PIPE_OUTLET_RE = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*[|•]\s*\S.{0,50}$")

_AGENCY = (
    r"AFP|Reuters|REUTERS|AP|EPA(?:-EFE)?|Getty(?: Images)?|Shutterstock|Alamy|Anadolu(?: Agency)?|"
    r"Bloomberg|Xinhua|PA(?: Images| Media| Wire)?|SOPA Images|NurPhoto|Sipa|dpa|ANSA|Kyodo|"
    r"Handout|Pool|File|UPI|Zuma(?: Press)?|LightRocket|WireImage|Press Association|AAP"
)
# A caption is a caption wherever it appears: these are the ways news sites credit a picture.
_CREDIT_TAIL_RES = [
    re.compile(r"\((?:[^()]*\b(?:photo|photograph|picture|image|file|illustration|video|footage)s?\b[^()]*)\)\s*$", re.I),
    re.compile(r"\[[^\[\]]{2,80}/[^\[\]]{1,60}\]\s*$"),  # [Roman Plipey/AFP]
    re.compile(r"\[(?:" + _AGENCY + r")[^\[\]]{0,60}\]\s*$"),
    re.compile(r"\((?:" + _AGENCY + r")\b[^()]{0,60}\)\s*$"),
    re.compile(r"\b(?:photograph|photo|picture|image|illustration|credit|photos|pictures)s?\s*:\s*[^.]{2,80}$", re.I),
    re.compile(r"\b(?:REUTERS|AFP|AP|EPA)\s*/\s*[A-Z][\w.'’ /-]{1,60}$"),
    re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s*/\s*(?:" + _AGENCY + r")(?: via [^.]{1,40})?\s*\)?$"),
    re.compile(r"\b(?:" + _AGENCY + r") via (?:Getty Images|AP|Reuters)$"),
]
_NYT_CREDIT_RE = re.compile(r"\.?\s*Credit\s*(?:\.\.\.|…|:)\s*[A-Z][^.]{1,80}$")  # "….Credit...Jane Doe for The Times"
_CREDIT_HEAD_RE = re.compile(r"^(?:photo|photograph|picture|image|caption|pictured|above|top|file photo)\s*[:|]", re.I)

# Credit blocks of video segments and programmes: "Presenter: Rishaad Salamat", "Guests:".
_CREDIT_LABELS = (
    r"presenters?|hosts?|anchors?|guests?|panel(?:ists)?|producers?|produced by|editors?|edited by|"
    r"video editors?|video by|camera|cameraman|camerawoman|filmed by|reporters?|correspondents?|"
    r"(?:additional )?reporting(?: by)?|writing by|written by|editing by|compiled by|graphics?|"
    r"directed by|director|executive producer|series producer|presented by|moderator|narrator|"
    r"interviewees?|featuring|with"
)
_CREDIT_LINE_RE = re.compile(r"^\(?(?:" + _CREDIT_LABELS + r")\s*:\s*(?P<value>.{0,120}?)\)?$", re.I)
_REUTERS_FOOTER_RE = re.compile(r"^\((?:additional )?reporting by .{2,300}\)$", re.I)
# A byline: "By Jane Doe", "By Jane Doe, Reuters", "By Tom Achebe at the Riverside Ground" (a place only after a
# name of two words or more).  Not a sentence opening on a time ("By Sunday in Gaza, the death toll had passed
# 200.", "By March 2027, …"): no day, month or time word as the name, no tail that ends as a sentence.
_BYLINE_TIME_WORDS = (r"(?:" + "|".join(sorted(dates.WEEKDAYS, key=len, reverse=True)) + r"|then|now|noon|midnight|dawn|nightfall|today|tonight"
                      r"|tomorrow|yesterday|morning|afternoon|evening|lunchtime|christmas|easter|late|early|mid)\b"
                      r"|(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")\b\.?(?:\s+\d|,|\s+(?:at|in)\b|\s*$)")
_BYLINE_RE = re.compile(r"^(?:[Bb]y|(?:[Ee]dited|[Cc]ompiled|[Ww]ritten) by)\s+(?!(?i:" + _BYLINE_TIME_WORDS + r"))[A-Z][\w.'’-]+"
                        r"(?:(?:\s+(?:[A-Z][\w.'’-]+|and|&|,|de|van|von|al|bin))+(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?)?"
                        r"\s*(?:[,|–·•-](?!(?:[^.]*\s){3}[^.]*\.$).{0,60})?$")
# "Ajay Chhibber – Distinguished visiting scholar at …": one entry of a credit list.
_NAME_ROLE_RE = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}\s*(?:–|—|-|,|:)\s+\S.{0,200}$")

# "Bendy tower! The tower appears…": a sentence break inside makes a paragraph, not a headline.
_INNER_SENTENCE_BREAK_RE = re.compile(r"\b([A-Za-z]+)[.!?…]+[\"'”’]?\s+[\"'“‘]?[A-Z]")
_CONVERSATIONAL_OPENERS = frozenset("so and but or you i we it that this if then well now".split())
_BULLET_RE = re.compile(r"^(?:[-*•·▪◦]|\d{1,2}[.)])\s+")
_NUMBER_RE = re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")  # "2. " before a story of a numbered briefing, or a list item
# A time of day on a line of its own: "5:42 p.m.", "12:41 PM ET", "Posted at 09:15".
_TIME_LINE_RE = re.compile(
    r"^(?:(?:posted|updated|published)\s+(?:at\s+)?)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+(?:ET|PT|CT|MT|GMT|BST|UTC|CET|CEST|EDT|EST|PDT|PST|AEST|IST))?\.?\s*$", re.IGNORECASE)
# The headline of a live blog, whose posts carry their own titles under a time: "Live: …", "… – live updates".
# "Live: …", "… – live updates", "… as it happened", and the "Ukraine war live: …" of some sites.
_LIVE_TITLE_RE = re.compile(r"^(?:live(?: updates?| blog)?|as it happened)\b|\b(?:live(?: updates?| blog)?|as it happened)$"
                            r"|^[^:]{1,60}\blive(?: updates?| blog)?:\s", re.IGNORECASE)
_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")



@dataclass(frozen=True)
class Unit:
    """One paragraph or pasted line of a document, with what segmentation learned about it."""

    text: str
    heading_level: int = 0  # markdown heading level, 0 when not a markdown heading
    break_before: bool = False  # a separator line ("***", "—") stood before it
    byline_after: bool = False  # a byline ("By Jane Doe") stood under it
    time_before: bool = False  # a time of day ("5:42 p.m.") stood above it: a post of a live blog, or a feed's item
    lower_case_headline: bool = False  # a headline all in lower case (see _mark_lower_case_headlines)
    stop_headline: bool = False  # a headline ending in a full stop (see _mark_stop_headlines)
    stamp_after: bool = False  # a publication stamp ("Updated 2:24 PM EST, March 14") stood under it
    dated: date | None = None  # the day a date line under it (or above it, over a headline) gave: the story's publication
    date_line: str = ""  # that date line's own text, set back in the story where it stood outside its opening
    date_line_above: bool = False  # the date line stood above the unit (over a headline), not under it
    signed_off_before: bool = False  # a wire's sign-off ("Reporting by …; Editing by …") stood above it: a story ended


def split_document(document: Document) -> list[Article]:
    """Split a document into clean articles; a single-article document gives at most one."""
    if _BRIEFING_HEADER_RE.match(document.text.lstrip()):
        return read_briefings(document)
    units = _without_summary_boxes(_without_back_matter(_clean_units(_read_paste_marks(_split_units(document.text, prose_lines=document.single_article)))))
    if not units:
        return []
    given = document.published
    if not document.single_article:
        issued = _issue_date(units)
        if issued is not None and document.published is None:  # the masthead's day anchors every story's "on Monday"
            document = replace(document, published=issued[0])
        header = _masthead_lines(units, issued[1] if issued else None)
        intro = _intro_end(units, header)
        units = units[:header] + units[intro:]  # "Good morning. Here's what you need to know …": the issue's, no story's
        if header and len(units) > header + 1 and _opens_item(units[header]):
            units = _without_footer(units[header:], units[0].text)  # "The Morning Wire — Tuesday, November 24, 2026" is no story's headline
        units = _mark_stop_headlines(_mark_lower_case_headlines(_read_date_lines(units)))
    else:
        units = _read_date_lines(units)
    if not units:
        return []
    if document.single_article:
        day, units = _story_date(units)
        if document.title:  # the given title wins; a copy of it opening the text is dropped
            body = [u.text for u in units if u is not units[0] or _norm(u.text) != _norm(document.title)]
            return [_make_article(document, document.title.strip(), body)] if body else []
        title, body = _title_and_body(units, None)
        return [_make_article(_dated(document, given, day), title, body)] if body else []
    articles = []
    stories = _split_off_kicker(_split_stories(units))
    if _opens_on_stop_headline(stories):
        stories[0] = [replace(stories[0][0], stop_headline=True), *stories[0][1:]]
    for story in stories:
        fallback = document.title if not articles else None
        if len(stories) > 1 and _kicker_item(story, stories):
            if _signs_off(story[1:]):
                continue  # "BEFORE YOU GO" / "Forward this to a friend …": the newsletter's, no story
            story, fallback = story[1:], None  # "ONE MORE THING" titles no story: its first words do
        day, story = _story_date(story)
        if day is None and articles and _wire_dateline(story[0].text):
            day = articles[-1].published  # a brief of a wire's roundup, no headline of its own: the page's day
        title, body = _title_and_body(_without_sign_offs(story), fallback)
        if body:
            articles.append(_make_article(_dated(document, given, day), title, body))
    return articles


# An outlet's summary box over its article: a label line alone ("Key points:", "What you need to know:", "At a
# glance") over a few short lines that repeat what the article goes on to say. (wirebrief's own "Key Points:"
# is read by `read_briefings`, before this.)
_SUMMARY_LABEL_RE = re.compile(r"^(?:what you need to know|what we know|key points|key facts|in short|in brief|at a glance"
                               r"|(?:story |the )?highlights|summary|the big picture|quick read|tl;?dr)\s*:?\s*$", re.I)
SUMMARY_BOX_LINES = 6  # most lines a box holds
SUMMARY_LINE_WORDS = 22  # a box line is short: one sentence of at most this many words (a lede is longer)
SUMMARY_REPEAT = 0.4  # share of a box line's content words the article's text after the box holds, on average


def _without_summary_boxes(units: list[Unit]) -> list[Unit]:
    """The units without any summary box (`_SUMMARY_LABEL_RE`): the label and the short lines under it, where
    those say again what the text after the box says (on average, a good share of their content words are there). The
    box is the outlet's digest of the article: read as statements, it stands in for the lede."""
    drop: set[int] = set()
    for k, unit in enumerate(units):
        if not _SUMMARY_LABEL_RE.match(unit.text.strip()):
            continue
        box: list[int] = []
        shape = lambda text: (text.lstrip()[:1] in "-•*–·", text.rstrip().rstrip("\"”’'").endswith((".", "!", "?")))
        for j in range(k + 1, min(len(units), k + 1 + SUMMARY_BOX_LINES)):
            text = units[j].text
            if len(text.split()) > SUMMARY_LINE_WORDS or _ROUGH_SENTENCE_END_RE.search(text.rstrip()) or box and shape(text) != shape(units[box[0]].text):
                break  # the lede: longer, more than one sentence, or written unlike the box's lines (a full stop after none)
            if text.rstrip().endswith(":"):
                box = []  # "This post will discuss the following:": a section of the article under a subheading, no box
                break
            box.append(j)
        body = units[k + 1 + len(box):]
        after = set().union(*(_tokens(u.text) for u in body))
        share = lambda j: len((t := _tokens(units[j].text)) & after) / max(1, len(t))
        body_text = " ".join(u.text for u in body)
        if (box and len(box) < len(units) - k - 1 and sum(map(share, box)) / len(box) >= SUMMARY_REPEAT
                and not any(_facts_of(units[j].text) - _facts_of(body_text, anywhere=True) for j in box)):
            drop.update([k, *box])
    return [u for k, u in enumerate(units) if k not in drop] if drop else units


def _facts_of(text: str, anywhere: bool = False) -> set[str]:
    """The numbers and names a text writes ("1.2", "1500", "Treasury": a capitalised word not opening a
    sentence or a line, or `anywhere`): a box line with one the body lacks says what the body does not, and the box stays."""
    numbers = {n.replace(",", "") for n in re.findall(r"\d[\d,.]*\d|\d", text)}
    inside = r"(?<=\s)(?<![.!?:•*–·\-]\s)" if not anywhere else r"(?<![\w’'-])"
    names = {m.group(1) for m in re.finditer(inside + r"([A-Z][\w’'-]+)", text.strip())}
    return numbers | names


_ROUGH_SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")  # a sentence ends inside the line: no box line


STORY_OPENING_UNITS = 3  # a story's headline, standfirst and byline: where a date line gives its publication day


def _story_date(story: list[Unit]) -> tuple[date | None, list[Unit]]:
    """The day a date line in the story's opening (its first `STORY_OPENING_UNITS` units) gave, and the story
    with any later date line set back as text: under "How it unfolded" or "When and where" a date is the
    story's own fact ("March 4, 2020", "Thursday 10 December 2026, 19:00"), not when it was published."""
    day, units = None, []
    for position, unit in enumerate(story):
        if position < STORY_OPENING_UNITS:
            day = day or unit.dated
        if position < STORY_OPENING_UNITS or not unit.date_line:
            units.append(unit)  # a later stamp's day ("Updated: …") is no line of the text
            continue
        line, above = Unit(text=unit.date_line), unit.date_line_above
        unit = replace(unit, dated=None, date_line="", date_line_above=False)
        units.extend([line, unit] if above else [unit, line])
    return day, units


def _dated(document: Document, given: date | None, day: date | None) -> Document:
    """The document as the story's: published on the day its own date line gave, unless the caller gave one."""
    return replace(document, published=day) if day and given is None else document


# A paste's masthead line that dates the whole issue: the date alone ("Tuesday 24 November 2026"), or after a
# separator and a masthead's short name ("The Morning Wire — Tuesday, November 24, 2026"). A headline ending in
# a date ("Sentencing set for March 3, 2024") is none. (A byline with its date is furniture, gone by now.)
_FULL_MONTH = r"(?i:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")\b\.?"  # "Nov.", "November"
_DAY = (
    r"(?:(?P<weekday>(?i:" + "|".join(sorted(dates.WEEKDAYS, key=len, reverse=True)) + r"))\b\.?,?\s+)?"
    r"(?:(?P<month>" + _FULL_MONTH + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>" + _FULL_MONTH + r"),?)"
    r"\s+(?P<year>(?:19|20)\d\d)"
)
_ISSUE_DATE_RE = re.compile(_DAY + r"\s*$")
# A line that is only a date, with the time and zone a page prints after it: "Saturday 28 November 2026",
# "Thu 5 Mar 2026 06.00 GMT", "Mar 4, 2026", "Sunday 29 November 2026, 19:52".  It says when the story was
# published (or the issue sent), and titles nothing.
_DATE_LINE_RE = re.compile(
    r"^" + _DAY + r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?m\.?))?(?:\s+(?-i:[A-Z]{2,5})(?:[+-]\d{1,2})?)?)?\.?\s*$")


def _day_of(match: re.Match) -> date | None:
    """The day a `_DAY` match gives; None for no day ("30 February") or a weekday that is not the date's."""
    month = dates.MONTHS[(match.group("month") or match.group("month2")).rstrip(".").lower()]
    try:
        day = date(int(match.group("year")), month, int(match.group("day") or match.group("day2")))
    except ValueError:
        return None
    weekday = match.group("weekday")
    return None if weekday and dates.WEEKDAYS[weekday.lower()] != day.weekday() else day


_ISSUE_SEPARATORS = "—–|·•:,-"
_MASTHEAD_NAME_MAX_WORDS = 4
_NAME_JOINERS = frozenset(("of", "the", "and", "&"))
ISSUE_HEADER_UNITS = 3  # lines at the top of a paste that may carry its date (masthead, byline, greeting)
ISSUE_LINE_MAX_WORDS = 12


def _issue_date(units: list[Unit]) -> tuple[date, int] | None:
    """The day a pasted digest was issued, from a line at its top that is a date, or a masthead's name and a
    date (see `_ISSUE_DATE_RE`), and that line's index; None when its first lines
    give none, or give a date whose weekday is not that date's."""
    for index, unit in enumerate(units[:ISSUE_HEADER_UNITS]):
        text = _without_furniture_tail(unit.text.strip())
        if len(text.split()) > ISSUE_LINE_MAX_WORDS or text[-1:] in _TERMINAL:
            return None  # the first prose: the header is over
        match = _ISSUE_DATE_RE.search(text)
        if match is None or not _dates_an_issue(text[: match.start()]):
            continue
        issued = _day_of(match)
        return (issued, index) if issued else None  # "Tuesday, November 25, 2026" is no day at all: say none
    return None


def _without_footer(units: list[Unit], masthead: str) -> list[Unit]:
    """A digest without its closing lines that open on the masthead's name: the publisher's address under the
    unsubscribe link ("The Morning Ledger, 14 Quay Street, Calder"), not a story."""
    name = re.split(r"\s*[—–|·•:]\s*", masthead.strip())[0]
    while len(units) > 1 and units[-1].text.startswith(name) and units[-1].text.rstrip()[-1:] not in _TERMINAL and _norm(units[-1].text) != _norm(name):
        units = units[:-1]
    return units


def _read_date_lines(units: list[Unit]) -> list[Unit]:
    """Drop the lines that are only a date (`_DATE_LINE_RE`): a page's publication date under a headline, a
    standfirst or a byline, never a headline itself.  The day goes on the unit above (`dated`, and
    `stamp_after` where that unit is a headline), or on the headline under it where the date stands between
    a paragraph and the next story's headline."""
    kept: list[Unit] = []
    pending: Unit | None = None
    for position, unit in enumerate(units):
        match = _DATE_LINE_RE.match(unit.text.strip())
        if match is None:
            if pending is not None:
                if not unit.dated:
                    unit = replace(unit, dated=_day_of(_DATE_LINE_RE.match(pending.text.strip())), date_line=pending.text, date_line_above=True)
                pending = None
            kept.append(unit)
            continue
        day = _day_of(match)
        below = units[position + 1] if position + 1 < len(units) else None
        if below is not None and _is_candidate(below) and not (kept and _is_candidate(kept[-1])):
            pending = unit  # over the next story's headline
        elif kept and _opening_block(kept) and day and not kept[-1].dated:
            kept[-1] = replace(kept[-1], dated=day, date_line=unit.text, stamp_after=kept[-1].stamp_after or _is_candidate(kept[-1]))
        elif kept and _opening_block(kept):
            kept[-1] = replace(kept[-1], stamp_after=kept[-1].stamp_after or _is_candidate(kept[-1]))
        # else a date between paragraphs (a list's, a day's posts): no headline, and no day the story was published
    return kept


def _opening_block(kept: list[Unit]) -> bool:
    """Is the last unit kept part of a story's opening block: its headline, a line under it (a standfirst, an
    author), or a unit a byline stood under?"""
    return _is_candidate(kept[-1]) or kept[-1].byline_after or (len(kept) > 1 and _is_candidate(kept[-2]))


def _dates_an_issue(before: str) -> bool:
    """Is what a line holds before its date a masthead's name set off by a separator (or nothing)?"""
    before = before.strip()
    if not before:
        return True
    if before[-1] not in _ISSUE_SEPARATORS:
        return False
    name = before[:-1].strip().split()
    return 1 <= len(name) <= _MASTHEAD_NAME_MAX_WORDS and all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in name)


def _without_furniture_tail(text: str) -> str:
    """A header line without the prompts a pipe sets after it ("Wednesday, November 25, 2026 | Read in your browser")."""
    parts = re.split(r"\s+[|·•]\s+", text)
    while len(parts) > 1 and (is_furniture(parts[-1]) or is_clutter(parts[-1])):
        parts.pop()
    return " | ".join(parts)


# The label of an edition after a masthead's name: "Morning Briefing", "Weekly Newsletter", "PM Edition".
_EDITION_WORDS = frozenset(
    "morning afternoon evening midday night weekend daily weekly monthly am pm briefing brief newsletter edition "
    "digest roundup round-up update dispatch wrap bulletin".split())
_MASTHEAD_RE = re.compile(r"^(?P<name>[^—–|·•:]+?)\s*[—–|·•:]\s*(?P<label>[^—–|·•:]+)$")


def _is_masthead_name(text: str) -> bool:
    """A publication's name: a few capitalised words, no sentence ("The Daily Signal", "THE DAILY SIGNAL")."""
    words = text.split()
    return (1 <= len(words) <= _MASTHEAD_NAME_MAX_WORDS and text[-1:] not in _TERMINAL
            and all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words))


def _is_masthead(text: str) -> bool:
    """A newsletter's masthead: its name, a separator and a label of the edition ("THE DAILY SIGNAL — Morning
    Briefing", "The Ledger | Weekly Newsletter").  A headline after a label ("Budget: Chancellor cuts fuel
    duty") says something happened; an edition's label names no news."""
    match = _MASTHEAD_RE.match(text.strip())
    if match is None or not _is_masthead_name(match.group("name")):
        return False
    label = match.group("label").lower().split()
    return 1 <= len(label) <= 3 and all(w in _EDITION_WORDS for w in label)


def _masthead_lines(units: list[Unit], issue_line: int | None) -> int:
    """How many lines at the top of a paste are its masthead, titling no story: the line dating the issue
    (`_issue_date`) with the publication's name above it ("THE DAILY SIGNAL" / "Wednesday, November 25,
    2026"), or an undated masthead with its edition's label.  A real headline has its story under it, not
    another headline (which the caller checks)."""
    if issue_line is not None and all(_is_masthead_name(u.text) or _is_masthead(u.text) for u in units[:issue_line]):
        return issue_line + 1
    return 1 if units and _is_masthead(units[0].text) else 0


# A newsletter's closing item opens on a kicker, a short label in capitals ("ONE MORE THING", "AND FINALLY",
# "BEFORE YOU GO") over a few sentences: the item's label, not a headline.
KICKER_MAX_WORDS = 80
_READER_VOICE_RE = re.compile(r"\b(?:i|i'm|i’m|we|we're|we’re|we'd|we’d|us|our|you|you're|you’re|your)\b"
                              # or asking the reader to act: "Reply to this email", "Forward it to a friend"
                              r"|^\W*(?:please\s+)?(?:reply|forward|share|send|subscribe|sign up|e-?mail|write|click|tap|hit)(?![\w-])",
                              re.IGNORECASE)


def _kicker_item(story: list[Unit], stories: list[list[Unit]]) -> bool:
    """Does the story open on a kicker: an all-capitals label of one to three words over a short item, in a
    paste whose other stories' headlines are not in capitals (where they all are, it is one of them)?"""
    label = story[0].text.strip()
    if len(story) < 2 or not _is_label(story[0]) or not label.isupper() or _is_candidate(story[1]):
        return False
    if sum(len(u.text.split()) for u in story[1:]) > KICKER_MAX_WORDS:
        return False
    return any(not other[0].text.isupper() for other in stories if other is not story)


# The labels a newsletter sets over its closing item: "AND FINALLY", "ONE MORE THING", "BEFORE YOU GO", "ONE
# LAST THING", "THE LAST WORD", "PARTING SHOT".  A crosshead ("WHAT HAPPENS NEXT", "WHAT WE KNOW",
# "BACKGROUND") labels a section of its own story: no closing kicker.
_CLOSING_KICKER_RE = re.compile(
    r"^(?:and\s+)?(?:finally|lastly|one\s+more|(?:one|a)\s+(?:more|last|final)\s+(?:thing|story|item|note)"
    r"|before\s+you\s+go|(?:the\s+)?(?:last|final)\s+(?:word|thing|note|laugh)|parting\s+(?:shot|thought)s?"
    r"|(?:on\s+a\s+)?lighter\s+note|(?:the\s+)?kicker)\W*$", re.IGNORECASE)
KICKER_LABEL_MAX_WORDS = 5
KICKER_SHARED_TERMS = 0.2  # a closing item sharing more of its words than this with the story above continues it
_DATE_TERMS = frozenset(terms(" ".join([*dates.WEEKDAYS, *dates.MONTHS])))


def _is_closing_kicker(unit: Unit) -> bool:
    """A newsletter's closing kicker on a line of its own, in capitals ("AND FINALLY")."""
    text = unit.text.strip()
    return (text.isupper() and len(text.split()) <= KICKER_LABEL_MAX_WORDS and not unit.heading_level
            and not unit.byline_after and bool(_CLOSING_KICKER_RE.match(text)))


def _subject_terms(text: str) -> set[str]:
    """A text's content words without its dates and numbers: what it is about, not when."""
    return {t for t in _tokens(text) if t not in _DATE_TERMS and not any(c.isdigit() for c in t)}


def _continues_story(item: list[Unit], story: list[Unit]) -> bool:
    """Does a closing item carry on its story's subject: a word of the story's headline ("mayor"), a word or
    name its text repeats ("Eustace … Eustace"), or a good share of its words?  A name the headline and
    the text give once (the town of a local story: "Harbury council leader quits") is the story's place,
    which a closing item may name too."""
    item_terms = _subject_terms(" ".join(u.text for u in item))
    body = " ".join(u.text for u in story[1:])
    counts = Counter(terms(body))
    lower_case = set(terms(" ".join(w for w in body.split() if not w[:1].isupper())))
    headline = {t for t in _subject_terms(story[0].text) if t in lower_case or counts[t] != 1}
    subject = headline | {t for t, n in counts.items() if n >= 2}
    shared = item_terms & _subject_terms(" ".join(u.text for u in story))
    return bool(item_terms & subject) or bool(item_terms) and len(shared) / len(item_terms) > KICKER_SHARED_TERMS


def _split_off_kicker(stories: list[list[Unit]]) -> list[list[Unit]]:
    """A digest's closing kicker item read as a section of its last story ("AND FINALLY" over a paragraph on
    another topic) is an item of its own: a closing kicker's label (`_CLOSING_KICKER_RE`) as the last label
    of the paste, a short text under it with only the newsletter's sign-off lines after it, on another
    subject than the story's.  A crosshead ("WHAT HAPPENS NEXT") over the story's last paragraph stays."""
    if len(stories) < 2 or len(stories[-1]) < 4:
        return stories
    last = stories[-1]
    end = len(last)
    while end > 0 and _signs_off(last[end - 1 : end]):
        end -= 1  # "That's all for tonight." / "Reply to this email …"
    for j in range(end - 1, 1, -1):
        if _is_closing_kicker(last[j]):
            item = last[j + 1 : end]
            if (any(_is_candidate(u) or _is_label(u) for u in item) or sum(len(u.text.split()) for u in item) > KICKER_MAX_WORDS
                    or _continues_story(item, last[:j])):
                return stories
            return [*stories[:-1], last[:j], last[j:]]
        if _is_label(last[j]) and last[j].text.strip().isupper():
            return stories  # the last label is a crosshead of the story
    return stories


# What a newsletter asks of its reader, or how it takes leave: reply, forward or share the issue, "see you
# tomorrow" (a plug where the reader is spoken to or no news is told) ...
_PLUG_RE = re.compile(
    r"\b(?:sign(?:ed)? up|hit reply|just reply|(?:reply|respond|write back)\s+(?:to\s+)?(?:this|the|our)\s+(?:e-?mail|message)"
    r"|(?:forward|share|send)\s+(?:this|it|us)\b|(?:forward|share|send)\w*\s+(?:\w+\s+){0,3}(?:with|to)\s+a\s+friend"
    r"|(?:love|like|want)\s+to\s+hear|let\s+us\s+know|tell\s+us|what\s+you\s+think|(?:your|any)\s+(?:tips|feedback|thoughts)"
    r"|see\s+you\s+(?:tomorrow|next|on|then|soon|again)|until\s+(?:tomorrow|next\s+time)|thanks?\s+(?:you\s+)?for\s+reading"
    r"|have\s+a\s+(?:great|good|lovely|nice)\s+(?:day|weekend|week|evening)"
    # a live blog's sign-off: "That's where we'll leave our coverage", "Thanks for following", "We'll be back at 7am"
    r"|(?:leav|end|clos|paus|wrap(?:p)?|bring)\w*\s+(?:up\s+)?(?:our|this|the)\s+(?:live\s+)?(?:coverage|blog|updates|page)\b"
    r"|that[’']?s\s+(?:it|all)\s+from\s+(?:us|me|our)\b|thanks?\s+(?:you\s+)?(?:all\s+)?for\s+(?:following|joining|reading|being\s+with|staying\s+with|watching|listening)"
    r"|keep\s+up\s+(?:to\s+date\s+)?with\s+the\s+latest)", re.IGNORECASE)
# "We'll be back at 7am": the blog's leave-taking when no one is reported saying it ("The lifeguards say we will
# be back on the sand …" is theirs)
_BACK_RE = re.compile(r"\b(?:we|we['’]ll|our\s+\w+)\s+(?:will\s+)?be\s+back\b", re.IGNORECASE)
_SAYS_RE = re.compile(r"\b(?:say|says|said|told|tells|added|adds|insisted|promised|vowed|warned)\b", re.IGNORECASE)
# A quotation in double or single marks ("…", “…”, ‘…’, '…'): the speaker's words, not the newsletter's voice.
# A single mark opens after a space or the start and closes before a space or punctuation ("the fans' end" is none).
_QUOTATION_RE = re.compile(r"[“\"][^”\"]*[”\"]|(?:^|(?<=[\s(\[—–]))[‘'](?![0-9]|tis\b|em\b|n\b).*?[’'](?=[\s,.;:!?)\]—–]|$)", re.IGNORECASE)
# ... and what speaks of the newsletter itself, a plug wherever it stands: subscribe, a sponsor, this issue
_NEWSLETTER_PLUG_RE = re.compile(
    r"\b(?:(?:un)?subscribe\b|(?:sponsored|presented|brought to you)\s+by|(?:this|today['’]s|the)\s+(?:e-?mail|newsletter|issue|edition)\b"
    r"|(?:your|the)\s+inbox)", re.IGNORECASE)
_INNER_CAPITAL_RE = re.compile(r"(?<=\S)\s+[\"“‘'(]?(?!I\b|I['’])[A-Z]")


def _carries_news(sentence: str) -> bool:
    """Does a sentence tell of something: a number, a name after its first word, or a verb in the past?"""
    return bool(re.search(r"\d", sentence) or _INNER_CAPITAL_RE.search(sentence) or _has_past_verb(sentence))


def _is_plug(sentence: str) -> bool:
    """A sentence of the newsletter's plug: furniture, the newsletter speaking of itself, or asking the reader
    to act in the reader's voice or with no news ("The club said 2,000 fans had signed up" is news)."""
    if is_furniture(sentence) or _NEWSLETTER_PLUG_RE.search(sentence):
        return True
    unquoted = _QUOTATION_RE.sub("", sentence)
    asks = bool(_PLUG_RE.search(unquoted)) or bool(_BACK_RE.search(unquoted) and not _SAYS_RE.search(unquoted))
    return asks and (bool(_READER_VOICE_RE.search(unquoted)) or not _carries_news(sentence))


def _signs_off(body: list[Unit]) -> bool:
    """Is an item the newsletter's plug or sign-off, no news: a plug (`_is_plug`) in one sentence at least, and
    the others telling of nothing (`_carries_news`)?  "Our reporter Jane Hill won …" is news and stays."""
    sentences = [s for u in body for s in _ROUGH_SENTENCE_BREAK_RE.split(u.text) if s.strip()]
    return any(_is_plug(s) for s in sentences) and all(_is_plug(s) or not _carries_news(s) for s in sentences)


# A newsletter's greeting opening a sentence: "Good morning.", "Hi, it's Thursday.", "Happy Friday!"
_GREETING_RE = re.compile(r"^\W*(?:good\s+(?:morning|afternoon|evening|day)|hello|hi|hey|happy\s+\w+day|welcome(?:\s+back)?)\b(?!-)", re.I)  # not "Hi-tech"


def _tells_news(sentence: str) -> bool:
    """Does a sentence tell of something: a number, or a name after its first word other than a day's or a
    month's ("It's Tuesday, and …" tells of nothing)?"""
    if re.search(r"\d", sentence):
        return True
    names = (re.match(r"[\w'’-]+", sentence[m.end() - 1 :]).group().lower() for m in _INNER_CAPITAL_RE.finditer(sentence))
    return any(name not in dates.WEEKDAYS and name not in dates.MONTHS for name in names)


def _is_intro(unit: Unit) -> bool:
    """Is a paragraph the issue's own introduction, no story's: each sentence a greeting, a plug, or the
    newsletter speaking to its reader of nothing that happened ("It's Tuesday, and here's what you need to
    know before your first coffee."), one of them at least a greeting, a plug or in the reader's voice."""
    if _is_candidate(unit):
        return False
    sentences = [s for s in _ROUGH_SENTENCE_BREAK_RE.split(unit.text) if s.strip()]
    greets = [bool(_GREETING_RE.match(s) or _is_plug(s)) for s in sentences]
    to_reader = [bool(_READER_VOICE_RE.search(s) or re.search(_NEWSLETTER_VOICE, s, re.I)) for s in sentences]
    if not any(g or bool(_READER_VOICE_RE.search(s)) for g, s in zip(greets, sentences)):
        return False
    return all(g or (r and not _tells_news(s)) for g, r, s in zip(greets, to_reader, sentences))


def _intro_end(units: list[Unit], start: int) -> int:
    """Where the introduction of a digest that opens at `start` ends: past the greeting and plug paragraphs
    (`_is_intro`) up to its first headline or section label; `start` where there is none."""
    end = start
    while end < len(units) and _is_intro(units[end]):
        end += 1
    return end if end < len(units) and _opens_item(units[end]) else start


def _opens_item(unit: Unit) -> bool:
    """A headline, a numbered one ("1. Water bills set to climb") or a section label."""
    return _is_candidate(unit) or _numbered_title(unit) is not None


def _without_sign_offs(story: list[Unit]) -> list[Unit]:
    """A story without its sign-off paragraphs (`_signs_off`): a live blog's post that takes leave of the
    reader ("That's where we'll leave our live coverage for tonight."), its title and time with it, or the
    story's last paragraph.  A plug inside a story's text stays: it may be news in the reader's voice."""
    kept = list(story)
    for i in range(len(story) - 1, 0, -1):
        unit = story[i]
        if i < len(story) - 1 and not unit.time_before and not story[i - 1].time_before and not is_time_stamp(story[i - 1].text):
            continue
        if _signs_off([unit]) and kept[i] is unit:
            kept[i] = None
            if story[i - 1].time_before and _signs_off([story[i - 1]]):
                kept[i - 1] = None  # the post's title: "We're pausing our coverage here"
            k = i - 1 if kept[i - 1] is not None else i - 2
            if k > 0 and is_time_stamp(story[k].text):
                kept[k] = None
    return [u for u in kept if u is not None]


# A press release's back matter, under a heading of its own: the boilerplate "About X" (the company's own
# description, opening on its name), forward-looking statements, the advisers, the call for analysts, contacts.
_ABOUT_HEADING_RE = re.compile(r"^About\s+(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:[A-Z&][\w.&'’-]*|of|and|for)){0,6})\s*:?$")
_BACK_MATTER_HEADING_RE = re.compile(
    r"^(?:(?:cautionary\s+(?:note|statement|language)\s+(?:regarding|concerning|on|about)\s+)?forward[- ]looking\s+(?:statements?|information)"
    r"|safe\s+harbou?r\s+statement|notes?\s+(?:to|for)\s+editors?)\s*:?$", re.IGNORECASE)
# ... and headings that a feature may use as its own subheads ("Advisers", "Webcast"): back matter only in a
# press release (`_is_press_release`).
_RELEASE_SECTION_RE = re.compile(
    r"^(?:(?:financial\s+and\s+legal\s+)?advis[oe]rs?|safe\s+harbou?r"
    r"|(?:conference\s+call|webcast|investor\s+call|earnings\s+call)(?:\s+(?:and|&)\s+(?:webcast|conference\s+call))?(?:\s+(?:information|details))?)\s*:?$",
    re.IGNORECASE)
# A wire service's mark in a release's dateline: "BOSTON--(BUSINESS WIRE)--", "/PRNewswire/".
_RELEASE_WIRE_RE = re.compile(r"\((?:BUSINESS\s+WIRE|GLOBE\s+NEWSWIRE|ACCESSWIRE|Marketwired)\)|/PRNewswire(?:-[\w-]+)?/|/CNW/", re.IGNORECASE)
# A release's advisers on its deal: "Morgan Fenwick & Co. is serving as financial advisor to Northwind" (in a
# release only: "Mark Carney is serving as an adviser to the Ukrainian government …, officials confirmed" is news).
_ADVISERS_RE = re.compile(
    r"(?-i:^[A-Z][\w.&'’-]*(?:,?\s+(?:[A-Z&][\w.&'’-]*|of|and))*)\s+(?:is|are|has been|have been)\s+(?:serving|acting|retained)\s+as\s+"
    r"(?:the\s+|an?\s+)?(?:exclusive\s+|lead\s+|sole\s+|independent\s+)?(?:financial|legal|strategic|M&A)?\s*(?:advis[oe]rs?|counsel)\b"
    r"(?![^.]*\b(?:said|says|told|confirmed|announced)\b)", re.IGNORECASE)
_CONTACTS_HEADING_RE = re.compile(
    r"^(?:(?:(?:media|press|investor|analyst|company)s?\s+(?:and\s+\w+\s+)?)?(?:contacts?|enquiries|inquiries|relations(?:\s+contacts?)?)"
    r"|for\s+(?:further|more)\s+information(?:,?\s+(?:please\s+)?contact)?)\s*:?$", re.IGNORECASE)
HEADING_MAX_WORDS = 10
CONTACT_LINE_MAX_WORDS = 6
PROSE_MIN_WORDS = 12


def _is_press_release(units: list[Unit]) -> bool:
    """Does the text read as a press release: a wire service's mark, or a heading of its back matter
    (forward-looking statements, notes to editors, "About X" over X's description)?"""
    return any(_RELEASE_WIRE_RE.search(u.text) for u in units) or any(
        _heading_line(u.text) and _heads_back_matter(units, i) for i, u in enumerate(units))


def _heads_back_matter(units: list[Unit], index: int, release: bool = False) -> bool:
    """Is the line at `index` the heading of a press release's back matter: one of its headings
    (`_BACK_MATTER_HEADING_RE`), or "About X" over a paragraph opening on X's name ("About Northwind Grid" /
    "Northwind Grid A/S is a leading developer …"), not over a story of its own ("About Time")?"""
    text = units[index].text.strip()
    if _BACK_MATTER_HEADING_RE.match(text) or (release and _RELEASE_SECTION_RE.match(text)):
        return True
    about = _ABOUT_HEADING_RE.match(text)
    below = units[index + 1].text if index + 1 < len(units) else ""
    return bool(about) and below.split(" ", 1)[0] == about.group("name").split()[0] and not _is_candidate(units[index + 1])


def _contact_line(text: str) -> bool:
    """A line of a contacts block: a name, a title, a phone number, an e-mail or web address."""
    if "@" in text or (re.search(r"\d{3}", text) and not re.search(r"[a-z]{4,}", text)):
        return True  # "press@northwind.example", "+45 33 12 34 56"
    return len(text.split()) <= CONTACT_LINE_MAX_WORDS and text.rstrip()[-1:] not in _TERMINAL


def _heading_line(text: str) -> bool:
    """A heading on a line of its own: a few words, no sentence's end ("Advisors", "Media Contact")."""
    text = text.strip()
    return 1 <= len(text.split()) <= HEADING_MAX_WORDS and text[-1:] not in _TERMINAL + ":"


def _without_back_matter(units: list[Unit]) -> list[Unit]:
    """Drop a press release's back matter (`_BACK_MATTER_HEADING_RE`, `_ABOUT_HEADING_RE`): the heading and
    the paragraphs under it up to the next headline or heading; under a contacts heading, the short lines of
    names, titles, numbers and addresses, up to a line with a paragraph of prose under it (a headline).  In a
    press release (`_is_press_release`), also the advisers' sentences and sections (`_ADVISERS_RE`,
    `_RELEASE_SECTION_RE`)."""
    kept: list[Unit] = []
    units = list(units)
    release = _is_press_release(units)
    i = 0
    while i < len(units):
        text = units[i].text.strip()
        sentences = _ROUGH_SENTENCE_BREAK_RE.split(text) if release else []
        if any(_ADVISERS_RE.match(s) for s in sentences):  # "Calloway Brothers is serving as financial advisor to …"
            text = " ".join(s for s in sentences if not _ADVISERS_RE.match(s)).strip()
            if not text:
                i += 1
                continue
            units[i] = replace(units[i], text=text)
        if _CONTACTS_HEADING_RE.match(text) and len(text.split()) <= 5:
            i += 1
            while i < len(units) and _contact_line(units[i].text):
                if i + 1 < len(units) and len(units[i + 1].text.split()) >= PROSE_MIN_WORDS and not _contact_line(units[i + 1].text):
                    break  # a headline over its story's lede
                i += 1
            continue
        if _heading_line(text) and _heads_back_matter(units, i, release):
            i += 1
            while i < len(units) and not (_is_candidate(units[i]) or _heading_line(units[i].text)):
                i += 1
            continue
        kept.append(units[i])
        i += 1
    return kept


# A sponsor's item in a newsletter, under a label of its own: "SPONSORED", "A MESSAGE FROM X", "PRESENTED
# BY X", "TOGETHER WITH X", "Partner content".  (A lone "Advertisement" marks where a page's ad was, not an ad.)
_SPONSOR_LABEL_RE = re.compile(
    r"^(?:sponsored(?:\s+(?:content|post|message|by\s.{1,60}))?|sponsor(?:'s|’s)?\s+message|(?:paid|partner)\s+(?:post|content|partnership|promotion|message)"
    r"|(?:presented|brought\s+to\s+you|powered|supported)\s+by\s.{1,60}|a\s+(?:message|word)\s+from\s.{1,60}|together\s+with\s.{1,60}"
    r"|in\s+partnership\s+with\s.{1,60}|from\s+our\s+(?:sponsors?|partners?))$", re.IGNORECASE)
# An ad's call to action: an imperative opening a sentence ("Try it free today", "Open an account"), an offer
# ("30% off", "first month free") or a web address.  (A story's paragraph under a page's ad label has none.)
_CALL_TO_ACTION_RE = re.compile(
    r"(?:^|[.!?]\s+|[—–]\s*)(?:try|get|open|join|sign\s+up|visit|learn\s+more|see|save|shop|download|book|start|claim|discover|find\s+out|apply|order|switch)\b"
    r"|\bwww\.|https?://|\b[\w-]+\.(?:com|co\.uk|org|net|io|example)\b|\d+\s*%\s*off\b|\bfree\s+trial\b|\b(?:first|1st)\s+(?:month|year)\s+free\b",
    re.IGNORECASE)
SPONSOR_LABEL_MAX_WORDS = 8
SPONSOR_ITEM_UNITS = 3


def _sponsor_item(units: list[Unit], index: int) -> int:
    """How many units from `index` are a sponsor's item: its label (`_SPONSOR_LABEL_RE`) and the paragraphs
    under it up to the next headline, when they speak to the reader ("Your money should work as hard as
    you do"); the label alone otherwise; 0 where the line is no sponsor's label."""
    text = units[index].text.strip()
    if len(text.split()) > SPONSOR_LABEL_MAX_WORDS or text[-1:] in _TERMINAL or not _SPONSOR_LABEL_RE.match(text):
        return 0
    end = index + 1
    while (end < len(units) and end - index <= SPONSOR_ITEM_UNITS and not _is_candidate(units[end])
           and not _TIME_LINE_RE.match(units[end].text) and not _NUMBER_RE.match(units[end].text)):
        end += 1
    item = units[index + 1 : end]
    if item and all(_READER_VOICE_RE.search(u.text) for u in item) and any(_CALL_TO_ACTION_RE.search(u.text) for u in item):
        return end - index
    return 1 if _label_shaped(text) else 0


# What a sponsor's label names after "by", "with" or "from": "PRESENTED BY NORTHWAY", "A message from Tallybook".
_SPONSOR_NAMED_RE = re.compile(r"\b(?:by|(?:message|word)\s+from|with)\s+(?P<name>.+)$", re.IGNORECASE)


def _label_shaped(text: str) -> bool:
    """Is a sponsor's label, with no ad copy under it, a label and not a headline: in capitals, a label naming
    no one ("Sponsored", "Partner content"), or one naming its sponsor and nothing more ("Supported by Arts Council
    England")?  "Powered by wind, Orkney island cuts its bills" goes on after the name: a headline."""
    if text.isupper():
        return True
    named = _SPONSOR_NAMED_RE.search(text)
    if named is None:
        return True
    name = named.group("name").split()
    return "," not in named.group("name") and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS for w in name)


# A label opening a paragraph, as newsletters set them: "Why it matters: …", "The big picture: …", "Yes, but: …",
# "By the numbers: …".  A capitalised word and a few lower-case ones, in a discourse label's shape (a question
# word, "yes, but", a determiner's noun phrase) over a sentence of its own; not a speaker
# ("Police said: …", "She adds: '…'"), a sentence's own lead-in ("Build an initial funnel: Build a way …") nor
# a list's item ("What's next: Dec. 31, at Giants; Jan. 6-7 at 49ers.").
_LEAD_LABEL_RE = re.compile(r"^(?P<label>[A-Z][a-z'’]*(?:,?\s+[a-z'’]+){1,3})\s*:\s+(?=[A-Z0-9$£€])")
# The labels themselves: a question word's ("Why it matters", "What's next") or a closed list of the newsletters'
# own; "The judge: You will serve …" is a speaker's line, and the label says whose words follow.
_DISCOURSE_LABEL_RE = re.compile(
    r"^(?:(?:why|what|what['’]s|where|how|who|when)\s|yes,?\s+but$"
    r"|(?:the\s+(?:big\s+picture|bottom\s+line|backstory|back\s+story|latest|context|catch|fine\s+print|intrigue|other\s+side"
    r"|takeaway|stakes|background|flip\s+side|state\s+of\s+play)|by\s+the\s+numbers|between\s+the\s+lines|zoom\s+(?:in|out)"
    r"|driving\s+the\s+news|state\s+of\s+play|reality\s+check|go\s+deeper|catch\s+up\s+quick|be\s+smart)$)", re.IGNORECASE)
LABELLED_MIN_WORDS = 6


def without_lead_label(paragraph: str) -> str:
    """A paragraph without the newsletter's label opening it (`_LEAD_LABEL_RE`) where a sentence follows."""
    match = _LEAD_LABEL_RE.match(paragraph)
    if match is None:
        return paragraph
    label, rest = match.group("label"), paragraph[match.end():]
    if not _DISCOURSE_LABEL_RE.match(label) or _REPORTS_RE.search(label) or _has_past_verb(label):
        return paragraph
    if len(rest.split()) < LABELLED_MIN_WORDS or ";" in rest or rest.rstrip(_QUOTES + ")")[-1:] not in _TERMINAL:
        return paragraph
    return rest if re.match(r"[A-Z0-9$£€]\S*(?:\s+\S+){0,3}?\s+[a-z]", rest) else paragraph  # a sentence: "Mayor Lena Park will ask …"


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def is_heading_like(text: str) -> bool:
    """A short line that reads as a title: few words, no sentence-final full stop, starts upper-case."""
    text = text.strip()
    words = text.split()
    if not (2 <= len(words) <= HEADLINE_MAX_WORDS) or len(text) > HEADLINE_MAX_CHARS:
        return False
    unquoted = text.rstrip(_QUOTES + ")").rstrip()
    if _BULLET_RE.match(text) or not unquoted or unquoted[-1] in ".,;:–—-…":
        return False
    if any(_ends_sentence(m.group(1)) for m in _INNER_SENTENCE_BREAK_RE.finditer(unquoted)):
        return False
    if unquoted[-1] in "?!" and words[0].lower().strip(_QUOTES + ",") in _CONVERSATIONAL_OPENERS:
        return False
    first = text.lstrip(_QUOTES + "(")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def _ends_sentence(word: str) -> bool:
    """A full stop after `word` ends a sentence unless the word is an abbreviation or initial (U.S.)."""
    return len(word) > 1 and not word.isupper() and word.lower() not in NON_FINAL_ABBREVIATIONS


def is_clutter(text: str) -> bool:
    """True for a line that is page furniture or a picture caption, not part of a story."""
    line = text.strip()
    if not line:
        return True
    if _BOILERPLATE_RE.match(line) or _REUTERS_FOOTER_RE.match(line) or _CREDIT_HEAD_RE.match(line):
        return True
    if _PASTED_FURNITURE_RE.match(line) or _NYT_CREDIT_RE.search(line):
        return True
    if _BYLINE_RE.match(line) and len(line.split()) <= 12:
        return True
    return len(line.split()) <= CAPTION_MAX_WORDS and any(pattern.search(line) for pattern in _CREDIT_TAIL_RES)


# A note on how the piece was corrected or updated, as the sentence's own subject ("This story has been updated.",
# "(An earlier version of this article misstated …)"); reported, it is news: "The ministry said this report was
# updated every year".  Compose's "editorial-process note" reads the same pattern.
EDIT_NOTE = (_SENTENCE_START + r"[(\[]?(?:(?:editor[’']?s'? |editors[’']? )?(?:note|update|updated)\s*:\s*)?"
             r"(?:(?:an|a) (?:earlier|previous) version of this (?:story|article|report|piece|post)\b"
             r"|this (?:story|article|report|piece) (?:has been|was) (?:updated|corrected|amended)\b)"
             r"|^(?:correction|clarification)s?(?:\s*[,(–—-]\s*[^:]{1,30})?\s*:")  # "Correction, 28 November 2026: …"

# An author's bio under the story: "Helen Marsh is the courts correspondent for the Evening Herald." The
# sentence ends on the outlet (or the city the writer is based in): "Sarah Kline is the editor of the Tribune,
# which published the report" and "… the only foreign correspondent based in Kabul, and she was detained" are news.
AUTHOR_BIO = (r"(?-i:^(?:[A-Z][\w.'’-]+ ){1,3})is (?:an?|the) (?:[\w'’-]+ ){0,3}(?:reporter|correspondent|writer|editor|journalist"
              r"|columnist|contributor|producer|commentator)s? (?:for|at|with|of|based in) (?:the )?"
              r"(?-i:[A-Z][\w&'’-]*)(?: (?-i:[A-Z][\w&'’-]*|of|and|&|in)){0,5}\.?(?=\s*$|\s+[A-Z“\"(])")
# What may follow a bio in its paragraph, about the writer's career: "She has covered Leeds Crown Court since 2015."
_BIO_MORE_RE = re.compile(r"^(?:He|She|They|(?-i:[A-Z][\w'’-]+)) (?:has|have|had|previously|formerly|joined|lives|covers|covered"
                          r"|worked|was|is|holds|also)\b(?![^.]*\b(?:said|says|told|accused|arrested|detained|charged)\b)")
# ... and one in a single short sentence standing as its paragraph: "Simon Adair writes about architecture and cities."
# Not a day's news: "Nvidia reports on Wednesday." (earnings timing), "Amazon reports on its quarter."
_SHORT_BIO_RE = re.compile(r"(?-i:^(?:[A-Z][\w.'’-]+ ){1,3})(?:(?:writes|blogs) (?:about|on)|reports (?:about|on)"
                           r"(?! (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|this|next|its|their|results|earnings"
                           r"|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)\b))"
                           r" [^\d.!?\"“”]{1,60}\.$", re.IGNORECASE)
BIO_MAX_WORDS = 12
_AUTHOR_BIO_RE = re.compile(AUTHOR_BIO, re.IGNORECASE)

# Furniture: what a page or a wire adds around a story, whatever line or sentence it sits in. Classes,
# as sites write them: notes on the editorial process, subscription and newsletter prompts, contributor
# lines, related-story lists, author bios, picture and video prompts, copyright notices.
_FURNITURE = [
    r"\b(?:reviewed|edited|fact[- ]checked) (?:according to|in accordance with)\b.{0,60}\beditorial\b",
    r"\beditorial (?:process|policies|standards|guidelines)\b",
    r"^our (?:editorial )?(?:standards|principles|ethics(?: policy)?)\s*:",  # a wire's link to its standards page
    r"^editor[’']?s note\s*:",
    # notes on how the piece was edited or corrected: about the article, not the news
    r"\b(?:has|have) been (?:lightly |slightly )?(?:edited|condensed)(?: and (?:edited|condensed))? for (?:length|clarity|brevity)\b",
    EDIT_NOTE,
    r"\bthe (?:views|opinions) expressed in this (?:commentary|article|column|piece)\b",
    r"\b(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletter|updates|alerts|briefing|inbox|emails?)\b",
    r"\b(?:our|the|free|daily|weekly) newsletter\b.{0,40}\b(?:sign up|subscribe|delivered|inbox)\b",
    r"\bcontributed (?:to )?(?:this )?(?:report|reporting|story|article)\b",
    r"^\(?(?:additional )?(?:reporting|writing|editing) by\b",
    r"^\s*[-–—•]\s*[-–—•]\s|(?:\s[-–—•]){3,}\s",  # "- - Jones tells …": a list of related stories; table rules
    r"^(?:read more|related|see also|more on this story|watch(?: the)? video|video)\s*:",
    AUTHOR_BIO,
    r"\bfollow (?:him|her|them|us|\w+) on (?:twitter|x|instagram|facebook)\b",
    r"\b(?:click|tap) (?:here )?to (?:enlarge|see the gallery)\b|\b(?:photo|picture|image) gallery\b",
    r"^(?:pictured|above|below|left|right|top|inset)\s*:",
    r"\ball rights reserved\b|\bmay not be (?:published|broadcast|rewritten|redistributed)\b",
    # a newsletter about itself: its length and reading time, who edited it, what it holds today
    r"\b(?:newsletter|briefing|edition|e-?mail|issue) is [\d,]+ words\b|\b(?:a|your) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]min(?:ute)?s? read\b",
    # why the reader got the e-mail, and the link to stop it
    r"\byou(?:'re|’re| are) receiving (?:this|these|[\w'’ ]{1,40}) because\b|^(?:unsubscribe|manage (?:your )?(?:preferences|subscriptions?))\b.{0,60}$",
    # the outlet a pasted story came from, on a line of its own: "Source: BBC News"
    r"(?-i:^(?:Source|SOURCE|Via|VIA)\s*:\s*(?:[A-Z][\w.'’&-]*|of|the|and)(?: (?:[A-Z][\w.'’&-]*|of|the|and)){0,5}\.?$)",
    r"\b(?:newsletter|briefing|edition) (?:was|is) (?:\w+ )?(?:edited|written|produced|compiled) by\b|\bcopy ?edited by\b",
    # a newsletter's "here's what you need to know today", "here are today's stories": the sentence ends there or on
    # its day ("… about the new tax rules" is an explainer's headline)
    _SENTENCE_START + r"here(?: are| is|'s|’s) (?:the|what|today'?s|today’s|your)\b.{0,60}\b(?:need to know|stories|headlines)"
    + _NEWSLETTER_WHEN + _SENTENCE_END,
    r"^(?:forward|share) this (?:e-?mail|newsletter|digest|briefing)\b.{0,60}$",
    _SENTENCE_START + r"(?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:things|stories|headlines) (?:you )?(?:need|should|want) to know"
    + _NEWSLETTER_WHEN + _SENTENCE_END,
    r"^(?:follow|read|see|find|get) (?:all )?(?:of )?(?:more of )?(?:[\w'’]+ ){0,4}coverage (?:of|at|on)\b",
]
_FURNITURE_ANY = AnyPattern(_FURNITURE, re.IGNORECASE)  # as one pattern, searched faster
_EDIT_NOTE_RE = re.compile(EDIT_NOTE, re.IGNORECASE)
# Prompts pasted into the text before the story's own words: "Scroll down for video Gordon Brown …".
_INLINE_PROMPT_RE = re.compile(r"\b(?:scroll down for (?:the )?(?:video|more)|click to enlarge)\b[.:]?\s*", re.IGNORECASE)


def is_time_stamp(text: str) -> bool:
    """A time of day on a line of its own, as a live blog stamps its posts ("5:42 p.m.", "12:41 PM ET")."""
    return bool(_TIME_LINE_RE.match(text.strip()))


def is_furniture(text: str) -> bool:
    """True for a line or sentence that is page or process furniture (see _FURNITURE)."""
    return _FURNITURE_ANY.found_in(text.strip())


# The space after a sentence's full stop, or after the quote mark closing it (kept with the sentence).
_ROUGH_SENTENCE_BREAK_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”’\"']))\s+(?=[“‘\"'(]?[A-Z])")


def drop_furniture(text: str) -> str:
    """A paragraph without its furniture sentences (a whole line of furniture gives "")."""
    stripped = text.strip()
    if len(stripped.split()) <= BIO_MAX_WORDS and _SHORT_BIO_RE.match(stripped):
        return ""
    if not _FURNITURE_ANY.found_in(text):
        return text
    sentences = _ROUGH_SENTENCE_BREAK_RE.split(text)
    bio = _AUTHOR_BIO_RE.search(sentences[0].strip()) and all(_BIO_MORE_RE.match(s.strip()) for s in sentences[1:])
    if bio or _EDIT_NOTE_RE.match(sentences[0].strip()):
        return ""  # a bio's or a correction's paragraph goes whole: "… She has covered Leeds Crown Court since
        # 2015.", "Correction: … We also wrongly said the villa was in Faro; it is near Lagos."; a bio's sentence
        # before news ("Russia accused him of spying on Thursday.") goes alone
    return " ".join(s for s in sentences if not is_furniture(s)).strip()


def strip_prompts(text: str) -> str:
    """The text without prompts pasted into it ("Scroll down for video")."""
    return _INLINE_PROMPT_RE.sub("", text).strip()


# 1. Units ---------------------------------------------------------------------------------------


def _split_units(text: str, *, prose_lines: bool = False) -> list[Unit]:
    """Paragraphs separated by blank lines; inside one, each pasted line is its own unit unless the
    lines are a hard-wrapped paragraph (a line that stops mid-sentence), or (`prose_lines`, one story)
    sentences of one paragraph (see `_same_paragraph`)."""
    units: list[Unit] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    width = _wrap_width(text)
    blocks = re.split(r"\n\s*\n", text)
    for block in blocks:
        lines = [_strip_markdown(line) for line in block.split("\n") if line.strip()]
        merged: list[str] = []
        last = ""  # the line before, as pasted
        for line in lines:
            if merged and (_wrapped_on(merged[-1], last, line, width, len(blocks) > 1) or _continues(merged[-1], line)
                           or (prose_lines and len(blocks) > 1 and _same_paragraph(last, line))):
                merged[-1] = f"{merged[-1]} {line}"
            else:
                merged.append(line)
            last = line
        for line in merged:
            match = _MD_HEADING_RE.match(line)
            if match:
                units.append(Unit(match.group(2).strip(), heading_level=len(match.group(1))))
            elif line.strip():
                units.append(Unit(line.strip()))
    return units


def _wrap_width(text: str) -> int | None:
    """The width a text was hard-wrapped at (an e-mail's or a terminal's 70-80 characters), or None:
    most of its lines fill nearly that width, the longest no more than a wrapping width."""
    lengths = [len(line.rstrip()) for line in text.split("\n") if line.strip()]
    if len(lengths) < 6:
        return None
    longest = max(lengths)
    full = sum(1 for n in lengths if n >= WRAP_FILL * longest)
    return longest if WRAP_MIN_WIDTH <= longest <= WRAP_MAX_WIDTH and full >= 0.5 * len(lengths) else None


def _wrapped_on(unit: str, last: str, line: str, width: int | None, blank_lines: bool) -> bool:
    """In a text hard-wrapped at `width`, does `line` go on the paragraph `unit` whose last line is `last`?
    A line that fills the width runs on into the next, whatever that opens with ("… said Dr." / "Ingrid
    Solberg", "… the" / "“…”"): always where blank lines part the paragraphs; else unless it ends a
    sentence outside a quotation (a quotation's next paragraph reopens it: "“…" / "“…"). Where lines and
    paragraphs are parted alike, a full line ending a sentence may end either: read as an end."""
    if not width or len(last.rstrip()) < WRAP_FILL * width or _MD_HEADING_RE.match(line) or _BULLET_RE.match(line.strip()):
        return False
    open_quotation = unit.count("“") > unit.count("”") or unit.count('"') % 2 == 1
    return blank_lines or not _ends_sentence_line(last) or (open_quotation and line.lstrip()[:1] not in _QUOTES)


def _same_paragraph(last: str, line: str) -> bool:
    """In a story whose paragraphs blank lines part, are two lines of one block sentences of one paragraph
    (a paste that breaks the line after each sentence)? Not where either is a heading, a list item, a
    caption or furniture, each its own unit: a line of prose after a full sentence, read as the direct
    text reads it (who "she" is depends on who else the paragraph names)."""
    if not _ends_sentence_line(last):
        return False
    for text in (last, line):
        text = text.strip()
        if is_heading_like(text) or _BULLET_RE.match(text) or _MD_HEADING_RE.match(text) or is_clutter(text) or is_furniture(text) or is_time_stamp(text):
            return False
    return True


def _continues(previous: str, line: str) -> bool:
    """Is `line` the hard-wrapped continuation of `previous`?"""
    if _MD_HEADING_RE.match(line) or _BULLET_RE.match(line.strip()) or _MD_HEADING_RE.match(previous):
        return False
    previous = previous.rstrip()
    if not previous or previous[-1] in _TERMINAL + _QUOTES + ")]:":
        return False
    first = line.strip()[:1]
    return first.islower() or (len(previous) >= 50 and previous[-1] in ",;–—-")


def _ends_sentence_line(line: str) -> bool:
    """Whether a line ends a sentence: a full stop (not an abbreviation's or an initial's), "!", "?"
    or "…", before any closing quotation marks and brackets; a colon ends a lead-in."""
    bare = line.rstrip(_QUOTES + ")]").rstrip()
    if not bare or bare[-1] in "!?…:":
        return bool(bare)
    if bare[-1] != ".":
        return False
    word = re.search(r"([\w.]+)\.$", bare)
    return word is None or _ends_sentence(word.group(1).rsplit(".", 1)[-1])


def _strip_markdown(line: str) -> str:
    line = _MD_LINK_RE.sub(r"\1", line)
    line = _MD_EMPHASIS_RE.sub(r"\2", line)
    return line.rstrip()


def _read_paste_marks(units: list[Unit]) -> list[Unit]:
    """What a paste from a newsletter or an app says about its stories, read before clutter goes:
    a contents list at the top and link lists under a "Related" header are dropped, so is a byline;
    a separator line marks the next unit, a byline the headline above it."""
    units = _without_contents_list(units)
    kept: list[Unit] = []
    pending_break = pending_time = False
    links_left = skipped = 0
    for position, unit in enumerate(units):
        text = unit.text
        if skipped:
            skipped -= 1
            continue
        sponsor = _sponsor_item(units, position)
        if sponsor:
            skipped = sponsor - 1  # "A MESSAGE FROM …" and its ad copy: the newsletter's sponsor, no story
            continue
        if links_left and _is_link_line(text) and not _ends_link_list(unit, units[position - 1], units[position + 1 : position + 2]):
            following = units[position + 1].text if position + 1 < len(units) else ""
            # The last line of the list may be the next story's headline: it announces the paragraph under it.
            numbered_story = _NUMBER_RE.match(text) and len(following.split()) >= PROSE_MIN_WORDS and not _is_link_line(following)
            if not numbered_story and (_is_link_line(following) or is_clutter(following) or not _announces(text, following)):
                links_left -= 1
                continue
        links_left = 0
        if _LINK_LIST_HEADER_RE.match(text):
            links_left = LINK_LIST_MAX_ITEMS
            continue
        if not any(ch.isalnum() for ch in text):
            pending_break = True
            continue
        if pending_time:
            unit, pending_time = replace(unit, time_before=True), False
        if _TIME_LINE_RE.match(text):
            pending_time = True  # the time stays (a live post's time); the line under it is marked
        after_title = bool(kept) and _is_candidate(kept[-1])
        if after_title and _STAMP_LINE_RE.match(text) and is_clutter(text):
            # "Last updated: Saturday 21 November 2026, 21:40 GMT", "Updated 6:42 AM GMT, November 27, 2026",
            # "Published 27 November 2026, 17:05 GMT | Updated 28 November 2026": its first day, the publication's
            stamped = _STAMP_DAY_RE.search(_STAMP_PREFIX_RE.sub("", text.strip()))
            kept[-1] = replace(kept[-1], stamp_after=True, dated=kept[-1].dated or (_day_of(stamped) if stamped else None))
        if _BYLINE_RE.match(text) and len(text.split()) <= 12 or after_title and _NAME_PIPE_OUTLET_RE.match(text):
            if kept:  # the headline's, over the stamp and share lines between them ("Published", "Share")
                above = next((k for k in range(len(kept) - 1, 0, -1) if not is_clutter(kept[k].text)), 0)
                kept[above] = replace(kept[above], byline_after=True)
            continue
        if pending_break and not is_clutter(text) and len(text.split()) > 3:
            unit, pending_break = replace(unit, break_before=True), False
        kept.append(unit)
    return kept


# A line under a headline giving when the story was published or updated ("Updated 2:24 PM EST, March 14").
_STAMP_LINE_RE = re.compile(r"^(?:updated|published|posted|last updated)\b.{0,60}\d", re.IGNORECASE)
_STAMP_PREFIX_RE = re.compile(r"^(?:last\s+)?(?:updated|published|posted)(?:\s+on)?\s*:?\s*", re.IGNORECASE)
_STAMP_DAY_RE = re.compile(r"(?<!\w)" + _DAY + r"(?!\d)")


def _ends_link_list(unit: Unit, previous: Unit, following: list[Unit]) -> bool:
    """Does this line end a list of links rather than continue it?  A time of day (a live post's), a separator
    line ("***", "•••"), a markdown heading under plain items, or a line with a byline or a publication stamp
    under it (what stands under a headline, never under a link) do."""
    text = unit.text
    if _TIME_LINE_RE.match(text) or not any(ch.isalnum() for ch in text):
        return True
    if unit.heading_level and not previous.heading_level:
        return True
    under = following[0].text if following else ""
    return bool(_BYLINE_RE.match(under) and len(under.split()) <= 12 or _STAMP_LINE_RE.match(under))


def _is_link_line(text: str) -> bool:
    """A line of a list of links: a bullet, or a line too short for a paragraph of a story that does
    not end as a sentence does."""
    if _BULLET_RE.match(text):
        return True
    return len(text.split()) <= LINK_MAX_WORDS and not text[:1].islower() and text.rstrip(_QUOTES)[-1:] != "."


def _announces(line: str, paragraph: str) -> bool:
    """Does the paragraph take up the line's words, as a lede takes up its headline's?"""
    line_terms, paragraph_terms = _tokens(line), _tokens(paragraph)
    shared = len(line_terms & paragraph_terms)
    return shared >= 2 and shared >= 0.25 * len(line_terms)


def _without_contents_list(units: list[Unit]) -> list[Unit]:
    """Drop a numbered or bulleted list of the stories at the top of a paste (and its header): a
    run of list lines whose items come back below as lines of their own."""
    start = next((i for i, u in enumerate(units[:3]) if _BULLET_RE.match(u.text)), None)
    if start is None:
        return units
    end = start
    while end < len(units) and _BULLET_RE.match(units[end].text):
        end += 1
    items = [_BULLET_RE.sub("", u.text).strip() for u in units[start:end]]
    later = {_norm(u.text) for u in units[end:]}
    if end - start < 2 or sum(_norm(item) in later for item in items) < 0.6 * len(items):
        return units
    return units[end:]


# 2. Clutter ---------------------------------------------------------------------------------------


def _clean_units(units: list[Unit]) -> list[Unit]:
    """Drop clutter lines, credit blocks, and paragraphs that repeat a removed caption."""
    kept: list[Unit] = []
    last_caption: set[str] = set()
    in_credit_list = False
    signed_off = False
    for unit in units:
        text = drop_furniture(strip_prompts(unit.text))
        if not text:
            signed_off = signed_off or bool(_SIGN_OFF_RE.match(unit.text.strip()))
            continue
        if signed_off:
            unit, signed_off = replace(unit, signed_off_before=True), False
        if text != unit.text:
            unit = replace(unit, text=text)
        credit = _CREDIT_LINE_RE.match(text)
        if credit:
            # "Guests:" with nothing after it opens a list of "Name – role" lines.
            in_credit_list = not credit.group("value").strip()
            continue
        if in_credit_list:
            if _NAME_ROLE_RE.match(text) and not text.rstrip().endswith((".", "?", "!")) or _is_name_only(text):
                continue
            in_credit_list = False
        if is_clutter(text):
            last_caption = _tokens(text)
            continue
        tokens = _tokens(text) if last_caption and text.rstrip(_QUOTES)[-1:] not in _TERMINAL else set()
        if tokens:
            if len(tokens & last_caption) / len(tokens) >= CAPTION_REPEAT_OVERLAP:
                last_caption = set()
                continue  # the caption line that repeats the credited caption just removed
        last_caption = set()
        kept.append(unit)
    return kept


# A wire story's sign-off, its last line: "Reporting by Ochieng Otieno; Editing by Clara Hughes",
# "(Writing by …)", "Associated Press writer Jane Hill contributed to this report."
_SIGN_OFF_RE = re.compile(r"^\(?(?:additional )?(?:reporting|writing|editing) by\b|.*\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\b",
                          re.IGNORECASE)


def _is_name_only(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and text[-1] not in _TERMINAL


# 3–4. Stories --------------------------------------------------------------------------------------
#
# Every line that could be a headline is a candidate; whether it opens a new story or is a
# subheading, a list item or a quote inside the story is weighed from the evidence on both sides
# of it: does the text after it continue the text before (words, names), does the line itself
# announce the text after it, does it look like the story's own headline or like the lines around
# it (a list), did the paste put a separator, a byline or a dateline around it.  The weights are a
# small neural network fitted by `wirebrief.evaluation.segment_training` (see segment_model.py).


def _split_stories(units: list[Unit]) -> list[list[Unit]]:
    """Cut the units into stories at headline candidates that open a new topic."""
    candidates = [i for i in range(len(units) - 1) if _is_candidate(units[i])]
    md_levels = [units[i].heading_level for i in candidates if units[i].heading_level]
    top_level = min(md_levels) if md_levels else 0
    if top_level:  # the author marked the headlines as markdown headings
        boundaries = [0] + [run_[0] for run_ in ([i for i in run if i and units[i].heading_level == top_level]
                                                 for run in _runs(candidates)) if run_]
        if len(boundaries) > 1 and all(_is_label(unit) for unit in units[: boundaries[1]]):
            boundaries.pop(0)  # a section label above the first headline
    else:
        boundaries = _wire_stories(units, _numbered_stories(units, _model_boundaries(units, candidates)))
    stories = [units[start:end] for start, end in zip(boundaries, boundaries[1:] + [len(units)])]
    stories = [_without_label(story, is_last=k == len(stories) - 1) for k, story in enumerate(stories)]
    if len(stories) > 1 and len(stories[0]) <= 3 and all(_is_candidate(u) or _is_label(u) for u in stories[0]):
        masthead, stories = stories[0], stories[1:]  # a masthead above the first story ("The Weekly Ledger"), no story of its own
        day = next((u.dated for u in masthead if u.dated), None)
        if day and not any(u.dated for u in stories[0][:STORY_OPENING_UNITS]):
            stories[0] = [replace(stories[0][0], dated=day), *stories[0][1:]]  # the page's day is its stories'
    return [story for story in stories if story]


CONTEXT_UNITS = 1200  # lines compared at once: `_Context`'s matrices grow with the square of this
CONTEXT_OVERLAP = 200  # lines two windows share; a window keeps only the boundaries away from its edges


def _model_boundaries(units: list[Unit], candidates: list[int]) -> list[int]:
    """Story starts by the boundary models, over windows of CONTEXT_UNITS lines when the text is
    longer (a whole digest of thousands of stories): time and memory grow with the text, not its square."""
    if len(units) <= CONTEXT_UNITS:
        return _boundaries_in(units, candidates)
    kept = [0]
    for start in range(0, len(units), CONTEXT_UNITS - CONTEXT_OVERLAP):
        end = min(start + CONTEXT_UNITS, len(units))
        found = _boundaries_in(units[start:end], [i - start for i in candidates if start <= i < end - 1])
        low = start + CONTEXT_OVERLAP // 2 if start else 0
        high = end - CONTEXT_OVERLAP // 2 if end < len(units) else len(units)
        kept += [start + b for b in found if low <= start + b < high and start + b > kept[-1]]
        if end == len(units):
            break
    return kept


def _boundaries_in(units: list[Unit], candidates: list[int]) -> list[int]:
    from . import segment_model

    context = _Context(units)
    boundaries = _decide(context, candidates, None)  # the evidence around each line
    if segment_model.SEGMENT:
        boundaries = _decide(context, candidates, boundaries)  # and the stories found on both sides
    return boundaries


def _runs(candidates: list[int]) -> list[list[int]]:
    """Runs of adjacent candidates: label, headline, subtitle, first subheading, or list items."""
    runs: list[list[int]] = []
    for index in candidates:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _decide(context: _Context, candidates: list[int], rough: list[int] | None) -> list[int]:
    """Story starts, left to right: in each run of candidates, the likeliest one when it is likely
    enough.  Without `rough` boundaries the LOCAL model sees the text around each line; with them,
    the mean of LOCAL and of SEGMENT, which also sees the whole stories on both sides as `rough`
    cuts them."""
    from . import segment_model

    threshold = segment_model.LOCAL["threshold"] if rough is None else segment_model.SEGMENT["threshold"]
    boundaries = [0]
    for run in _runs(candidates):
        best, best_probability = None, threshold
        for i in run:
            if all(_is_label(context.units[k]) for k in range(boundaries[-1], i)):
                continue  # nothing but a section label above it: the story's own headline
            if context.units[i].time_before and _opens_live_blog(context, boundaries[-1]):
                continue  # a post's title under its time, inside a live blog
            if boundaries == [0] and _under_first_headline(context, i):
                continue  # the first story's standfirst or first subheading
            if i - 1 in run and _PERSON_NAME_LINE_RE.match(context.units[i].text):
                continue  # an author's name under a headline, without its "By"
            if boundaries == [0] and _crosshead_of_one_article(context, i):
                continue  # a crosshead of the article the paste opens with, not the next story's headline
            if _name_over_surname(context, i, boundaries[-1]):
                continue  # a person's name heading the section about them ("Judd Anderson" / "Anderson, a quarterback, …")
            probability = boundary_probability(boundary_features(context, i, boundaries[-1]), segment_model.LOCAL)
            if rough is not None:
                story_end = next((b for b in rough if b > i), len(context.units))
                whole = boundary_probability(boundary_features(context, i, boundaries[-1], story_end), segment_model.SEGMENT)
                probability = (probability + whole) / 2
            if probability > best_probability:
                best, best_probability = i, probability
        if best is not None:
            boundaries.append(best)
    return boundaries


LIVE_TITLE_LINES = 3


def _opens_live_blog(context: _Context, start: int) -> bool:
    """Does the story at `start` open on a live blog's title: its headline, or a title line under it ("Live
    Reporting", "Live updates")?"""
    k = start
    while k < min(len(context.units), start + LIVE_TITLE_LINES) and (k == start or context.titles[k]):
        if _LIVE_TITLE_RE.search(context.units[k].text):
            return True
        k += 1
    return False


# A person's name alone on a line ("Judd Anderson", "Mary-Kate O'Neill"): under a headline, its author.
_PERSON_NAME_LINE_RE = re.compile(r"^[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?: [A-Z]\.)?(?: (?:Mc|Mac|O'|O’|De|Van)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}$")


def _under_first_headline(context: _Context, index: int) -> bool:
    """Is the line at `index` right under the paste's first headline (only title-like lines above it, one
    of them a headline, not a masthead)?  A newsletter's masthead is a name ("The Capitol Brief",
    "Politico Playbook PM"): a short line of capitalised words; a headline reads as a phrase."""
    above = context.units[:index]
    if not all(context.titles[k] for k in range(index)):
        return False
    return any(not _is_label(unit) and not _reads_as_name(unit.text) for unit in above)


CROSSHEAD_MAX_WORDS = 10
CROSSHEAD_SECTION_UNITS = 8  # paragraphs under a crosshead searched for the words it quotes


def _crosshead_of_one_article(context: _Context, index: int) -> bool:
    """Is the line at `index` a crosshead inside the article the paste opens with?  The paste opens as one
    article (a headline with a standfirst or byline under it, so not a digest's list of stories), the line
    stands alone between body paragraphs with no story furniture of its own (byline, stamp, separator), and
    it is a crosshead's shape: a bare quote whose words the paragraphs under it quote ("'We have no
    choice'" over '"... But we have no choice," he said'), or a role and a name that the paragraph under
    it opens on ("Builder Neil Cosgrove" over "Neil Cosgrove, who runs ...").  A quote headline of a
    digest's story ("'We have no choice': Theatre to close") says more than the quote and is not one."""
    units, unit = context.units, context.units[index]
    if not _opens_one_article(context) or index + 1 >= len(units) or context.titles[index - 1] or context.titles[index + 1]:
        return False
    if unit.byline_after or unit.stamp_after or unit.break_before or unit.heading_level or unit.time_before:
        return False
    if any(u.break_before or u.time_before or u.heading_level for u in units[1:index]):
        return False  # the story so far is more than one article's body
    text = unit.text.strip()
    if len(text.split()) > CROSSHEAD_MAX_WORDS or _DATELINE_RE.match(units[index + 1].text):
        return False  # a wire's dateline opens a story of its own
    return _quotes_section(context, index, text) or _names_lede_opener(text, units[index + 1].text)


PROFILE_LIST_MIN = 3  # name-over-surname sections that make a list of profiles ("Three recruits who could start")


def _name_over_surname(context: _Context, index: int, story_start: int) -> bool:
    """Is the line a person's name heading a section about them, not a story's headline?  The line is a
    name alone between paragraphs, the paragraph under it opening on the surname alone ("Anderson, a
    quarterback, was ..."), and the story it would end is one the section continues: a paste opening as one
    article whose text above already names that person, or a list of such profiles (at least
    PROFILE_LIST_MIN of them, no title line between them that is not a name).  One story's lede under a name headline
    can open on the surname too ("Hurricane Otis" / "Otis, a Category 5 storm, …")."""
    if not _heads_surname_section(context, index):
        return False
    units, surname = context.units, context.units[index].text.split()[-1]
    if story_start == 0 and _opens_one_article(context) and any(
            re.search(rf"\b{re.escape(surname)}\b", u.text) for u in units[1:index]):
        return True
    return len(_title_run_of_surname_sections(context, index, story_start)) >= PROFILE_LIST_MIN


def _title_run_of_surname_sections(context: _Context, index: int, story_start: int) -> list[int]:
    """The name lines heading surname sections around `index` in its story, up to the nearest title line
    either side that does not read as a name (a headline, a subheading of another shape ends the list)."""
    run = [index]
    for step, stop in ((-1, story_start), (1, len(context.units))):
        k = index + step
        while k != stop:
            if context.titles[k]:
                if _heads_surname_section(context, k):
                    run.append(k)
                elif not _reads_as_name(context.units[k].text):
                    break  # another name ("Cole McConathy II" over "Miami flipped McConathy …") stays in the list
            k += step
    return sorted(run)


def _heads_surname_section(context: _Context, index: int) -> bool:
    """Is the line a person's name alone between paragraphs, the paragraph under it opening on the surname
    alone ("Judd Anderson" / "Anderson, a quarterback, …")?"""
    units, unit = context.units, context.units[index]
    if index + 1 >= len(units) or not index or context.titles[index - 1] or context.titles[index + 1]:
        return False
    if unit.byline_after or unit.stamp_after or unit.break_before or unit.heading_level or unit.time_before:
        return False
    name = unit.text.strip()
    if not _PERSON_NAME_LINE_RE.match(name):
        return False
    surname = name.split()[-1]
    opener = re.match(r"[\w'’-]+", units[index + 1].text.strip())
    return bool(opener) and re.sub(r"['’]s$", "", opener.group(0)) == surname and name not in units[index + 1].text


def _opens_one_article(context: _Context) -> bool:
    """Does the paste open with one article's headline and standfirst (a sentence of its own under the
    headline) or its byline or publication stamp?"""
    units = context.units
    if len(units) < 3 or not context.titles[0]:
        return False
    if units[0].byline_after or units[0].stamp_after:
        return True
    second = units[1]
    return context.titles[1] and (second.byline_after or second.stamp_after or len(second.text.split()) >= 12)


_BARE_QUOTE_RE = re.compile(r"^[\"'“‘«]([^\"“”«»]+?)[,.!?…]?[\"'”’»]$")


# A section under a quoted crosshead introduces its speaker ("Carol Denton, 58, said the number 42 was her
# only way to work") and quotes them by a pronoun ('"... I'll have to give up my job," she said'); a
# story under a quote headline opens on the news ("A theatre will close ...").
_REPORTING_VERBS = r"(?:said|says|told|tells|added|explained)"
_REPORTS_RE = re.compile(r"\b" + _REPORTING_VERBS + r"\b")
_PRONOUN_ATTRIBUTION_RE = re.compile(r"\b(?:(?:he|she|they|we|i) (?:said|says|added|told)|(?:said|says|added) (?:he|she))\b", re.I)


# A lede opening on an indefinite noun phrase introduces its subject as new to the reader: a story's lede,
# not a section continuing an article that has already met its people.
_INDEFINITE_OPENER_RE = re.compile(r"^(?:An?|Another|Some|Several|Many|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d[\d,.]*)\s")


def _quotes_section(context: _Context, index: int, text: str) -> bool:
    """Is the line a bare quote whose words the section under it quotes, the section's lede reporting
    what its speaker said and the quoting paragraph naming them by a pronoun (or being the lede)?"""
    match = _BARE_QUOTE_RE.match(text)
    if not match:
        return False
    quoted = _plain_words(match.group(1))
    lede = context.units[index + 1].text
    if len(quoted) < 2 or not _REPORTS_RE.search(re.split(r"(?<=[.!?])\s+", lede, maxsplit=1)[0]):
        return False
    if _INDEFINITE_OPENER_RE.match(lede):
        return False  # a news lede introducing someone new ("A climber rescued from …"), a story's own
    for k in range(index + 1, min(len(context.units), index + 1 + CROSSHEAD_SECTION_UNITS)):
        if context.titles[k]:
            break
        paragraph = context.units[k].text
        if (any(q in paragraph for q in "\"“”") and (k == index + 1 or _PRONOUN_ATTRIBUTION_RE.search(paragraph))
                and f" {' '.join(quoted)} " in f" {' '.join(_plain_words(paragraph))} "):
            return True
    return False


def _plain_words(text: str) -> list[str]:
    return [w.strip("'’").lower() for w in _WORD_RE.findall(text.replace("’", "'")) if w.strip("'’")]


def _names_lede_opener(line: str, lede: str) -> bool:
    """Is the line a role and a name ("Builder Neil Cosgrove"), the paragraph under it opening on that name
    and reporting what they said?  A headline says more about the person ("Tributes paid to builder Neil
    Cosgrove" over "Neil Cosgrove ... has died")."""
    opener = re.match(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+", lede)
    if not opener or not line.endswith(opener.group(0)) or line == opener.group(0):
        return False
    role = line[: -len(opener.group(0))].split()
    if len(role) > 2 or any(not re.fullmatch(r"[A-Za-z][A-Za-z-]*", w) or w.lower() in _FUNCTION_WORDS for w in role):
        return False  # a kicker ("Obituary:", "Q&A:") or a phrase, not a role
    first_sentence = re.split(r"(?<=[.!?])\s+", lede, maxsplit=1)[0]
    return bool(_SUBJECT_REPORTS_RE.match(first_sentence[len(opener.group(0)):]))


# What follows a lede's opening name when that person is the subject of its reporting verb: the verb, or an
# apposition between commas and then the verb ("Neil Cosgrove, who runs a firm in the town, said …"); not
# another clause's ("…, has died aged 81, his family said").
_SUBJECT_REPORTS_RE = re.compile(r"(?:,[^.!?]*?,)?\s+(?:(?:has|had|also|later)\s+)?" + _REPORTING_VERBS + r"\b")


def _reads_as_name(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(text.split()) <= 6 and all(w[:1].isupper() for w in words)


def _numbered_title(unit: Unit) -> int | None:
    """The number of a numbered title line ("2. Central bank holds rates" gives 2; "1 big thing: …" 1)."""
    match = _NUMBER_RE.match(unit.text)
    if match:
        return int(match.group(1)) if _is_candidate(Unit(unit.text[match.end():])) else None
    return 1 if re.match(r"^1\s+[a-z]", unit.text) and _is_candidate(unit) else None


def _numbered_stories(units: list[Unit], boundaries: list[int]) -> list[int]:
    """Add the story starts of a numbered or labelled briefing: when the paste opens on a title numbered 1
    (only title-like lines above it), each next number ("2. …", "3. …") opens the next story; when it opens
    on a title with a label ("WHAT: Parliament passes …"), each title with the same label does.  A numbered
    list or a run of labelled lines inside a story (a ranking, a Q&A) has story text above its first item
    and is left alone."""
    starts: set[int] = set()
    first = next((i for i, u in enumerate(units) if not (_is_candidate(u) or _is_label(u)) or _numbered_title(u)), None)
    if first is not None and _numbered_title(units[first]) == 1:
        starts, number = {first}, 1
        for i in range(first + 1, len(units)):
            if _NUMBER_RE.match(units[i].text) and _numbered_title(units[i]) == number + 1:
                starts.add(i)
                number += 1
    first = next((i for i, u in enumerate(units) if not (_is_candidate(u) or _is_label(u)) or _title_label(u)), None)
    if not starts and first is not None and _title_label(units[first]):
        label = _title_label(units[first])
        starts = {i for i in range(first, len(units) - 1) if _title_label(units[i]) == label}
        if len(starts) < 2:  # one labelled title is a kicker ("Scoop: …"), no briefing's pattern
            starts = set()
    if not starts:
        return boundaries
    starts |= {b for b in boundaries if b > min(starts)}
    return sorted(starts | {0})


def _wire_stories(units: list[Unit], boundaries: list[int]) -> list[int]:
    """Add the story starts of a wire's paste: when the first story's first paragraph opens on a dateline
    ("KYIV, Ukraine (AP) —"), a headline right above another such paragraph opens a story, however close
    its topic to the story above (one war's, one company's news), unless the models already cut in the
    run of title lines above that paragraph (a kicker, a headline, a subtitle)."""
    first = next((i for i, u in enumerate(units) if not (_is_candidate(u) or _is_label(u))), None)
    if not first or not _wire_dateline(units[first].text):
        return boundaries
    starts = set(boundaries)
    briefs = 0
    for i in range(first + 1, len(units)):
        if _wire_dateline(units[i].text) and (units[i].signed_off_before or units[i].break_before) and not _is_candidate(units[i - 1]):
            starts.add(i)  # a wire's roundup of briefs: each opens on its dateline under the last one's sign-off
            briefs += 1
            continue
        if not (_wire_dateline(units[i].text) and _is_candidate(units[i - 1]) and not _is_label(units[i - 1])):
            continue
        top = i - 1
        while top - 1 > 0 and _is_candidate(units[top - 1]):
            top -= 1
        if not starts & set(range(top, i)):
            starts.add(i - 1)
    if briefs and all(_is_candidate(u) or _is_label(u) for u in units[:first]):
        starts.add(first)  # the roundup's headline ("World briefs: …") titles the page, not its first brief
    return sorted(starts)


def _wire_dateline(text: str) -> bool:
    """A wire's dateline: a place and a dash, or the agency in brackets ("DENVER (AP) —", "(CNN)"); not a
    label and a colon ("FTC: …"), which a disclaimer or a kicker opens on too."""
    match = _DATELINE_RE.match(text)
    return bool(match) and any(mark in text[: match.end()] for mark in ("—", "–", "--", " - ", "("))


_TITLE_LABEL_RE = re.compile(r"^([A-Z][\w'’]+(?: [\w'’]+){0,3})\s*:\s+\S")


def _title_label(unit: Unit) -> str | None:
    """The label of a title line ("WHAT: Parliament passes rental reform bill" gives "what"); not the one
    letter of an interview's "Q:" (its questions are no stories)."""
    match = _TITLE_LABEL_RE.match(unit.text)
    return match.group(1).lower() if match and _is_candidate(unit) and not _numbered_title(unit) else None


def _without_label(story: list[Unit], is_last: bool) -> list[Unit]:
    """A section label ("WORLD", "US News") above a headline belongs to no story: drop a short
    line that opens a story right above its headline, and one that closes a story."""
    while len(story) > 2 and _is_label(story[0]) and _is_candidate(story[1]):
        story = story[1:]  # a masthead, then a section label
    if not is_last and len(story) > 2 and _is_label(story[-1]):
        story = story[:-1]
    return story


def _is_label(unit: Unit) -> bool:
    """A section label ("WORLD", "US News"): one to three words; not a markdown heading, nor a line with a
    byline or a publication stamp under it, which a short headline is ("About bugs")."""
    text = unit.text.strip()
    return (1 <= len(text.split()) <= 3 and text[-1:] not in _TERMINAL + ":" and not unit.heading_level
            and not unit.byline_after and not unit.stamp_after)


def _is_candidate(unit: Unit) -> bool:
    """A line that could be a headline: markdown heading, or a short line that ends as a title does
    (not in a full stop or comma) and does not start in lower case or as a list bullet; or a headline all
    in lower case, as _mark_lower_case_headlines found it."""
    if unit.heading_level or unit.lower_case_headline or unit.stop_headline:
        return True
    text = unit.text.strip()
    words = text.split()
    if not (2 <= len(words) <= HEADLINE_MAX_WORDS) or len(text) > HEADLINE_MAX_CHARS or _BULLET_RE.match(text):
        return False
    unquoted = text.rstrip(_QUOTES + ")").rstrip()
    if not unquoted or unquoted[-1] in ",;:–—-" or unquoted[-1] == "." and (_case_pattern(text) != "title" or _has_past_verb(text)):
        return False  # a full stop ends a sentence, unless the line is in Title Case ("Storm Darragh battered Wales." is not)
    if _DATELINE_RE.match(text) and not _KICKER_RE.match(text):
        return False  # "ATLANTA (AP) — …" opens a story's first paragraph
    if _QUOTE_INTRODUCED_RE.search(text):
        return False  # 'She later replied to one fan: "…"': a paragraph giving a quote, not a headline
    first = text.lstrip(_QUOTES + "(¿¡[")[:1]
    return bool(first) and not first.islower()


def _mark_lower_case_headlines(units: list[Unit]) -> list[Unit]:
    """Mark the headlines written all in lower case, as some apps and sites write them ("school meal prices
    to rise in september"): no title shape to go by, so the evidence is on both sides of the line.  The line
    above ends a paragraph of body text (or there is none); the line under it is a longer body paragraph that
    takes up the line's words, as a lede takes up its headline's, and opens no continuation; the paragraphs
    above do not take them up.  The boundary models then weigh the line as any other candidate.
    (A headline ending in a full stop is left alone: weighed the same way, short sentences of real stories
    passed as headlines.)"""
    marked = list(units)
    for i, unit in enumerate(units[:-1]):
        text = unit.text.strip()
        words = text.split()
        if _is_candidate(unit) or any(c.isupper() for c in text) or not 3 <= len(words) <= HEADLINE_MAX_WORDS:
            continue
        if _BULLET_RE.match(text) or text[:1] in _QUOTES or text.rstrip(_QUOTES + ")")[-1:] in ".,;:–—-…":
            continue
        if words[0].strip(",") in _CONTINUING_OPENERS:
            continue
        lede = units[i + 1].text.strip()
        if _is_candidate(units[i + 1]) or len(lede.split()) < 2 * len(words) or not _announces(text, lede):
            continue
        if lede.lstrip(_QUOTES).split(" ", 1)[0].lower().strip(",") in _CONTINUING_OPENERS:
            continue
        if i and (_is_candidate(units[i - 1]) or units[i - 1].text.rstrip()[-1:] not in _TERMINAL + _QUOTES + ")"):
            continue  # right under a headline (its standfirst), or inside a paragraph
        if _announces(text, " ".join(u.text for u in units[max(0, i - 3) : i])):
            continue  # a line taking up the story so far
        marked[i] = replace(unit, lower_case_headline=True)
    return marked


# Attribution in a short paragraph ("Police said no one was hurt."): a story's sentence, not its headline's.
_ATTRIBUTION_RE = re.compile(r"\b(?:said|told|according to|declined to comment)\b", re.IGNORECASE)
# What headline grammar leaves out and a story's sentences lean on: pronouns and past auxiliaries ("It was
# not to be.", "The deal had been expected."). In the extraction pages' titles 12% hold one, in their short
# full-stop paragraphs 39%.
_SENTENCE_GRAMMAR_RE = re.compile(
    r"\b(?:was|were|had|been|would|could|did|it|he|she|they|his|her|their|its|we|our|him|them)\b", re.IGNORECASE)
# A finite verb in the past, which a headline puts in the present ("Thousands march in Paris"), read without a
# parse: a word after the first in -ed, not after an article or a possessive ("the planned cut") nor joined by a
# hyphen ("long-awaited"); a past form that is no participle ("rose", "took"); a Spanish or Italian preterite
# ("aprobó", "aprobaron"), a Portuguese one ("aprovou"), a French passé composé ("a approuvé").
_PAST_ONLY_FORMS = frozenset(
    "took came went began saw gave rose fell spoke wrote ran became flew knew broke grew threw drew woke wore drove "
    "chose ate sank sang swam shook forgot".split())
_NOT_PAST = frozenset({"hundred"})
_BEFORE_ADJECTIVE = frozenset("a an the this that these those its their his her our your my newly well most more much".split())
_WORD_RE = re.compile(r"[\w'’-]+")
_ROMANCE_PAST_RE = re.compile(r"\b(?:[a-zñ]{2,}(?:ó|ò|aron|ieron)|[a-z]{3,}ou|(?:a|ont) [a-zé]{2,}é(?:e|s|es)?)\b")


def _has_past_verb(text: str) -> bool:
    """Does the line hold a finite verb in the past ("Oil prices jumped on Monday.")?  (A headline's passive
    participle, "Man charged over fire.", reads as one too: such a line is left to its story.)"""
    words = _WORD_RE.findall(text)
    for previous, word in zip(words, words[1:]):
        if previous.lower() in _BEFORE_ADJECTIVE or "-" in word or not word.islower() or word in _NOT_PAST:
            continue
        if word in _PAST_ONLY_FORMS or len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
            return True
    return bool(_ROMANCE_PAST_RE.search(text))


def _mark_stop_headlines(units: list[Unit]) -> list[Unit]:
    """Mark the headlines that end in a full stop, as some newsletters and apps write them ("Ministers drop
    plan to scrap the fuel duty cut."), which a short first sentence of a story would be too.  The line must
    be a title but for its stop (not opening on a connective or pronoun, no attribution, at most two
    sentences) and the evidence on both sides must say headline: a byline under it; or, in headline grammar
    (no pronoun, no past auxiliary), the line above
    ends a paragraph (no title-like line, which may be a headline whose standfirst it is), the paragraph under
    it is a longer lede that takes up its words, opens no continuation and opens on a dateline or names
    people and places mostly not named above (a short paragraph of a story is followed by more of its
    names), and the paragraphs above do not take the line's words up; the first line of all, with nothing
    above to weigh, holds no past verb either ("Oil prices jumped on Monday.").  The boundary models then weigh the
    line as any other candidate.  (Without the lede's names, short sentences of real stories were marked:
    10 to 15 lines a source, which the models then mostly turned down.)"""
    marked = list(units)
    for i, unit in enumerate(units[:-1]):
        text = unit.text.strip()
        if not _title_but_for_stop(unit):
            continue
        if not unit.byline_after:
            if not _lede_under_stop_title(unit, units[i + 1]) or not _announces(text, units[i + 1].text):
                continue
            if i and (_is_candidate(units[i - 1]) or units[i - 1].text.rstrip()[-1:] not in _TERMINAL + _QUOTES + ")"):
                continue  # right under a headline (its standfirst; a short one reads as a section label), or inside a paragraph
            if not i and _has_past_verb(text):
                continue  # nothing above to weigh it against: a past verb ("Oil prices jumped on Monday.") says sentence
            if _announces(text, " ".join(u.text for u in units[max(0, i - 3) : i])):
                continue  # a line taking up the story so far
            lede = units[i + 1].text
            if not _DATELINE_RE.match(lede) and not _names_new(lede, units[max(0, i - COHESION_WINDOW_UNITS) : i]):
                continue  # a lede opens on a dateline or names who and where anew; a paragraph goes on with the story's names
        marked[i] = replace(unit, stop_headline=True)
    return marked


def _title_but_for_stop(unit: Unit) -> bool:
    """A line ending in a full stop that would be a headline candidate without it: not opening on a connective,
    a pronoun or a quote mark, no attribution ("police said"), at most two sentences."""
    text = unit.text.strip()
    if _is_candidate(unit) or not text.endswith(".") or text[-2:-1] in _QUOTES + ".":
        return False
    if not _is_candidate(replace(unit, text=text[:-1])) or _ATTRIBUTION_RE.search(text):
        return False
    if text.split()[0].lower().strip(_QUOTES + ",") in _CONTINUING_OPENERS or text[:1] in _QUOTES:
        return False
    return sum(_ends_sentence(m.group(1)) for m in _INNER_SENTENCE_BREAK_RE.finditer(text)) <= 1


def _lede_under_stop_title(unit: Unit, following: Unit) -> bool:
    """The line is in headline grammar (no pronoun, no past auxiliary) and the unit under it is a body paragraph
    at least twice as long that opens no continuation: a lede."""
    lede = following.text.strip()
    if _SENTENCE_GRAMMAR_RE.search(unit.text) or _is_candidate(following) or len(lede.split()) < 2 * len(unit.text.split()):
        return False
    return lede.lstrip(_QUOTES).split(" ", 1)[0].lower().strip(",") not in _CONTINUING_OPENERS


def _opens_on_stop_headline(stories: list[list[Unit]]) -> bool:
    """Does the first story open on a headline ending in a full stop that its lede does not take up (which
    _mark_stop_headlines needs)?  The paste's own style says so: every other story opens on a headline and
    another one ends in a full stop too ("The rail strike is over. The anger is not." above a story whose
    lede names the drivers' vote).  The line is a title but for its stop, in headline grammar (no pronoun,
    no past auxiliary or verb: nothing above tells a headline from a first sentence), above a lede at least
    twice its length that opens on a dateline or names who or where."""
    if len(stories) < 2 or len(stories[0]) < 2 or not all(_is_candidate(story[0]) for story in stories[1:]):
        return False
    if not any(story[0].text.rstrip().endswith(".") for story in stories[1:]):
        return False  # the paste's other headlines end bare: a first line ending in a stop is a sentence
    first, lede = stories[0][0], stories[0][1]
    if not _title_but_for_stop(first) or not _lede_under_stop_title(first, lede) or _has_past_verb(first.text):
        return False
    return bool(_DATELINE_RE.match(lede.text) or _names_new(lede.text, []))


def _names_new(lede: str, above: list[Unit]) -> bool:
    """Does the paragraph name people, places or bodies (capitalised words inside its sentences), most of
    them not named in the units above?"""
    names = _names(lede)
    known = set().union(*(_names(u.text) | {w.lower() for w in _sentence_openers(u.text)} for u in above)) if above else set()
    return bool(names) and len(names - known) >= 0.5 * len(names)


class _Context:
    """What the features of every candidate need: names and title shapes of the units, and the
    tf-idf dot products of every unit with every body unit, summed so that the cosine of any two
    runs of units costs a few lookups (title-like units count as no body text)."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        mid_sentence = [_names(unit.text) for unit in units]
        known = set().union(*mid_sentence) if units else set()
        # A sentence opening on a name named elsewhere in the paste ("Vos, who is 74, …") names it too.
        self.names = [names | {w.lower() for w in _sentence_openers(unit.text)} & known
                      for unit, names in zip(units, mid_sentence)]
        name_counts = Counter(name for names in self.names for name in names)
        # A name in every story of the paste ("Trump") says little about which story a line is in.
        self.name_idf = {name: math.log((len(units) + 1) / (count + 0.5)) for name, count in name_counts.items()}
        self.titles = [_is_candidate(unit) or _is_label(unit) for unit in units]  # not body text
        idf = _idf(units)
        vectors = [_vector([unit], idf) for unit in units]
        # Unit-by-unit dot products through the terms two units share (no BLAS: its threads
        # crawl when the cores are busy); a unit's own squared norm on the diagonal.
        postings: dict[str, list[tuple[int, float]]] = {}
        for row, vector in enumerate(vectors):
            for term, weight in vector.items():
                postings.setdefault(term, []).append((row, weight))
        gram = np.zeros((len(units), len(units)))
        for posting in postings.values():
            if len(posting) > 1:
                rows = [row for row, _ in posting]
                weights = np.array([weight for _, weight in posting])
                gram[np.ix_(rows, rows)] += np.outer(weights, weights)
        np.fill_diagonal(gram, [sum(w * w for w in vector.values()) for vector in vectors])
        self.squared_norms = np.diag(gram).copy()
        body = np.array([not title for title in self.titles], dtype=float)
        gram_with_body = gram * body[None, :]  # unit i · body unit j
        self.line_sums = np.zeros((len(units), len(units) + 1))
        self.line_sums[:, 1:] = np.cumsum(gram_with_body, axis=1)
        self.body_sums = np.zeros((len(units) + 1, len(units) + 1))
        self.body_sums[1:, 1:] = np.cumsum(np.cumsum(gram_with_body * body[:, None], axis=0), axis=1)

    def name_weight(self, names: set[str]) -> float:
        return sum(self.name_idf.get(name, 0.0) for name in names)

    def _dot(self, a: tuple[int, int], b: tuple[int, int]) -> float:
        s = self.body_sums
        return float(s[a[1], b[1]] - s[a[0], b[1]] - s[a[1], b[0]] + s[a[0], b[0]])

    def cosine(self, a: tuple[int, int], b: tuple[int, int]) -> float:
        """Cosine of the body text of units a[0]..a[1]-1 and b[0]..b[1]-1."""
        if a[1] <= a[0] or b[1] <= b[0]:
            return 0.0
        norm = math.sqrt(max(0.0, self._dot(a, a)) * max(0.0, self._dot(b, b)))
        return self._dot(a, b) / norm if norm > 1e-12 else 0.0

    def line_cosine(self, line: int, b: tuple[int, int]) -> float:
        """Cosine of unit `line` (title or not) and the body text of units b[0]..b[1]-1."""
        if b[1] <= b[0]:
            return 0.0
        norm = math.sqrt(max(0.0, self.squared_norms[line]) * max(0.0, self._dot(b, b)))
        return float(self.line_sums[line, b[1]] - self.line_sums[line, b[0]]) / norm if norm > 1e-12 else 0.0


FEATURE_NAMES = (
    "cohesion_before_after",  # tf-idf cosine of the story so far and the text after the line
    "line_announces_after",  # cosine of the line and the text after it
    "line_echoes_before",  # cosine of the line and the story so far
    "names_continue",  # share of the names after the line already named in the story (names weighted by rarity)
    "names_new_in_lede",  # names of the first paragraph after the line never seen before (log)
    "words",  # words in the line (log)
    "all_caps",
    "capitalised_words",  # share of the line's words that start upper-case
    "shape_of_story_title",  # same case pattern and similar length as the current story's title
    "ends_question_or_exclamation",
    "quote_or_list_shape",  # opens or closes in quote marks, holds a colon or "–" after a name or year
    "inner_sentence_break",
    "titles_above",  # title-like lines right above it (log)
    "titles_below",  # title-like lines right below it (log): lists and runs of subheadings
    "list_neighbours",  # lines next to it that share its opening shape (a year, a number, a name and a dash)
    "separator_before",
    "byline_after",
    "dateline_after",
    "story_so_far",  # units since the story's start (log)
    "lede_words",  # words in the first paragraph after the line (log)
    "lowercase_function_words",  # share of small lower-case words ("the", "of", "is"): sentence-like
    "markdown_heading",
    "first_of_run",  # no title-like line right above it
    "previous_words",  # words in the line above (log): a story's last paragraph, or a list item
    "cohesion_story_after",  # cosine of the whole story so far and the text after the line
    "story_title_after",  # cosine of the current story's headline and the text after the line
    "style_change",  # |log| of the ratio of mean paragraph lengths after the line and in the story so far
    "lede_says_when",  # the first sentence after the line names a day or date ("on Tuesday", "March 3")
    "lede_continues",  # the paragraph after the line opens on a connective or a pronoun ("But", "He")
)


def boundary_features(context: _Context, index: int, story_start: int, story_end: int | None = None) -> list[float]:
    """The evidence that the candidate at `index` opens a new story (story so far: story_start..index).
    With `story_end`, also the evidence of the whole stories on both sides: story_start..index
    before, index..story_end after (SEGMENT_FEATURE_NAMES)."""
    units, unit = context.units, context.units[index]
    text = unit.text.strip()
    words = text.split()
    before = (max(story_start, index - COHESION_WINDOW_UNITS), index)
    story = (story_start, index)
    after = _after_indices(context, index)
    after_range = (index + 1, after[-1] + 1) if after else (index + 1, index + 1)
    story_names = set().union(*(context.names[i] for i in range(story_start, index))) if index > story_start else set()
    after_names = set().union(*(context.names[i] for i in after)) if after else set()
    lede_names = context.names[after[0]] if after else set()
    lede = units[after[0]].text if after else ""
    story_title = units[story_start]
    features = [
        context.cosine(before, after_range),
        context.line_cosine(index, after_range),
        context.line_cosine(index, before),
        context.name_weight(after_names & story_names) / context.name_weight(after_names) if after_names else 0.5,
        math.log1p(len(lede_names - story_names)),
        math.log(len(words)),
        float(text.upper() == text and any(c.isalpha() for c in text)),
        sum(w[:1].isupper() for w in words) / len(words),
        float(story_start < index and _same_shape(story_title.text, text)),
        float(text.rstrip(_QUOTES)[-1:] in "?!"),
        float(_QUOTE_OR_LIST_RE.search(text) is not None),
        float(any(_ends_sentence(m.group(1)) for m in _INNER_SENTENCE_BREAK_RE.finditer(text))),
        math.log1p(_run_length(context, index, -1)),
        math.log1p(_run_length(context, index, +1)),
        float(_list_neighbours(units, index)),
        float(unit.break_before),
        float(unit.byline_after),
        float(bool(_DATELINE_RE.match(lede))),
        math.log1p(index - story_start),
        math.log1p(len(lede.split())),
        sum(w in _FUNCTION_WORDS for w in words) / len(words),
        float(bool(unit.heading_level)),
        float(index == 0 or not context.titles[index - 1]),
        math.log1p(len(units[index - 1].text.split())) if index else 0.0,
        context.cosine(story, after_range),
        context.line_cosine(story_start, after_range),
        _style_change(context, range(story_start + 1, index), after),
        float(bool(_WHEN_RE.search(re.split(r"(?<=[.!?])\s+", lede, maxsplit=1)[0]))),
        float(lede.lstrip(_QUOTES).split(" ", 1)[0].lower().strip(",") in _CONTINUING_OPENERS),
    ]
    if story_end is None:
        return features
    rest = range(index + 1, max(index + 1, story_end))
    rest_range = (rest.start, rest.stop)
    rest_names = set().union(*(context.names[i] for i in rest)) if rest else set()
    fewer = min(context.name_weight(story_names), context.name_weight(rest_names))
    shared_names = context.name_weight(story_names & rest_names) / fewer if fewer else 0.0
    return features + [
        context.cosine(story, rest_range),
        shared_names,
        context.line_cosine(index, rest_range),
        math.log1p(len(rest)),
    ]


SEGMENT_FEATURE_NAMES = FEATURE_NAMES + (
    "story_cohesion",  # tf-idf cosine of the story so far and the rest up to the next story start
    "story_names_shared",  # names the two share, over the fewer names of the two (weighted by rarity)
    "line_announces_rest",  # cosine of the line and the rest
    "rest_units",  # units in the rest (log)
)


def boundary_probability(features: list[float], model: dict) -> float:
    """The model's probability that a candidate opens a new story: standardised features, one
    hidden layer of tanh units, a logistic output; the mean over the model's networks (networks
    fitted from different starts, weights in segment_model.py)."""
    networks = _arrays(model)
    z = (np.asarray(features) - networks[0][0]) / networks[0][1]
    total = 0.0
    for _, _, hidden_weights, hidden_bias, output_weights, output_bias in networks:
        output = output_bias + float(output_weights @ np.tanh(hidden_weights @ z + hidden_bias))
        total += 1 / (1 + math.exp(-max(-30.0, min(30.0, output))))
    return total / len(networks)


_MODEL_ARRAYS: dict[int, tuple[dict, list]] = {}


def _arrays(model: dict) -> list[tuple]:
    """The model's weights as arrays, one tuple per network, converted once per model dict (a model
    without "networks" is one network)."""
    cached = _MODEL_ARRAYS.get(id(model))
    if cached is None or cached[0] is not model:
        mean, scale = np.asarray(model["mean"], dtype=float), np.asarray(model["scale"], dtype=float)
        networks = [(mean, scale, *(np.asarray(network[name], dtype=float)
                                    for name in ("hidden_weights", "hidden_bias", "output_weights")),
                     float(network["output_bias"])) for network in model.get("networks", [model])]
        cached = _MODEL_ARRAYS[id(model)] = (model, networks)
    return cached[1]


_FUNCTION_WORDS = frozenset("the a an of to in on is are was were for and or but with by at from as that this it be has have".split())
_QUOTE_OR_LIST_RE = re.compile(r"^[\"'“‘«]|[\"'”’»][.!?…]?$|^\S+(?: \S+){0,4}\s*[:–—]\s|^\d{4}\b|^(?:Q|A)\s*[:.]")
_KICKER_RE = re.compile(r"^(?:BREAKING|EXCLUSIVE|UPDATE[D]?|LIVE|WATCH|OPINION|ANALYSIS|REVIEW|EDITORIAL|JUST IN)(?: NEWS)?\s*[:–—-]")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A dateline opening a story's first paragraph: "ATLANTA --", "LONDON (Reuters) -", "NEW DELHI:",
# "Paris, May 10 —", "(CNN)".  A label opening on a question word ("WHAT:", "WHY IT MATTERS:") names no place.
_DATELINE_RE = re.compile(
    r"^(?:(?!(?:WHAT|WHY|WHEN|WHERE|WHO|HOW)\b)[A-Z][A-Z.'’ ]{1,30}[A-Z.](?:,\s[A-Z][\w.]+(?: [A-Z][\w.]+)?)?(?:,\s" + _MONTH + r"\s\d{1,2})?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s" + _MONTH + r"\s\d{1,2})(?:\s\([^)]{1,30}\))?\s*(?:--|—|–|-|:)\s+(?=\S)"
    r"|^\((?:CNN|AP|AFP|Reuters|Bloomberg|UPI)\)\s"
    r"|^" + _MONTH + r"\s\d{1,2}\s\([^)]{1,30}\)\s*(?:--|—|–|-)\s+(?=\S)"  # "June 3 (Reuters) - "
)
# A dateline that gives the day the story was filed: "CARROW, March 3 —", "LONDON, March 3 (Reuters) -",
# "COLUMBUS, Ohio, March 2, 2026 /PRNewswire/ --", "June 3 (Reuters) - " (the places as `_DATELINE_RE` reads them).
# A weekday or "Updated" is no place ("Friday, Nov. 6 — Protesters gathered" is a timeline's line), and a date
# without a place needs a news agency in its brackets ("November 3 (Tuesday) - Voters" is a timeline's line too).
_WIRE_AGENCY = r"Reuters|REUTERS|AP|AFP|Bloomberg|UPI|CNN|Xinhua|dpa|DPA|ANSA|Kyodo|Yonhap|AAP|IANS|PTI|ANI|EFE|Anadolu|Interfax|TASS|Bernama|CP|PA"
_NOT_A_PLACE = (r"(?!(?i:what|why|when|where|who|how|updated|posted|published|last|edited|corrected|"
                r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)\b)")
_DATED_DATELINE_RE = re.compile(
    r"(?:" + _NOT_A_PLACE + r"(?:[A-Z][A-Z.'’ ]{1,30}[A-Z.]|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s[A-Z][\w.]+(?: [A-Z][\w.]+)?)?,\s"
    r"(?P<month>" + _MONTH + r")\s(?P<day>\d{1,2})(?:,\s(?P<year>(?:19|20)\d\d))?(?:\s\([^)]{1,30}\)|\s/[^/]{1,30}/)?"
    r"|(?P<month2>" + _MONTH + r")\s(?P<day2>\d{1,2})\s\((?:" + _WIRE_AGENCY + r")\b[^)]{0,20}\))\s*(?:--|—|–|-)\s+(?=\S)"
)
# How far from the day of pasting a dateline's day may lie: a wire story is not filed in the future (a few
# days of slack for time zones and late pastes), and a year-less one more than ~10 months old is ambiguous.
_FILED_AHEAD = timedelta(days=7)
_FILED_BEHIND = timedelta(days=300)
_MONTH_NUMBERS = {name: number for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


def dateline_end(text: str) -> int:
    """Where a wire's dateline opening `text` ends, at the story's first word ("WASHINGTON (AP) — ",
    "LONDON, Feb 4 (Reuters) - ", "DUBLIN, Feb. 2, 2026 /PRNewswire/ -- "); 0 without one."""
    match = _DATED_DATELINE_RE.match(text) or _DATELINE_RE.match(text)
    return match.end() if match else 0


OPENING_PARAGRAPHS = 2  # a dateline opens one of a story's first paragraphs (a press release's subheadline comes first)


def filed_on(text: str, published: date | None) -> tuple[date, int, int] | None:
    """The day a wire dateline opening the story's first paragraph (or its second, after a subheadline
    without a full stop) says it was filed, and where that dateline starts and ends in `text`.  A year-less
    dateline takes the year that puts its day within a week after `published` or ~10 months before; a day
    outside that window (or a given year's day more than a week after `published`) keeps `published`.
    None without a dated dateline, or with neither a year nor a publication date."""
    start = len(text) - len(text.lstrip())
    for _ in range(OPENING_PARAGRAPHS):
        match = _DATED_DATELINE_RE.match(text, start)
        if match is not None:
            break
        following = text.find("\n\n", start)
        if following < 0 or text[start:following].rstrip()[-1:] in (".", "!", "?"):
            return None  # the first paragraph a sentence: what follows is the story, not its dateline
        start = following + 2 + len(text[following + 2 :]) - len(text[following + 2 :].lstrip())
    else:
        return None
    if match.group("year") is None and published is None:
        return None
    month = _MONTH_NUMBERS[(match.group("month") or match.group("month2"))[:3].lower()]
    day = int(match.group("day") or match.group("day2"))
    years = [int(match.group("year"))] if match.group("year") else [published.year + 1, published.year, published.year - 1]
    candidates = []
    for year in years:
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue  # "Feb. 29" in a year without one
    if not candidates:
        return None
    if published is None:
        return candidates[0], start, match.end()
    earliest = published - _FILED_BEHIND if match.group("year") is None else date.min
    within = [filed for filed in candidates if earliest <= filed <= published + _FILED_AHEAD]
    return (within[0] if within else published), start, match.end()


_CAPITALISED_WORD_RE = re.compile(r"\b[A-Z][\w'’-]+")
# A past-tense verb of saying, then a colon and an opening quote mark: a quote given in a paragraph.
# (Headlines say "says"; "Johnson: 'I will not resign'" has no verb before its colon.)
_QUOTE_INTRODUCED_RE = re.compile(
    r"\b(?:said|told|replied|added|wrote|tweeted|posted|responded|declared|insisted|explained)\b[^:\"“]{0,60}:\s*[\"“‘']")


def _names(text: str) -> set[str]:
    """Capitalised words not opening a sentence: names of people, places and organisations (not a
    dateline's, which every story of a wire's paste has)."""
    dateline = _DATELINE_RE.match(text)
    if dateline:
        text = text[dateline.end() :]
    names = set()
    for match in _CAPITALISED_WORD_RE.finditer(text):
        start = match.start()
        preceding = text[:start].rstrip()
        word = match.group().lower()
        if preceding and preceding[-1] not in _TERMINAL + _QUOTES + ":":
            names.add(word)
    return names



def _sentence_openers(text: str) -> list[str]:
    """The capitalised first word of each sentence of the text."""
    return [m.group(1) for m in _SENTENCE_OPENER_RE.finditer(text)]


_SENTENCE_OPENER_RE = re.compile(r"(?:^|[.!?][\"'”’]?\s+)[\"'“‘]?([A-Z][\w'’-]+)")
# Words that open a paragraph continuing what came before, never a lede: connectives and pronouns.
_CONTINUING_OPENERS = frozenset(
    "but and yet so still however meanwhile instead also then that this these those it its he she they his her "
    "their we i there such both others another".split())
# A lede says when: a day, "yesterday", "this week", a month and a day.
_WHEN_RE = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|this (?:week|month|morning|year)|"
    r"last (?:week|month|night|year)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b)",
    re.IGNORECASE)


def _mean_paragraph_words(units: list[Unit], indices) -> float:
    lengths = [len(units[i].text.split()) for i in indices]
    return sum(lengths) / len(lengths) if lengths else 0.0


def _style_change(context: _Context, before: range, after: list[int]) -> float:
    """How far the paragraphs after a line differ in length from those of the story so far (title-like
    lines left out): a wire story's short paragraphs after a feature's long ones."""
    before_body = [i for i in before if not context.titles[i]]
    a, b = _mean_paragraph_words(context.units, before_body), _mean_paragraph_words(context.units, after)
    return abs(math.log(a / b)) if a and b else 0.0


def _after_indices(context: _Context, index: int) -> list[int]:
    """The body paragraphs after a candidate, up to the next title-like line (a subtitle or kicker
    right under the candidate is skipped)."""
    section: list[int] = []
    words = 0
    for i in range(index + 1, len(context.units)):
        if context.titles[i]:
            if words >= AFTER_MIN_WORDS:
                break
            continue
        section.append(i)
        words += len(context.units[i].text.split())
        if len(section) == COHESION_WINDOW_UNITS:
            break
    return section


def _run_length(context: _Context, index: int, step: int) -> int:
    """Title-like lines right above (step -1) or below (+1) the candidate."""
    count, i = 0, index + step
    while 0 <= i < len(context.units) and context.titles[i]:
        count, i = count + 1, i + step
    return count


def _opening_shape(text: str) -> str:
    """A line's opening shape: "9" for a number or year, "Aa–" for a name and a dash, "Aa:" for a label."""
    match = re.match(r"^(\d+)|^([^\W\d]+(?: [^\W\d]+){0,3})\s*([:–—-])\s", text)
    if not match:
        return ""
    return "9" if match.group(1) else "Aa" + match.group(3)


def _list_neighbours(units: list[Unit], index: int) -> bool:
    shape = _opening_shape(units[index].text)
    if not shape:
        return False
    return any(0 <= j < len(units) and _opening_shape(units[j].text) == shape for j in (index - 1, index + 1, index - 2, index + 2))


def _case_pattern(text: str) -> str:
    words = [w for w in text.split() if w[:1].isalpha()]
    if not words:
        return "other"
    if text.upper() == text:
        return "caps"
    capitalised = sum(w[:1].isupper() for w in words) / len(words)
    return "title" if capitalised > 0.6 else "sentence"


def _same_shape(title: str, text: str) -> bool:
    """Same case pattern and a length within a factor of two: headlines of one paste look alike."""
    a, b = len(title.split()), len(text.split())
    return _case_pattern(title) == _case_pattern(text) and max(a, b) <= 2 * min(a, b)


def _tokens(text: str) -> set[str]:
    return set(terms(text))


def _idf(units: list[Unit]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for unit in units:
        df.update(_tokens(unit.text))
    n = len(units)
    return {term: math.log((n + 1) / (count + 0.5)) for term, count in df.items()}


def _vector(units: list[Unit], idf: dict[str, float]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for unit in units:
        counts.update(terms(unit.text))
    return {term: (1 + math.log(tf)) * idf.get(term, 0.0) for term, tf in counts.items()}


# Articles --------------------------------------------------------------------------------------


def _title_and_body(units: list[Unit], fallback_title: str | None) -> tuple[str, list[str]]:
    """The headline is the story's first unit when it reads as one; otherwise the page title, or
    the opening words of the first sentence."""
    if len(units) > 1 and (_is_candidate(units[0]) or _numbered_title(units[0]) is not None):
        return _NUMBER_RE.sub("", units[0].text), [without_lead_label(u.text) for u in units[1:]]
    body = [without_lead_label(u.text) for u in units]
    if fallback_title:
        return fallback_title.strip(), body
    first_sentence = re.split(r"(?<=[.!?])\s+", body[0], maxsplit=1)[0] if body else ""
    first_sentence = first_sentence[dateline_end(first_sentence):]  # "NAIROBI (Reuters) - " titles nothing
    words = first_sentence.split()
    title = " ".join(words[:14]) + ("…" if len(words) > 14 else "")
    return title.rstrip(".") if title else "Untitled", body


def _make_article(document: Document, title: str, body: list[str]) -> Article:
    """An article of the document; its publication date the day its wire dateline gives (`filed_on`),
    from which its relative dates ("on Tuesday", "yesterday") count, else the document's."""
    text = "\n\n".join(body)
    filed = filed_on(text, document.published)
    return Article(
        id=content_id(title, text),
        document_id=document.id,
        title=title,
        text=text,
        url=document.url,
        source=outlet_name(document),
        published=filed[0] if filed else document.published,
        authors=document.authors,
        language=document.language or "en",
        source_id=document.source_id,
    )


# Briefings read back -------------------------------------------------------------------------------

# wirebrief's own format (`render.to_markdown`): a header line with the `date` command's time and the title, then
# labelled sections. A text that opens with such a header is read as briefings, one story per header.
_BRIEFING_HEADER_RE = re.compile(
    r"^(?P<time>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} "
    r"\d\d:\d\d:\d\d UTC \d{4}): # (?P<title>.+?)\s*$",
    re.MULTILINE,
)
# Section labels, and whether the lines under one are content: prose sections and the timeline are; key players,
# quotes (repeating the text) and the list of cited sources are not.
_BRIEFING_SECTIONS = {
    "The Story": True, "Key Points": True, "Key Takeaways": True, "Impact Analysis": True, "What's New": True,
    "Timeline": True, "Key Players": False, "Quotes": False, "Sources": False,
}  # fmt: skip
_SECTION_LABEL_RE = re.compile(r"^(?P<label>" + "|".join(re.escape(label) for label in _BRIEFING_SECTIONS) + r"):\s*$")
_TIMELINE_DATE_RE = re.compile(r"^\d{4}(?:-\d\d){0,2}:\s+")  # "2026-02-04: ", "2026-02: ", "2026: "
_CITATION_MARKS_RE = re.compile(r"(?:\s*\[\d+\])+(?=\s|$)")  # " [1][3]" after each statement, with --citations


# An empty section's line ("Nothing further in the source looks ahead."): it says what the source lacks, and is
# no statement of the story.
_ABSENCE_LINES = frozenset(line.format(source=source) for line in (*ABSENT.values(), ABSENT_AHEAD_ABOVE) for source in ("source", "sources"))


def read_briefings(document: Document) -> list[Article]:
    """Briefings in wirebrief's format read back as articles: each header gives one, its title the header's
    and its publication date the header's time; the statements of its content sections are its paragraphs
    (bullets without their mark, a timeline entry without its date, citation marks dropped), the labels not."""
    headers = list(_BRIEFING_HEADER_RE.finditer(document.text))
    articles = []
    for header, following in zip(headers, [*headers[1:], None]):
        end = following.start() if following else len(document.text)
        paragraphs: list[str] = []
        content = True
        for line in document.text[header.end() : end].split("\n"):
            line = line.strip()
            label = _SECTION_LABEL_RE.match(line)
            if label:
                content = _BRIEFING_SECTIONS[label.group("label")]
                continue
            if not content or not line or line in _ABSENCE_LINES:
                continue
            line = _CITATION_MARKS_RE.sub("", _BULLET_RE.sub("", line, count=1))
            line = _TIMELINE_DATE_RE.sub("", line, count=1).strip()
            if line:
                paragraphs.append(line)
        if not paragraphs:
            continue
        written = datetime.strptime(header.group("time"), "%a %b %d %H:%M:%S UTC %Y")
        title = document.title.strip() if document.single_article and document.title else header.group("title")
        article = _make_article(document, title, paragraphs)
        articles.append(dataclasses.replace(article, published=written.date()))
    return articles[:1] if document.single_article else articles


# Furniture kept for annotation ---------------------------------------------------------------------
#
# A page's lines the segmenter takes out of a story (captions, correction notes, "Read more" links, summary
# boxes, a press release's back matter) are no text a briefing may cite, yet they are the page's own words and
# may date something ("… in San Diego on Feb. 20, 2025", "Correction, Feb. 17, 2023: …").  `removed_lines` finds
# them by setting the page's units beside the articles cut from it, in page order; the full annotation reads
# their dates (`pipeline.annotate_documents`), a briefing never sees them.

_WORDS_RE = re.compile(r"[^\W_]+")
_STAMP_SEGMENT_RE = re.compile(r"\s+[|•·]\s+")  # "Published Oct. 18, 2024, 6:12 p.m. CT | Updated 9:40 p.m. CT"
_STAMP_TIME_RE = re.compile(r"\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)", re.IGNORECASE)
_STAMP_WORDS = frozenset("published updated posted last modified first on at by in and this article story was".split())


def _flat(text: str) -> str:
    """The text's words, lower-cased and set between single spaces (and a space at either end): what a line
    and the article it went into are compared by."""
    return " " + " ".join(_WORDS_RE.findall(text.lower())) + " "


def is_publication_stamp(text: str, published: date | None = None) -> bool:
    """A line that only says when (and by whom) the page was published or updated: "Wednesday, November 16,
    2022", "Published Oct. 18, 2024, 6:12 p.m. CT | Updated 9:40 p.m. CT", "By Jessica Trammell | April 10,
    2026", "Sun 11 Jun 2023 07.00 BST". Each part between separators is a byline, or once its dates, times and
    zones are gone, holds no word but a stamp's ("published", "updated", "on", "at") and at most one name
    (the outlet's, the section's). "Correction, Feb. 17, 2023: An earlier version …" says more. A date alone that
    is not the day the page was `published` (given), or the day either side of it, is none: a live blog's heading over a day's posts ("Friday 14
    March", "Thursday 13 March 2025"), a day of the page's own."""
    stamped = False  # a byline or a stamp's word: the page's, whatever day it gives
    for part in _STAMP_SEGMENT_RE.split(text.strip()):
        part = part.strip(" ,;:()[]–—-")
        if not part or _BYLINE_RE.match(part) and len(part.split()) <= 12:
            stamped = stamped or bool(part)
            continue
        rest = _STAMP_TIME_RE.sub(" ", _STAMP_DAY_RE.sub(" ", part))
        words = [w for w in _WORDS_RE.findall(rest) if not w.isdigit() and w.lower() not in dates.MONTHS and w.lower().rstrip(".") not in dates.MONTHS
                 and w.lower() not in dates.WEEKDAYS and not (w.isupper() and 2 <= len(w) <= 5)]  # a time zone: "CT", "BST", "JST"
        stamped = stamped or any(w.lower() in _STAMP_WORDS for w in words)
        words = [w for w in words if w.lower() not in _STAMP_WORDS]
        if len(words) > 1 or any(w[:1].islower() for w in words):
            return False
    if stamped or published is None:
        return True
    days = [_day_of(match) for match in _STAMP_DAY_RE.finditer(text)]  # a day off: the page's clock and the feed's differ
    return any(day is not None and abs((day - published).days) <= 1 for day in days)


def stamp_days(text: str) -> list[tuple[str, date]]:
    """The whole dates a stamp line writes, each with the day it gives ("Updated May 18, 2023 6:41 pm ET" → [("May
    18, 2023", 2023-05-18)]); a date that is no day ("30 February", a weekday not the date's) is left out."""
    found = ((match.group().strip(" ,"), _day_of(match)) for match in _STAMP_DAY_RE.finditer(text))
    return [(written, day) for written, day in found if day is not None]


def is_caption(text: str) -> bool:
    """A picture's caption: a credit after it or a label before it ("… on Saturday. Photograph: Tom Jenkins",
    "Photo: …", "(Staff photo)"), or a subject "pictured" ("Flood-hit Fishlake, pictured in November 2019")."""
    line = text.strip()
    return bool(_CREDIT_HEAD_RE.match(line) or _NYT_CREDIT_RE.search(line) or re.search(r"\bpictured\b", line, re.IGNORECASE)
                or len(line.split()) <= CAPTION_MAX_WORDS and any(pattern.search(line) for pattern in _CREDIT_TAIL_RES))


_RELATED_LINK_RE = re.compile(r"^\W*(?:read more|also read|read also|related(?: stories| coverage| content| articles?)?|see also|more on this(?: story)?"
                              r"|recommended|read|more|watch)\s*[:|–—-]\s*\S", re.IGNORECASE)


def is_related_link(text: str) -> bool:
    """A link to another story under a label ("Read more: Police arrest man after stabbing on Friday", "Related: …",
    "Also read: …"): its words are that story's headline, told from that story's day."""
    return bool(_RELATED_LINK_RE.match(text.strip()))


def removed_lines(document: Document, articles: list[Article]) -> list[tuple[str, ...]]:
    """For each article cut from the document (as `split_document` gave them), the lines or parts of lines of
    the page that it left out, in page order: a unit none of its words went into the article, or the sentences
    of a unit that went in only in part. A line inside a story (before its last line the article kept) belongs
    to it, and so does a line after the last story. A line between one story's last line and the next story's
    headline (a digest's picture above the next headline, or the first story's last caption) belongs to the
    story the page's separator line ("***", "---") puts it with, and to neither where no separator stands
    between them. In a page of several stories, the lines above the first (masthead, contents) belong to none."""
    if _BRIEFING_HEADER_RE.match(document.text.lstrip()):
        return [() for _ in articles]  # wirebrief's own briefings read back: their other sections are no page's lines
    if not articles:
        return []
    kept = [_flat(article.title + "\n" + article.text) for article in articles]
    out: list[list[str]] = [[] for _ in articles]
    current: int | None = 0 if len(articles) == 1 else None
    pending: list[tuple[str, bool]] = []  # lines after the current story's last kept line: (line, after a separator)
    separated = False  # a separator line stands between the current story's last kept line and here
    for unit in _split_units(document.text, prose_lines=document.single_article):
        text = strip_prompts(unit.text)
        flat = _flat(text)
        if not flat.strip():
            separated = True  # a line of no words: a rule between stories ("***", "---", "•")
            continue
        owner = next((k for k in range(current or 0, len(articles)) if flat in kept[k]), None)
        if owner is not None:
            if current is not None:
                for line, after in pending:
                    if owner == current:
                        out[current].append(line)
                    elif after:
                        out[owner].append(line)  # in the next story's block, above its headline
                    elif any(later for _, later in pending) or separated:
                        out[current].append(line)  # before the separator that closes the story
            pending, separated = [], False
            current = owner
            continue
        if current is None:
            continue
        run: list[str] = []
        parts: list[str] = []
        inside = False  # some sentence of the unit went into the story
        for part in [*_ROUGH_SENTENCE_BREAK_RE.split(text), ""]:
            if part and _flat(part).strip() and _flat(part) not in kept[current]:
                run.append(part.strip())
            else:
                inside = inside or bool(part and _flat(part).strip())
                if run:
                    parts.append(" ".join(run))
                    run = []
        if inside:
            out[current].extend([line for line, _ in pending] + parts)
            pending, separated = [], False
        else:
            pending.extend((line, separated) for line in parts)
    if current is not None:
        out[current].extend(line for line, _ in pending)
    return [tuple(lines) for lines in out]
