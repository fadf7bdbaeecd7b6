"""Welsh for the command line's own fixed words: English -> Welsh (see docs/translating.md).

Used through ``language.cli_words()``. Keys are the English exactly as the code writes it, with
its ``{placeholders}``; the Welsh keeps the same placeholders. A missing key shows the English.
tests/unit/test_translations.py fails when a command's help has no Welsh here.
"""

from __future__ import annotations

ARGPARSE = {
    # argparse's own words (Python 3.11 to 3.13)
    "usage: ": "defnydd: ",
    "positional arguments": "dadleuon safle",
    "options": "dewisiadau",
    "show this help message and exit": "dangos y neges help hon a gorffen",
    "show program's version number and exit": "dangos rhif fersiwn y rhaglen a gorffen",
    "the following arguments are required: %s": "mae angen y dadleuon hyn: %s",
    "unrecognized arguments: %s": "dadleuon anhysbys: %s",
    "expected one argument": "angen un ddadl",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "dewis annilys: %(value)r (dewiswch o %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: gwall: %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s":
        "dewis amwys: gallai %(option)s olygu %(matches)s",
    "not allowed with argument %s": "ddim yn cael ei ganiatáu gyda %s",
    "argument %(argument_name)s: %(message)s": "dadl %(argument_name)s: %(message)s",
    "expected at least one argument": "angen o leiaf un ddadl",
    "expected at most one argument": "angen dim mwy nag un ddadl",
    "invalid %(type)s value: %(value)r": "gwerth %(type)s annilys: %(value)r",
    "one of the arguments %s is required": "mae angen un o'r dadleuon %s",
    "ignored explicit argument %r": "wedi anwybyddu'r ddadl %r",
}

WELSH = {
    **ARGPARSE,
    # partapp --help
    "{app}: with no command, opens the desktop app.":
        "{app}: heb orchymyn, mae'n agor yr ap ar y bwrdd gwaith.",
    "the data file (or a database URL). Default: $PARTAPP_DB, then the file in your data folder":
        "y ffeil ddata (neu gyfeiriad cronfa ddata). Fel arfer: $PARTAPP_DB, yna'r ffeil yn "
        "eich ffolder data",
    "your user name, when sign-in is on (or $PARTAPP_USER)":
        "eich enw defnyddiwr, pan fydd mewngofnodi ymlaen (neu $PARTAPP_USER)",
    "create the data file, or upgrade it (a backup is made first)":
        "creu'r ffeil ddata, neu ei diweddaru (mae copi wrth gefn yn cael ei wneud yn gyntaf)",
    "fill an empty data file with realistic sample data":
        "llenwi ffeil ddata wag â data sampl sy'n edrych yn real",
    "change the sample (default 7)": "newid y sampl (7 fel arfer)",
    "add people and suggestions from CSV or XLSX files":
        "ychwanegu pobl ac awgrymiadau o ffeiliau CSV neu XLSX",
    "write empty template files with the right headings into DIR":
        "ysgrifennu ffeiliau templed gwag gyda'r penawdau cywir i DIR",
    "write every feedback letter that is owed, as one PDF":
        "ysgrifennu pob llythyr adborth sy'n ddyledus, mewn un PDF",
    "every letter owed today": "pob llythyr sy'n ddyledus heddiw",
    "record the letters as sent, with a copy of each":
        "cofnodi bod y llythyrau wedi'u hanfon, gyda chopi o bob un",
    "also write a list of your own texts that Welsh letters print in English, to fill in":
        "ysgrifennu hefyd restr o'ch testunau eich hun y mae llythyrau Cymraeg yn eu "
        "hargraffu yn Saesneg, i'w llenwi",
    "also write a list of your own texts that speak of a time that may have passed "
    "(\"next month\"), to check":
        "ysgrifennu hefyd restr o'ch testunau eich hun sy'n sôn am amser a allai fod wedi "
        "mynd heibio (\"mis nesaf\"), i'w gwirio",
    "the change report for a period: PDF and/or CSV":
        "yr adroddiad newid ar gyfer cyfnod: PDF a/neu CSV",
    "every figure, as figure,value rows": "pob ffigur, fel rhesi ffigur,gwerth",
    "also write the lists behind the figures": "ysgrifennu'r rhestrau y tu ôl i'r ffigurau hefyd",
    "an easy read 'You said, we did' summary for service users":
        "crynodeb hawdd ei ddarllen 'Dywedoch chi, fe wnaethon ni' i ddefnyddwyr gwasanaeth",
    "a one-page 'You said, we did' poster for a noticeboard":
        "poster un dudalen 'Dywedoch chi, fe wnaethon ni' ar gyfer hysbysfwrdd",
    "the summary's and poster's language: en, cy (Welsh) or both":
        "iaith y crynodeb a'r poster: en (Saesneg), cy neu both (y ddwy)",
    "make a backup copy of the data file": "gwneud copi wrth gefn o'r ffeil ddata",
    "a folder or a file name": "ffolder neu enw ffeil",
    "replace the data file with a backup (checked first)":
        "rhoi copi wrth gefn yn lle'r ffeil ddata (mae'n cael ei wirio'n gyntaf)",
    "check the data file is sound": "gwirio bod y ffeil ddata yn iawn",
    "everything held about one person (subject access)":
        "popeth sydd gennych am un person (cais gwrthrych am wybodaeth)",
    "remove a person's identifying details everywhere":
        "tynnu'r manylion sy'n dangos pwy yw person, ym mhob man",
    "do not ask to confirm": "peidio â gofyn i chi gadarnhau",
    # cli_safety
    "protect the data file with a passphrase (read from PARTAPP_NEW_PASSPHRASE, or asked for)":
        "diogelu'r ffeil ddata â chyfrinymadrodd (o PARTAPP_NEW_PASSPHRASE, neu bydd yn gofyn "
        "amdano)",
    "remove the passphrase from the data file": "tynnu'r cyfrinymadrodd o'r ffeil ddata",
    "staff users for sign-in: list, add, unlock":
        "defnyddwyr staff ar gyfer mewngofnodi: rhestru, ychwanegu, datgloi",
    "the person's name, as others will see it": "enw'r person, fel y bydd eraill yn ei weld",
    "volunteer, coordinator or administrator (the first user must be an administrator)":
        "gwirfoddolwr, cydlynydd neu weinyddwr (rhaid i'r defnyddiwr cyntaf fod yn weinyddwr)",
    "write the audit log (who did what, when) to a CSV file":
        "ysgrifennu'r log archwilio (pwy wnaeth beth, pryd) i ffeil CSV",
    # cli_offices and --office
    "work on one office's records only (letters, report, lists)":
        "gweithio ar gofnodion un swyddfa yn unig (llythyrau, adroddiad, rhestrau)",
    "list or add offices, say who works in which, move records":
        "rhestru neu ychwanegu swyddfeydd, dweud pwy sy'n gweithio ym mhob un, symud cofnodion",
    "With no action, lists the offices. An office's address, phone and email head its "
    "people's letters; any left out are the organisation's.":
        "Heb weithred, mae'n rhestru'r swyddfeydd. Mae cyfeiriad, rhif ffôn ac e-bost swyddfa "
        "ar frig llythyrau ei phobl; mae'r sefydliad yn llenwi unrhyw un sydd ar goll.",
    "list (the default); add NAME; set NAME (change its details); staff USERNAME OFFICE... "
    "(the offices they work in); move KIND ID... --to OFFICE":
        "list (fel arfer); add ENW; set ENW (newid ei manylion); staff ENW-DEFNYDDIWR "
        "SWYDDFA... (y swyddfeydd maen nhw'n gweithio ynddyn nhw); move MATH RHIF... "
        "--to SWYDDFA",
    "the office, user, or kind of record and its ids":
        "y swyddfa, y defnyddiwr, neu'r math o gofnod a'i rifau",
    "with add, the first time: the name of the office everything recorded so far belongs to":
        "gydag add, y tro cyntaf: enw'r swyddfa y mae popeth a gofnodwyd hyd yma yn perthyn "
        "iddi",
    "with set: the office's new name": "gyda set: enw newydd y swyddfa",
    "the office's name in Welsh": "enw'r swyddfa yn Gymraeg",
    "the office's address (use \\n between lines)":
        "cyfeiriad y swyddfa (defnyddiwch \\n rhwng llinellau)",
    "the office's address in Welsh": "cyfeiriad y swyddfa yn Gymraeg",
    "the office's phone number": "rhif ffôn y swyddfa",
    "the office's email address": "cyfeiriad e-bost y swyddfa",
    "with staff: the user works in every office":
        "gyda staff: mae'r defnyddiwr yn gweithio ym mhob swyddfa",
    "with move: the office to move them to": "gyda move: y swyddfa i'w symud nhw iddi",
    # cli_organisation
    "show or change the organisation's details (name, signer, promise\u2026)":
        "dangos neu newid manylion y sefydliad (enw, llofnodwr, addewid\u2026)",
    "With no options, shows the details. With options, changes those details (the same as "
    "Settings, Organisation in the desktop app).":
        "Heb ddewisiadau, mae'n dangos y manylion. Gyda dewisiadau, mae'n newid y manylion "
        "hynny (yr un fath â Gosodiadau, Eich sefydliad yn yr ap ar y bwrdd gwaith).",
    "show (the default) or set; set is assumed when you give options":
        "show (fel arfer) neu set; set sy'n cael ei ddefnyddio pan fyddwch yn rhoi dewisiadau",
    "the organisation's name (letters need it)": "enw'r sefydliad (mae ei angen ar lythyrau)",
    "the address (use \\n between lines)": "y cyfeiriad (defnyddiwch \\n rhwng llinellau)",
    "the phone number": "y rhif ffôn",
    "the email address": "y cyfeiriad e-bost",
    "the website": "y wefan",
    "the charity number": "y rhif elusen",
    "the name letters are signed by": "yr enw sy'n llofnodi'r llythyrau",
    "the signer's job title": "teitl swydd y llofnodwr",
    "who to contact if someone is not happy": "pwy i gysylltu â nhw os nad yw rhywun yn hapus",
    "the address in Welsh, for Welsh letters": "y cyfeiriad yn Gymraeg, ar gyfer llythyrau Cymraeg",
    "the signer's job title in Welsh": "teitl swydd y llofnodwr yn Gymraeg",
    "who to contact if someone is not happy, in Welsh":
        "pwy i gysylltu â nhw os nad yw rhywun yn hapus, yn Gymraeg",
    "days within which people hear back (1 to 365)":
        "nifer y diwrnodau y bydd pobl yn clywed yn ôl o'u mewn (1 i 365)",
    "the aim for hearing back on time, in %% (1 to 100)":  # argparse shows %% as %
        "y nod ar gyfer clywed yn ôl mewn pryd, mewn %% (1 i 100)",
    "hide counts below 5 or below 10": "cuddio cyfrifon o dan 5 neu o dan 10",
    "the month the report year starts (1 to 12)":
        "y mis mae blwyddyn yr adroddiad yn dechrau (1 i 12)",
    "years to keep records (1 to 50)": "am faint o flynyddoedd i gadw cofnodion (1 i 50)",
    "weeks after a change is done before asking if it made a difference (1 to 52)":
        "nifer yr wythnosau ar ôl gwneud newid cyn gofyn a wnaeth wahaniaeth (1 i 52)",
    "a PNG or JPEG picture for the letterhead": "llun PNG neu JPEG ar gyfer pennawd y llythyr",
    "remove the letterhead picture": "tynnu llun pennawd y llythyr",
    # cli.py's own lines
    "'{text}' is not a date. Write it like 2025-04-01.":
        "Dydy '{text}' ddim yn ddyddiad. Ysgrifennwch e fel hyn: 2025-04-01.",
    "Data file ready: {name}": "Mae'r ffeil ddata yn barod: {name}",
    "Wrote templates: {paths}": "Wedi ysgrifennu'r templedi: {paths}",
    "Name the files to import, or use --template DIR to get empty ones.":
        "Enwch y ffeiliau i'w mewnforio, neu defnyddiwch --template DIR i gael rhai gwag.",
    "There is no file called {name}.": "Does dim ffeil o'r enw {name}.",
    "Say what to write: --out FILE.pdf, --csv FILE.csv, --lists DIR, --summary FILE.pdf or "
    "--poster FILE.pdf.":
        "Dywedwch beth i'w ysgrifennu: --out FILE.pdf, --csv FILE.csv, --lists DIR, "
        "--summary FILE.pdf neu --poster FILE.pdf.",
    "Report for {start} to {end}: wrote {files}":
        "Adroddiad ar gyfer {start} i {end}: wedi ysgrifennu {files}",
    "This command works on a data file, not a database server. Use your database server's "
    "own backup tools.":
        "Mae'r gorchymyn hwn yn gweithio ar ffeil ddata, nid ar weinydd cronfa ddata. "
        "Defnyddiwch offer copi wrth gefn eich gweinydd cronfa ddata.",
    "There is no data file at {path} to back up.":
        "Does dim ffeil ddata yn {path} i wneud copi wrth gefn ohoni.",
    "Backup written: {path}": "Mae'r copi wrth gefn wedi'i ysgrifennu: {path}",
    "Restored {target} from {path}. The file it replaced was kept as {safety}.":
        "Wedi adfer {target} o {path}. Mae'r ffeil a oedd yno o'r blaen wedi'i chadw fel "
        "{safety}.",
    "Then run this again to finish: {command}": "Yna rhedwch hwn eto i orffen: {command}",
    "The details of {ref} were already erased. The data file is now rewritten, so none of the "
    "old text is left in it.":
        "Roedd manylion {ref} wedi'u dileu yn barod. Mae'r ffeil ddata wedi'i hailysgrifennu "
        "nawr, felly does dim o'r hen destun ar ôl ynddi.",
    "This removes {ref}'s name and details for good. Type YES to go on: ":
        "Mae hyn yn tynnu enw a manylion {ref} am byth. Teipiwch YES i fynd ymlaen: ",
    "Nothing was changed.": "Chafodd dim byd ei newid.",
    "{message} ({step} of {steps})\u2026": "{message} ({step} o {steps})\u2026",
    "Adding people": "Yn ychwanegu pobl",
    "Adding activities": "Yn ychwanegu gweithgareddau",
    "Adding suggestions": "Yn ychwanegu awgrymiadau",
    "Adding decisions and changes": "Yn ychwanegu penderfyniadau a newidiadau",
    "Writing letters": "Yn ysgrifennu llythyrau",
    "Counting who is waiting": "Yn cyfrif pwy sy'n aros",
    "Nothing was recorded from {start} to {end}, so the report is for {first} to {last}, the "
    "most recent time with records.":
        "Chafodd dim byd ei gofnodi rhwng {start} a {end}, felly mae'r adroddiad ar gyfer "
        "{first} i {last}, yr amser diweddaraf sydd â chofnodion.",
    # partapp letters: its summary is said() and counted() (services/words.py, words_cy.py)
    # partapp letters --send-email (cli_email.py, reports/letter_email_send.py)
    "first send the letters of people who asked for email, through the mail server set in "
    "Settings":
        "anfon yn gyntaf lythyrau'r bobl a ofynnodd am e-bost, drwy'r gweinydd post a osodwyd "
        "yn y Gosodiadau",
    "Sending email {done} of {total}\u2026": "Yn anfon e-bost {done} o {total}\u2026",
    "Nothing else was written or marked as sent. Fix the problem above, then run this again: "
    "it sends only the emails still waiting.":
        "Chafodd dim byd arall ei ysgrifennu na'i nodi fel wedi'i anfon. Datryswch y broblem "
        "uchod, yna rhedwch hwn eto: dim ond yr e-byst sy'n dal i aros y bydd yn eu hanfon.",
    "Please check these before you post the letters:":
        "Gwiriwch y rhain cyn i chi bostio'r llythyrau:",
    "Another office is marking letters as sent. Waiting for it to finish\u2026":
        "Mae swyddfa arall yn nodi bod llythyrau wedi'u hanfon. Yn aros iddi orffen\u2026",
    "Another office is importing a spreadsheet. Waiting for it to finish\u2026":
        "Mae swyddfa arall yn mewnforio taenlen. Yn aros iddi orffen\u2026",
    "make two records of the same person into one": "gwneud dau gofnod o'r un person yn un",
    "Moves OTHER's suggestions, activities, letters and equality answers to KEEP, copies "
    "details KEEP lacks, then removes OTHER. It cannot be undone.":
        "Yn symud awgrymiadau, gweithgareddau, llythyrau ac atebion cydraddoldeb OTHER i KEEP, "
        "yn copïo'r manylion sydd heb fod gan KEEP, ac yna'n dileu OTHER. Does dim modd "
        "dadwneud hyn.",
    "the reference of the record to keep": "cyfeirnod y cofnod i'w gadw",
    "the reference of the record to remove": "cyfeirnod y cofnod i'w ddileu",
    "KEEP and OTHER are the same record. Give two references.":
        "Yr un cofnod yw KEEP ac OTHER. Rhowch ddau gyfeirnod.",
    "{other} will become part of {keep}, and {ref} will be removed. Type YES to go on: ":
        "Bydd {other} yn dod yn rhan o {keep}, a bydd {ref} yn cael ei ddileu. Teipiwch YES i "
        "fynd ymlaen: ",
    # partapp backup / restore on a database server, and move-to (cli_server.py)
    "copy the data file into an empty database on a PostgreSQL server, checked row for row "
    "(the file is kept as it is)":
        "copïo'r ffeil ddata i gronfa ddata wag ar weinydd PostgreSQL, wedi'i gwirio fesul rhes "
        "(mae'r ffeil yn cael ei chadw fel y mae)",
    "the server database, like postgresql+psycopg://user@server/name":
        "cronfa ddata'r gweinydd, fel postgresql+psycopg://defnyddiwr@gweinydd/enw",
    "move-to copies a data file to a server: give the data file with --db, and the server's "
    "address after move-to.":
        "Mae move-to yn copïo ffeil ddata i weinydd: rhowch y ffeil ddata gyda --db, a "
        "chyfeiriad y gweinydd ar ôl move-to.",
    "{url} is not a server address. It looks like postgresql+psycopg://user@server/database.":
        "Nid cyfeiriad gweinydd yw {url}. Mae'n edrych fel "
        "postgresql+psycopg://defnyddiwr@gweinydd/cronfaddata.",
    "To use the server from now on: partapp --db \"{url}\" (or set PARTAPP_DB)":
        "I ddefnyddio'r gweinydd o hyn ymlaen: partapp --db \"{url}\" (neu gosodwch PARTAPP_DB)",
    "It was read back in full with pg_restore before it was given its name, so it is a "
    "complete backup.":
        "Cafodd ei darllen yn llawn gyda pg_restore cyn cael ei henw, felly mae'n gopi wrth "
        "gefn cyflawn.",
    "Restored the server database from {path}. What it held before was kept as {safety}.":
        "Wedi adfer cronfa ddata'r gweinydd o {path}. Cafodd yr hyn oedd ynddi o'r blaen ei "
        "gadw fel {safety}.",
    "partapp: stopped. Nothing was saved from the unfinished step.":
        "partapp: wedi stopio. Chafodd dim byd ei gadw o'r cam heb ei orffen.",
    "partapp: something went wrong and nothing was saved from this step. Details for support "
    "are in {where}.":
        "partapp: aeth rhywbeth o'i le a chafodd dim byd ei gadw o'r cam hwn. Mae'r manylion "
        "ar gyfer eich person cymorth yn {where}.",
    # cli_connection.py: the database server's password, and connection trouble
    "keep the password for the --db server in this computer's keyring (asked for, or read "
    "from PARTAPP_SERVER_PASSWORD), then stop":
        "cadw'r cyfrinair ar gyfer gweinydd --db yng nghylch allweddi'r cyfrifiadur hwn (caiff "
        "ei ofyn amdano, neu ei ddarllen o PARTAPP_SERVER_PASSWORD), yna stopio",
    "then run the command again.": "yna rhedeg y gorchymyn eto.",
    "--server-password is for a database server: give its address with --db, like "
    "postgresql+psycopg://user@server/database.":
        "Mae --server-password ar gyfer gweinydd cronfa ddata: rhowch ei gyfeiriad gyda --db, "
        "fel postgresql+psycopg://defnyddiwr@gweinydd/cronfaddata.",
    "The address has a password in it. Take the password out of the address (user@server, "
    "not user:password@server), then run this again.":
        "Mae cyfrinair yn y cyfeiriad. Tynnwch y cyfrinair allan o'r cyfeiriad "
        "(defnyddiwr@gweinydd, nid defnyddiwr:cyfrinair@gweinydd), yna rhedeg hyn eto.",
    "The address has no user name. Write it like postgresql+psycopg://user@server/database.":
        "Does dim enw defnyddiwr yn y cyfeiriad. Ysgrifennwch ef fel "
        "postgresql+psycopg://defnyddiwr@gweinydd/cronfaddata.",
    "Please type the server's password, or set {env}.":
        "Teipiwch gyfrinair y gweinydd, neu gosodwch {env}.",
    "Password for {user} at {host}: ": "Cyfrinair ar gyfer {user} yn {host}: ",
    "The password was not kept.": "Chafodd y cyfrinair mo'i gadw.",
    "This computer has no keyring, so the password cannot be kept. Set {env} when you run a "
    "command instead.":
        "Does gan y cyfrifiadur hwn ddim cylch allweddi, felly does dim modd cadw'r cyfrinair. "
        "Gosodwch {env} pan fyddwch chi'n rhedeg gorchymyn yn lle hynny.",
    "The server accepted the password. It is kept in this computer's keyring, and used "
    "whenever the app opens {address}.":
        "Derbyniodd y gweinydd y cyfrinair. Mae'n cael ei gadw yng nghylch allweddi'r "
        "cyfrifiadur hwn, a'i ddefnyddio bob tro mae'r ap yn agor {address}.",
}
