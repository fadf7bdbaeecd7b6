"""The command line's printed summaries in Welsh (PARTAPP_LANG=cy): the real commands, run on the
letters' sample data in English and then in Welsh, say what they did in Welsh, with Welsh plural
forms, and no English sentence from the English run is left (names, file names and the
organisation's own texts in quotes stay as they are)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from partapp import cli, language
from partapp.services.store.database import open_database

from .letters_data import build

PEOPLE = "ref,first_name,last_name\nX1,Siân,Evans\nX2,Bryn,Jones\n"
SUGGESTIONS = "date,raised_by,suggestion\n2025-05-01,X1,More buses please\n"
BAD_DATE = "date,raised_by,suggestion\n2025-13-01,X1,Bad date\n"


@pytest.fixture(scope="module")
def data(template_db, tmp_path_factory) -> Path:
    """The letters' sample data, with a reason that says "next month" (a letter warns)."""
    folder = tmp_path_factory.mktemp("cli_welsh")
    path = folder / "data.db"
    shutil.copyfile(template_db, path)
    db = open_database(str(path))
    with db.session_scope() as session:
        build(session)
    db.dispose()
    (folder / "people.csv").write_text(PEOPLE, encoding="utf-8")
    (folder / "suggestions.csv").write_text(SUGGESTIONS, encoding="utf-8")
    (folder / "bad.csv").write_text(BAD_DATE, encoding="utf-8")
    return path


def _run(monkeypatch, capsys, lang: str, db: Path, out: Path, *argv: str) -> tuple[int, str]:
    monkeypatch.setenv(language.ENV_VAR, lang)
    code = cli.run(["--db", str(db), *argv])
    said = capsys.readouterr()
    return code, said.out + said.err


def _session(monkeypatch, capsys, lang: str, data: Path, out: Path) -> dict[str, str]:
    """Every command, on its own copy of the data, writing into ``out``: what each printed."""
    out.mkdir()
    db = out / "data.db"
    shutil.copyfile(data, db)
    files = data.parent
    commands = {
        "letters": ("letters", "--due", "--out", str(out / "due.pdf"), "--welsh-missing",
                    str(out / "welsh.csv"), "--dated-texts", str(out / "dated.csv")),
        "import": ("import", str(files / "people.csv"), str(files / "suggestions.csv")),
        "import again": ("import", str(files / "people.csv"), str(files / "suggestions.csv")),
        "import problem": ("import", str(files / "bad.csv")),
        "report": ("report", "--from", "2025-04-01", "--to", "2026-03-31", "--csv",
                   str(out / "figures.csv"), "--summary", str(out / "summary.pdf")),
        "backup": ("backup", "--out", str(out / "backups")),
        "check": ("check",),
        "export": ("export-person", "P0001", "--out", str(out / "export")),
        "audit": ("audit", "--csv", str(out / "audit.csv")),
        "users": ("users", "list"),
        "decrypt": ("decrypt",),
        "organisation": ("organisation",),
    }
    printed = {}
    for name, argv in commands.items():
        code, text = _run(monkeypatch, capsys, lang, db, out, *argv)
        assert code == (1 if name in ("import problem", "decrypt") else 0), (name, text)
        printed[name] = text.replace(str(out), "OUT")
    return printed


# The organisation's own texts, as the sample data has them: they stay as typed.
OWN_TEXTS = ("You can also ring our manager, Sam Lee, on 01632 960101.", "Participation worker",
             "The Old Mill, 12 Bridge Street, Knighton, LD7 1BT")


def _sentences(text: str) -> list[str]:
    """The English sentences in ``text``: quoted words, the organisation's own texts, file names
    and references taken out, only pieces with three words or more."""
    plain = re.sub(r"\u201c[^\u201d]*\u201d", "", text)
    for own in OWN_TEXTS:
        plain = plain.replace(own, "")
    pieces = re.split(r"(?<=[.:;!?])\s+|\n|\(|\)|, ", plain)
    return [piece.strip() for piece in pieces
            if len(re.findall(r"\b[a-zA-Z]{2,}\b", re.sub(r"--\S+|\S*[/\\.]\S+|P\d{4}", "", piece))) >= 3]


def test_every_summary_is_in_welsh_and_no_english_sentence_is_left(data, tmp_path,
                                                                   monkeypatch, capsys):
    english = _session(monkeypatch, capsys, "en", data, tmp_path / "en")
    welsh = _session(monkeypatch, capsys, "cy", data, tmp_path / "cy")
    assert "Wrote 6 letters to due.pdf." in english["letters"]
    assert "Rydyn ni wedi ysgrifennu 6 o lythyrau yn due.pdf." in welsh["letters"]
    expected = {
        "letters": ["Dydyn nhw ddim wedi'u nodi fel rhai wedi'u hanfon eto.",
                    "Hoffai 1 person gael galwad ffôn yn lle llythyr",
                    "Mae gan y rhestr o destunau i'w gwirio 1 llinell.",
                    "Rydyn ni wedi ysgrifennu 1 e-bost yn barod i'w anfon wrth ymyl due.pdf",
                    "Gwiriwch y rhain cyn i chi bostio'r llythyrau:",
                    "Mae gan y rhestr Gymraeg 3 o linellau i'w llenwi.",
                    "- P0002: Y rheswm dros y penderfyniad (\u201cWe do not have the money this "
                    "year. We will\u2026\u201d, penderfyniad ar awgrym 5): mae'n dweud \u201cthis "
                    "year\u201d, ond cafodd ei ysgrifennu ar 4 Mai 2025.",
                    "Gallwch ei newid ar y dudalen Awgrymiadau",
                    "- P0006: Eich cyfeiriad (\u201cThe Old Mill, 12 Bridge Street, Knighton, LD7 "
                    "1BT\u201d, manylion y sefydliad): does dim fersiwn Gymraeg, felly mae'r testun "
                    "yn Saesneg yn rhan Gymraeg y llythyr."],
        "import": ["Ychwanegwyd 2 o bobl.", "Ychwanegwyd 1 awgrym."],
        "import again": ["Roedd 2 o bobl yn gyfredol yn barod."],
        "import problem": ["partapp: bad.csv, rhes 2, colofn \"date\": "],
        "report": ["Adroddiad ar gyfer 2025-04-01 i 2026-03-31: wedi ysgrifennu "
                   "OUT/figures.csv, OUT/summary.pdf (2 o dudalennau)"],
        "backup": ["Mae'r copi wrth gefn wedi'i ysgrifennu: OUT"],
        "check": ["OUT/data.db: does dim problemau (gwiriad llawn)."],
        "export": ["Rydyn ni wedi ysgrifennu 8 o ffeiliau yn OUT"],
        "audit": ["Rydyn ni wedi ysgrifennu 43 o gofnodion archwilio yn OUT/audit.csv"],
        "users": ["Does dim defnyddwyr staff, felly mae mewngofnodi wedi'i ddiffodd."],
        "decrypt": ["partapp: Does dim cyfrinymadrodd i'w dynnu ar y ffeil ddata hon."],
        "organisation": ["Enw'r sefydliad (mae ei angen ar lythyrau) (--name): Riverside Care",
                         "Y wefan (--website): (heb ei osod)",
                         "Y nod ar gyfer clywed yn ôl mewn pryd, mewn % (1 i 100)",
                         "Llun pennawd y llythyr (--logo): (dim)"],
    }
    for name, lines in expected.items():
        for line in lines:
            assert line in welsh[name], (name, line, welsh[name])
    left = {name: [s for s in _sentences(english[name]) if s in welsh[name]] for name in english}
    assert {name: found for name, found in left.items() if found} == {}, welsh


def test_the_easy_read_and_other_letter_warnings_in_welsh(session):
    """The warnings a letter can carry, as the command line says them under PARTAPP_LANG=cy."""
    from datetime import date

    from sqlalchemy import update

    from partapp.models import Person
    from partapp.services.feedback import letters
    from partapp.services.records import suggestions
    from partapp.services.records.suggestions import DecisionData
    from partapp.services.words import in_language

    from .letters_data import TODAY

    ids = build(session)
    suggestions.record_decision(session, ids["s_shared"], DecisionData(
        outcome="agreed", decided_on=date(2025, 6, 1), reason="We will facilitate a new bench "
        "by the bus stop when the council says that we can."), today=TODAY)
    session.execute(update(Person).where(Person.id == ids["zoe"]).values(
        address_1="", address_2="", town="", postcode=""))  # moved, address not known yet
    letter = next(x for x in letters.letters_due(session, today=TODAY)
                  if x.person_id == ids["zoe"])
    english = " ".join(letter.warnings)
    welsh = " ".join(in_language(w, "cy") for w in letter.warnings)
    assert "This is an easy read letter, but the reason for the decision" in english
    assert ("Llythyr hawdd ei ddarllen yw hwn, ond mae problem gyda'r testun hwn: y rheswm dros "
            "y penderfyniad (\u201cWe will facilitate a new bench by the bus stop\u2026\u201d, "
            f"penderfyniad ar awgrym {ids['s_shared']}). Mae'n cynnwys brawddeg o 17 gair (mae "
            "angen 15 gair neu lai mewn testun hawdd ei ddarllen) ac yn defnyddio geiriau anodd: "
            "\u201cfacilitate\u201d (dywedwch \u201chelp\u201d). Gwnewch e'n haws cyn argraffu. "
            "Gallwch ei newid ") in welsh
    assert "Does dim cyfeiriad ar gyfer y person hwn. Ychwanegwch un cyn postio." in welsh
    assert "easy read letter" not in welsh and "Please" not in welsh


def test_a_period_the_wrong_way_round_in_welsh(data, tmp_path, monkeypatch, capsys):
    code, said = _run(monkeypatch, capsys, "cy", data, tmp_path, "report", "--from",
                      "2025-05-01", "--to", "2025-04-01", "--csv", str(tmp_path / "f.csv"))
    assert code == 1
    assert said == ("partapp: Mae'r dyddiad gorffen 2025-04-01 cyn y dyddiad dechrau 2025-05-01. "
                    "Cyfnewidiwch nhw.\n")
    assert not (tmp_path / "f.csv").exists()


def test_a_letter_too_long_for_a_page_is_said_plainly_in_welsh():
    """The letter layout's refusal is a message for the person (not a crash), in Welsh too."""
    from partapp.reports.fonts import register_fonts
    from partapp.reports.letter_layout import Area, LayoutError, paginate
    from partapp.reports.letter_text import TextBlock, TextStyle, WordWidths
    from partapp.services.errors import PartappError
    from partapp.services.words import in_language

    class Tall(TextBlock):
        def split(self, available_width, available_height):
            return []

    regular, bold = register_fonts()
    area = Area(left=50, width=400, top=300, bottom=200)
    style = TextStyle(font=regular, bold=bold, size=8, leading=10)
    with pytest.raises(LayoutError) as refused:
        paginate([Tall("\n".join("x" * 12), style, WordWidths())], area, area)
    assert isinstance(refused.value, PartappError)
    assert in_language(refused.value.message, "cy") == (
        "Mae rhan o'r llythyr hwn yn rhy hir i ffitio ar un dudalen. Gwnewch hi'n fyrrach "
        "(geiriad y llythyr yn y Gosodiadau, neu'r testun mae'n ei argraffu), yna rhowch gynnig "
        "arall arni.")


def test_what_sending_by_email_did_in_welsh():
    """`partapp letters --send-email` prints EmailSendResult.lines() in the command line's
    language, with Welsh plural forms."""
    from partapp.reports.letter_email_send import EmailSendResult
    from partapp.services.words import in_language

    result = EmailSendResult(sent=["P0001", "P0002"], not_sent=["P0004"], already_sent=1,
                             no_address=["P0005"])
    assert result.lines()[0] == "Sent 2 letters by email and marked them as sent: P0001, P0002."
    assert [in_language(line, "cy") for line in result.lines()] == [
        "Rydyn ni wedi anfon 2 o lythyrau drwy e-bost a nodi eu bod wedi'u hanfon: P0001, "
        "P0002.",
        "Heb eu hanfon eto (yn dal i aros am eu llythyr): P0004. Anfonwch eto i anfon y rhain "
        "yn unig.",
        "Does dim cyfeiriad e-bost ar gyfer P0005: ychwanegwch y cyfeiriad at eu cofnod, yna "
        "anfonwch eto.",
        "Roedd swyddfa arall newydd anfon 1 llythyr, felly chafodd e mo'i anfon eto."]
    assert in_language(EmailSendResult().lines()[0], "cy") == (
        "Does neb yn aros am lythyr drwy e-bost.")


def test_an_older_backup_left_unprotected_is_counted_in_welsh(tmp_path):
    from partapp.services.store.passphrase import EncryptionResult
    from partapp.services.words import in_language

    one = EncryptionResult(tmp_path / "d.db", True, (tmp_path / "old.db",)).describe()
    assert "1 older backup is not protected. Delete it" in one
    assert f"Dydy 1 copi wrth gefn hŷn ddim wedi'i ddiogelu. Dilëwch ef, neu cadwch ef rywle dan " \
           f"glo: {tmp_path / 'old.db'}" in in_language(one, "cy")
    two = EncryptionResult(tmp_path / "d.db", True, (tmp_path / "a.db", tmp_path / "b.db"))
    assert "Dydy 2 o gopïau wrth gefn hŷn ddim wedi'u diogelu." in in_language(two.describe(), "cy")
