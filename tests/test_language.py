"""Articles not in English: recognised, said so, split into sentences by their language's rules, and
briefed without the English-only readings (speakers, dates, roles) rather than with wrong ones."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from test_cli import FLOOD_TEXT, cli_env
from wirebrief import language, pipeline
from wirebrief.config import Settings
from wirebrief.models import Document

SPANISH = """Marte llega a Madrid para la cumbre europea

Marte Solberg, ministra noruega de Exteriores, llegó el martes a Madrid para reunirse con el presidente del Gobierno. «Queremos un acuerdo antes de marzo», dijo Solberg a los periodistas en el aeropuerto.

La cumbre reunirá a los ministros de veintisiete países durante dos días. El Gobierno espera cerrar un pacto sobre la energía y la defensa del continente.

Los sindicatos han convocado una manifestación frente al Palacio Real para el jueves por la mañana."""

FRENCH = """Le gouvernement présente sa réforme des retraites

Le Premier ministre a présenté mardi à Paris une réforme des retraites qui repousse l'âge légal de départ. « Nous n'avons pas le choix », a déclaré le ministre du Travail, M. Dupont, devant l'Assemblée nationale.

Les syndicats appellent à une grève nationale le 7 mars. Ils estiment que la réforme pénalise les salariés aux carrières longues."""


def test_detect_tells_english_from_other_languages() -> None:
    assert language.detect(FLOOD_TEXT) == "en"
    assert language.detect(SPANISH) == "es"
    assert language.detect(FRENCH) == "fr"
    assert language.detect("Trump") is None  # too short to tell


def test_a_spanish_article_is_briefed_without_english_readings() -> None:
    document = Document(id="es1", origin="cumbre.txt", text=SPANISH, published=date(2026, 3, 3), single_article=True)
    [briefed] = pipeline.brief_documents([document], Settings())
    assert briefed.article.language == "es"
    briefing = briefed.briefing
    assert briefing.story and not briefing.timeline and not briefing.key_players and not briefing.quotes  # no "Marte" → March
    sentences = [s.text for s in briefed.sentences]
    assert "«Queremos un acuerdo antes de marzo», dijo Solberg a los periodistas en el aeropuerto." in sentences
    assert len(sentences) >= 5  # split at its sentences, not glued


def test_an_english_page_labelled_in_another_language_is_read_as_english() -> None:
    document = Document(id="en1", origin="page.html", text=FLOOD_TEXT, title="Harbour council approves flood barrier",
                        published=date(2026, 2, 5), language="fr", single_article=True)
    [briefed] = pipeline.brief_documents([document], Settings())
    assert briefed.article.language == "en"
    assert [event.date for event in briefed.briefing.timeline][:1] == [date(2026, 2, 4)]  # "on Wednesday" is read in English


def test_brief_says_which_language_it_found(tmp_path: Path) -> None:
    (tmp_path / "retraites.txt").write_text(FRENCH, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "wirebrief", "brief", "retraites.txt", "--format", "json", "--published", "2026-02-03"],
                         capture_output=True, text=True, env=cli_env(tmp_path), cwd=tmp_path, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "in French; briefed without speakers, dates and roles" in run.stderr
    [briefing] = json.loads(run.stdout)
    assert briefing["story"] and not briefing["timeline"] and not briefing["key_players"]
