<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>About the backup</source>
        <translation>Am y copi wrth gefn</translation>
    </message>
    <message>
        <source>The automatic backup did not work</source>
        <translation>Ni weithiodd y copi wrth gefn awtomatig</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Yn gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <source>Export everything about a person</source>
        <translation>Allforio popeth am berson</translation>
    </message>
    <message>
        <source>Anyone can ask for a copy of the information you hold about them. You normally have one month to answer. This makes a PDF that is easy to read, and spreadsheet files (CSV) with the same information, including their equality answers. Give it only to the person, or to someone they have asked you to give it to.</source>
        <translation>Mae gan unrhyw un hawl i ofyn am gopi o&apos;r wybodaeth sydd gennych amdanyn nhw. Fel arfer mae gennych fis i ateb. Mae hyn yn gwneud PDF sy&apos;n hawdd ei ddarllen, a ffeiliau taenlen (CSV) gyda&apos;r un wybodaeth, gan gynnwys eu hatebion cydraddoldeb. Rhowch ef i&apos;r person yn unig, neu i rywun maen nhw wedi gofyn i chi ei roi iddo.</translation>
    </message>
    <message>
        <source>Erase a person&apos;s details</source>
        <translation>Dileu manylion person</translation>
    </message>
    <message>
        <source>If someone asks you to erase their details and you have no reason to keep them, this removes their name, address, contact details, supporter, notes, equality answers and the text of letters sent to them. Their name is also taken out of notes and suggestions where it was typed. What they told you is kept without their name, so your figures stay true.</source>
        <translation>Os bydd rhywun yn gofyn i chi ddileu eu manylion a does gennych chi ddim rheswm i&apos;w cadw, mae hyn yn tynnu eu henw, eu cyfeiriad, eu manylion cyswllt, eu cefnogwr, nodiadau, atebion cydraddoldeb a thestun y llythyrau a anfonwyd atyn nhw. Mae eu henw hefyd yn cael ei dynnu o nodiadau ac awgrymiadau lle cafodd ei deipio. Mae&apos;r hyn a ddywedon nhw wrthych yn cael ei gadw heb eu henw, felly mae eich ffigurau&apos;n aros yn gywir.</translation>
    </message>
    <message>
        <source>Review old records</source>
        <translation>Adolygu hen gofnodion</translation>
    </message>
    <message>
        <source>These people have not come to an activity, made a suggestion, or been sent a letter for this many years. Tick the people whose details you no longer need, then remove their details in one step. What they told you stays in the figures, without their names. This cannot be undone.</source>
        <translation>Dydy&apos;r bobl hyn ddim wedi dod i weithgaredd, gwneud awgrym, na chael llythyr ers y nifer hwn o flynyddoedd. Ticiwch y bobl does dim angen eu manylion arnoch mwyach, yna dilëwch eu manylion mewn un cam. Mae&apos;r hyn a ddywedon nhw wrthych yn aros yn y ffigurau, heb eu henwau. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Something went wrong, and the last step may not have been saved. Your other work is safe. Please try again. If it keeps happening, the details for your support person are in this file:
{where}</source>
        <translation>Aeth rhywbeth o&apos;i le, ac efallai na chafodd y cam olaf ei gadw. Mae eich gwaith arall yn ddiogel. Rhowch gynnig arall arni. Os yw&apos;n dal i ddigwydd, mae&apos;r manylion ar gyfer eich person cymorth yn y ffeil hon:
{where}</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(dim ffeil log)</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Gwiriwch hyn</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>{date} (late)</source>
        <translation>{date} (yn hwyr)</translation>
    </message>
    <message>
        <source>Since today</source>
        <translation>Ers heddiw</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n o ddiwrnodau</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n o ddiwrnodau</numerusform>
            <numerusform>%n o ddiwrnodau</numerusform>
            <numerusform>%n o ddiwrnodau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n o wythnosau</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n o wythnosau</numerusform>
            <numerusform>%n o wythnosau</numerusform>
            <numerusform>%n o wythnosau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n o fisoedd</numerusform>
            <numerusform>%n mis</numerusform>
            <numerusform>%n o fisoedd</numerusform>
            <numerusform>%n o fisoedd</numerusform>
            <numerusform>%n o fisoedd</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting since {date}</source>
        <translation>Yn aros ers {date}</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Dienw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. Do you want to save them?</source>
        <translation>Mae gennych newidiadau sydd heb eu cadw eto. Ydych chi am eu cadw?</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Peidio â chadw</translation>
    </message>
    <message>
        <source>Someone else changed this</source>
        <translation>Mae rhywun arall wedi newid hwn</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ail-lwytho</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Cadw fy fersiwn i</translation>
    </message>
    <message>
        <source>Someone like this is already recorded:
{names}

If it is the same person, go back and choose them from the list instead. Is this a different person?</source>
        <translation>Mae rhywun fel hyn wedi&apos;i gofnodi yn barod:
{names}

Os mai&apos;r un person yw e, ewch yn ôl a&apos;i ddewis o&apos;r rhestr yn lle hynny. Ydy hwn yn berson gwahanol?</translation>
    </message>
    <message>
        <source>Already recorded?</source>
        <translation>Wedi&apos;i gofnodi yn barod?</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Add a new person</source>
        <translation>Ychwanegu person newydd</translation>
    </message>
    <message>
        <source>Letters need your organisation&apos;s name. Please add it in Settings, then try again.</source>
        <translation>Mae angen enw eich sefydliad ar lythyrau. Ychwanegwch ef yn y Gosodiadau, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Writing letter {done} of {total}…</source>
        <translation>Yn ysgrifennu llythyr {done} o {total}…</translation>
    </message>
    <message>
        <source>Getting the letters ready…</source>
        <translation>Yn paratoi&apos;r llythyrau…</translation>
    </message>
    <message>
        <source>Checking the letters are in plain English…</source>
        <translation>Yn gwirio bod y llythyrau mewn iaith glir…</translation>
    </message>
    <message>
        <source>Writing the braille, audio and email files…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r ffeiliau braille, sain ac e-bost…</translation>
    </message>
    <message>
        <source>Groups people belong to</source>
        <translation>Grwpiau y mae pobl yn perthyn iddynt</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grŵp</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Gwasanaethau</translation>
    </message>
    <message>
        <source>service</source>
        <translation>gwasanaeth</translation>
    </message>
    <message>
        <source>Our last full year</source>
        <translation>Ein blwyddyn lawn ddiwethaf</translation>
    </message>
    <message>
        <source>Last financial year</source>
        <translation>Y flwyddyn ariannol ddiwethaf</translation>
    </message>
    <message>
        <source>Last calendar year</source>
        <translation>Y flwyddyn galendr ddiwethaf</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Eleni hyd yma</translation>
    </message>
    <message>
        <source>{name} ({start} to {end})</source>
        <translation>{name} ({start} i {end})</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Yn gosod y tudalennau</translation>
    </message>
    <message>
        <source>Saving the figures</source>
        <translation>Yn cadw&apos;r ffigurau</translation>
    </message>
    <message>
        <source>Saving the lists behind the figures</source>
        <translation>Yn cadw&apos;r rhestrau y tu ôl i&apos;r ffigurau</translation>
    </message>
    <message>
        <source>Choosing what changed</source>
        <translation>Yn dewis beth newidiodd</translation>
    </message>
    <message>
        <source>Adding sample data…</source>
        <translation>Yn ychwanegu data enghreifftiol…</translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>Methu agor y ffeil ddata</translation>
    </message>
    <message>
        <source>This data file is protected with a passphrase. Please type it.</source>
        <translation>Mae&apos;r ffeil ddata hon wedi&apos;i diogelu â chyfrinymadrodd. Teipiwch ef.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The data file is in use</source>
        <translation>Mae&apos;r ffeil ddata&apos;n cael ei defnyddio</translation>
    </message>
    <message>
        <source>{problem}

If you are sure nobody is using it now (for example the computer was switched off without closing the app), you can open it anyway.</source>
        <translation>{problem}

Os ydych chi&apos;n siŵr nad oes neb yn ei defnyddio nawr (er enghraifft, cafodd y cyfrifiadur ei ddiffodd heb gau&apos;r ap), gallwch ei hagor beth bynnag.</translation>
    </message>
    <message>
        <source>Open it anyway</source>
        <translation>Ei hagor beth bynnag</translation>
    </message>
    <message>
        <source>Connecting to the database server…</source>
        <translation>Yn cysylltu â gweinydd y gronfa ddata…</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Yn cysylltu</translation>
    </message>
    <message>
        <source>{problem}

Type the password for {user}. It is kept in this computer&apos;s keyring, not in any file.</source>
        <translation>{problem}

Teipiwch y cyfrinair ar gyfer {user}. Mae&apos;n cael ei gadw yng nghylch allweddi&apos;r cyfrifiadur hwn, nid mewn unrhyw ffeil.</translation>
    </message>
    <message>
        <source>Password for the database server</source>
        <translation>Cyfrinair gweinydd y gronfa ddata</translation>
    </message>
    <message>
        <source>Cannot open the server database</source>
        <translation>Methu agor cronfa ddata&apos;r gweinydd</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Methu cyrraedd y gweinydd</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Rhowch &amp;gynnig arall</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Cyfranogiad</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Awgrymiadau</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>Meetings, events, visits and other times people took part.</source>
        <translation>Cyfarfodydd, digwyddiadau, ymweliadau ac adegau eraill pan gymerodd pobl ran.</translation>
    </message>
    <message>
        <source>Search titles and facilitators</source>
        <translation>Chwilio teitlau a hwyluswyr</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>Chwilio gweithgareddau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Unrhyw wasanaeth</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Unrhyw fath</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Chw&amp;ilio:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>P&amp;ryd:</translation>
    </message>
    <message>
        <source>Servic&amp;e:</source>
        <translation>Gwasa&amp;naeth:</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <source>Record an &amp;activity…</source>
        <translation>C&amp;ofnodi gweithgaredd…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Record an activity</source>
        <translation>Cofnodi gweithgaredd</translation>
    </message>
    <message>
        <source>Open the chosen activity</source>
        <translation>Agor y gweithgaredd a ddewiswyd</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n o weithgareddau</numerusform>
            <numerusform>%n gweithgaredd</numerusform>
            <numerusform>%n o weithgareddau</numerusform>
            <numerusform>%n o weithgareddau</numerusform>
            <numerusform>%n o weithgareddau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Record an activity</source>
        <translation>Cofnodi gweithgaredd</translation>
    </message>
    <message>
        <source>Change an activity</source>
        <translation>Newid gweithgaredd</translation>
    </message>
    <message>
        <source>What people suggested</source>
        <translation>Beth awgrymodd pobl</translation>
    </message>
    <message>
        <source>{n} suggestion(s) were recorded at this activity already. You can see them on the Suggestions page. Add any more here.</source>
        <translation>Mae {n} awgrym wedi&apos;u cofnodi yn y gweithgaredd hwn yn barod. Gallwch eu gweld ar y dudalen Awgrymiadau. Ychwanegwch ragor yma.</translation>
    </message>
    <message>
        <source>&amp;Remove this activity</source>
        <translation>Tynn&amp;u&apos;r gweithgaredd hwn</translation>
    </message>
    <message>
        <source>Remove this activity and its list of who came? An activity where suggestions were recorded cannot be removed. Edit, Undo brings it back until you close the app.</source>
        <translation>Dileu&apos;r gweithgaredd hwn a&apos;i restr o bwy ddaeth? Does dim modd dileu gweithgaredd lle cafodd awgrymiadau eu cofnodi. Mae Golygu, Dadwneud yn dod ag ef yn ôl nes i chi gau&apos;r ap.</translation>
    </message>
    <message>
        <source>About the activity</source>
        <translation>Am y gweithgaredd</translation>
    </message>
    <message>
        <source>for example: Day centre forum</source>
        <translation>er enghraifft: Fforwm y ganolfan ddydd</translation>
    </message>
    <message>
        <source>for example: Fforwm y ganolfan ddydd</source>
        <translation>er enghraifft: Fforwm y ganolfan ddydd</translation>
    </message>
    <message>
        <source>for example: our meeting at the day centre</source>
        <translation>er enghraifft: ein cyfarfod yn y ganolfan ddydd</translation>
    </message>
    <message>
        <source>No particular service</source>
        <translation>Dim gwasanaeth penodol</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> awr</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Te&amp;itl</translation>
    </message>
    <message>
        <source>Title in W&amp;elsh (optional)</source>
        <translation>Teitl yn &amp;Gymraeg (dewisol)</translation>
    </message>
    <message>
        <source>Title: easy read version (optional)</source>
        <translation>Teitl: fersiwn hawdd ei darllen (dewisol)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>Ma&amp;th</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>Gwasa&amp;naeth</translation>
    </message>
    <message>
        <source>Offi&amp;ce</source>
        <translation>&amp;Swyddfa</translation>
    </message>
    <message>
        <source>The suggestions made at it belong to this office too.</source>
        <translation>Mae&apos;r awgrymiadau a wnaed ynddo yn perthyn i&apos;r swyddfa hon hefyd.</translation>
    </message>
    <message>
        <source>&amp;Involvement</source>
        <translation>Cyf&amp;ranogiad</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Hwylusydd</translation>
    </message>
    <message>
        <source>H&amp;ours people gave</source>
        <translation>&amp;Oriau a roddodd pobl</translation>
    </message>
    <message>
        <source>All the time given by the people who took part, added up.</source>
        <translation>Yr holl amser a roddodd y bobl a gymerodd ran, wedi&apos;i adio.</translation>
    </message>
    <message>
        <source>E&amp;xpenses paid</source>
        <translation>Treu&amp;liau a dalwyd</translation>
    </message>
    <message>
        <source>Travel, fees or vouchers paid to people who took part.</source>
        <translation>Teithio, ffioedd neu dalebau a dalwyd i&apos;r bobl a gymerodd ran.</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Pwy ddaeth</translation>
    </message>
    <message>
        <source>People who came</source>
        <translation>Pobl a ddaeth</translation>
    </message>
    <message>
        <source>&amp;People who came</source>
        <translation>&amp;Pobl a ddaeth</translation>
    </message>
    <message>
        <source>People who did &amp;not give a name</source>
        <translation>Pobl na roddodd &amp;enw</translation>
    </message>
    <message>
        <source>Access support given</source>
        <translation>Cymorth mynediad a roddwyd</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Beth wnaethon nhw</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Math o gofnod</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Rhif y cofnod</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>Who did what, to which record, and when. The log never holds the answers to the equality questions.</source>
        <translation>Pwy wnaeth beth, i ba gofnod, a phryd. Dydy&apos;r log byth yn cadw&apos;r atebion i&apos;r cwestiynau cydraddoldeb.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Unrhyw beth</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Beth wnaethon nhw</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Unrhyw fath</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Math o gofnod</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>P&amp;wy:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Beth:</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>Math o &amp;gofnod:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <source>the filter</source>
        <translation>yr hidlydd</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Cofnodion y log archwilio, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Save as a spreadsheet (CSV)…</source>
        <translation>&amp;Cadw fel taenlen (CSV)…</translation>
    </message>
    <message>
        <source>Save these entries as a spreadsheet</source>
        <translation>Cadw&apos;r cofnodion hyn fel taenlen</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n o gofnodion</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n o gofnodion</numerusform>
            <numerusform>%n o gofnodion</numerusform>
            <numerusform>%n o gofnodion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were saved in {path}</source>
        <translation>
            <numerusform>Cafodd %n o gofnodion eu cadw yn {path}</numerusform>
            <numerusform>Cafodd %n cofnod ei gadw yn {path}</numerusform>
            <numerusform>Cafodd %n o gofnodion eu cadw yn {path}</numerusform>
            <numerusform>Cafodd %n o gofnodion eu cadw yn {path}</numerusform>
            <numerusform>Cafodd %n o gofnodion eu cadw yn {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>Cadw&apos;r log archwilio</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Taenlen (*.csv)</translation>
    </message>
    <message>
        <source>Audit log saved</source>
        <translation>Cadwyd y log archwilio</translation>
    </message>
    <message>
        <source>Could not save {path}. Check the folder exists and you can save files there.</source>
        <translation>Doedd dim modd cadw {path}. Gwiriwch fod y ffolder yn bodoli a&apos;ch bod yn gallu cadw ffeiliau yno.</translation>
    </message>
    <message>
        <source>Saving the audit log…</source>
        <translation>Yn cadw&apos;r log archwilio…</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Add a change</source>
        <translation>Ychwanegu newid</translation>
    </message>
    <message>
        <source>Change details</source>
        <translation>Manylion y newid</translation>
    </message>
    <message>
        <source>Suggestions it answers</source>
        <translation>Awgrymiadau y mae&apos;n eu hateb</translation>
    </message>
    <message>
        <source>No particular service</source>
        <translation>Dim gwasanaeth penodol</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;Beth newidiodd</translation>
    </message>
    <message>
        <source>In plain words, as you would tell the people who asked. For example: We now run the bus on Saturdays.</source>
        <translation>Mewn geiriau syml, fel y byddech chi&apos;n ei ddweud wrth y bobl a ofynnodd. Er enghraifft: Rydyn ni nawr yn rhedeg y bws ar ddydd Sadwrn.</translation>
    </message>
    <message>
        <source>What changed, in W&amp;elsh (optional)</source>
        <translation>Beth newidiodd, yn Gy&amp;mraeg (dewisol)</translation>
    </message>
    <message>
        <source>What changed: easy read version (optional)</source>
        <translation>Beth newidiodd: fersiwn hawdd ei darllen (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Suggestions it answers</source>
        <translation>&amp;Awgrymiadau y mae&apos;n eu hateb</translation>
    </message>
    <message>
        <source>Who is &amp;doing it</source>
        <translation>Pwy sy&apos;n ei &amp;wneud</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>Gwasa&amp;naeth</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>Erb&amp;yn</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatws</translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation>Wedi&apos;i wne&amp;ud ar</translation>
    </message>
    <message>
        <source>Needed when the status is Done.</source>
        <translation>Mae angen hwn pan fo&apos;r statws yn “Wedi&apos;i wneud”.</translation>
    </message>
    <message>
        <source>&amp;Remove this change</source>
        <translation>&amp;Tynnu&apos;r newid hwn</translation>
    </message>
    <message>
        <source>Remove this change? The suggestions it answered stay, with their decisions. Edit, Undo brings it back until you close the app.</source>
        <translation>Dileu&apos;r newid hwn? Mae&apos;r awgrymiadau a atebodd yn aros, gyda&apos;u penderfyniadau. Mae Golygu, Dadwneud yn dod ag ef yn ôl nes i chi gau&apos;r ap.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>What we did</source>
        <translation>Beth wnaethon ni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Who is doing it</source>
        <translation>Pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Wedi&apos;i wneud ar</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Awgrymiadau</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>Changes</source>
        <translation>Newidiadau</translation>
    </message>
    <message>
        <source>What we changed because people spoke up, and what is still being done.</source>
        <translation>Beth wnaethon ni ei newid am fod pobl wedi dweud eu dweud, a beth sy&apos;n dal i gael ei wneud.</translation>
    </message>
    <message>
        <source>Words in the change, or who is doing it</source>
        <translation>Geiriau yn y newid, neu pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Search changes</source>
        <translation>Chwilio newidiadau</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Only changes &amp;past their due date</source>
        <translation>&amp;Dim ond newidiadau sydd heibio&apos;u dyddiad</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Chw&amp;ilio:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <source>&amp;Add a change…</source>
        <translation>&amp;Ychwanegu newid…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Add a change</source>
        <translation>Ychwanegu newid</translation>
    </message>
    <message>
        <source>Open the chosen change</source>
        <translation>Agor y newid a ddewiswyd</translation>
    </message>
    <message>
        <source>Record an a&amp;nswer…</source>
        <translation>Cofnodi ate&amp;b…</translation>
    </message>
    <message>
        <source>Record whether the chosen change made a difference to someone</source>
        <translation>Cofnodi a wnaeth y newid a ddewiswyd wahaniaeth i rywun</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n o newidiadau</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n o newidiadau</numerusform>
            <numerusform>%n o newidiadau</numerusform>
            <numerusform>%n o newidiadau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>for example 2025-04-01</source>
        <translation>er enghraifft 2025-04-01</translation>
    </message>
    <message>
        <source>none (or a date like 2025-04-01)</source>
        <translation>dim (neu ddyddiad fel 2025-04-01)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendr…</translation>
    </message>
    <message>
        <source>Pick {name} from a calendar</source>
        <translation>Dewis {name} o galendr</translation>
    </message>
    <message>
        <source>Calendar for {name}</source>
        <translation>Calendr ar gyfer {name}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>We will do what they asked.</source>
        <translation>Byddwn ni&apos;n gwneud yr hyn a ofynnon nhw.</translation>
    </message>
    <message>
        <source>We will do some of it. Say which part, and why not the rest.</source>
        <translation>Byddwn ni&apos;n gwneud rhywfaint ohono. Dywedwch pa ran, a pham nad y gweddill.</translation>
    </message>
    <message>
        <source>We cannot do it yet. Say why, and when we might.</source>
        <translation>Allwn ni ddim ei wneud eto. Dywedwch pam, a phryd efallai y gallwn ni.</translation>
    </message>
    <message>
        <source>We cannot do it. Say why in plain words.</source>
        <translation>Allwn ni ddim ei wneud. Dywedwch pam mewn geiriau syml.</translation>
    </message>
    <message>
        <source>It is for someone else to decide. Say who.</source>
        <translation>Mae&apos;n fater i rywun arall benderfynu. Dywedwch pwy.</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Cofnodi penderfyniad</translation>
    </message>
    <message>
        <source>&amp;Save the decision</source>
        <translation>&amp;Cadw&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>someone who gave no name</source>
        <translation>rhywun na roddodd enw</translation>
    </message>
    <message>
        <source>What {who} said on {date}</source>
        <translation>Beth ddywedodd {who} ar {date}</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Beth ddywedon nhw</translation>
    </message>
    <message>
        <source>Choose one (optional)</source>
        <translation>Dewiswch un (dewisol)</translation>
    </message>
    <message>
        <source>Service &amp;users took part in deciding</source>
        <translation>Cymerodd &amp;defnyddwyr y gwasanaeth ran yn y penderfynu</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>y penderfyniad</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Y penderfyniad</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>Penderfynwyd &amp;ar</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pam</translation>
    </message>
    <message>
        <source>Needed for every answer except Agreed. People need a plain reason when we cannot do all they asked.</source>
        <translation>Mae angen hwn ar gyfer pob ateb ond Cytunwyd. Mae angen rheswm syml ar bobl pan na allwn ni wneud popeth a ofynnon nhw.</translation>
    </message>
    <message>
        <source>Why, in W&amp;elsh (optional)</source>
        <translation>Pam, yn Gy&amp;mraeg (dewisol)</translation>
    </message>
    <message>
        <source>Why: easy read version (optional)</source>
        <translation>Pam: fersiwn hawdd ei darllen (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Kind of reason</source>
        <translation>Math o &amp;reswm</translation>
    </message>
    <message>
        <source>&amp;Passed on to</source>
        <translation>&amp;Trosglwyddwyd i</translation>
    </message>
    <message>
        <source>Passed on &amp;to, in Welsh (optional)</source>
        <translation>Trosg&amp;lwyddwyd i, yn Gymraeg (dewisol)</translation>
    </message>
    <message>
        <source>Passed on to: easy read version (optional)</source>
        <translation>Trosglwyddwyd i: fersiwn hawdd ei darllen (dewisol)</translation>
    </message>
    <message>
        <source>What we can do &amp;instead</source>
        <translation>Beth allwn ni ei wneud &amp;yn lle</translation>
    </message>
    <message>
        <source>Optional: another way we can help.</source>
        <translation>Dewisol: ffordd arall y gallwn helpu.</translation>
    </message>
    <message>
        <source>I&amp;nstead, in Welsh (optional)</source>
        <translation>Yn lle, yn Gymraeg (d&amp;ewisol)</translation>
    </message>
    <message>
        <source>Instead: easy read version (optional)</source>
        <translation>Yn lle: fersiwn hawdd ei darllen (dewisol)</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation>Penderfynwyd &amp;gan</translation>
    </message>
    <message>
        <source>A name or a group, for example: the managers&apos; meeting</source>
        <translation>Enw neu grŵp, er enghraifft: cyfarfod y rheolwyr</translation>
    </message>
    <message>
        <source>Users took part</source>
        <translation>Cymerodd defnyddwyr ran</translation>
    </message>
    <message>
        <source>Needed for this answer.</source>
        <translation>Ei angen ar gyfer yr ateb hwn.</translation>
    </message>
    <message>
        <source>Optional for Agreed.</source>
        <translation>Dewisol ar gyfer Cytunwyd.</translation>
    </message>
</context>
<context>
    <name>DecisionEasyReadDialog</name>
    <message>
        <source>The decision in easy read</source>
        <translation>Y penderfyniad hawdd ei ddarllen</translation>
    </message>
    <message>
        <source>Save the easy read version</source>
        <translation>Cadw’r fersiwn hawdd ei darllen</translation>
    </message>
    <message>
        <source>{outcome}, on {date}</source>
        <translation>{outcome}, ar {date}</translation>
    </message>
    <message>
        <source>Easy read letters print what you type here. Use short sentences of 15 words or fewer, and everyday words. The decision itself stays as it is.</source>
        <translation>Mae llythyrau hawdd eu darllen yn argraffu beth rydych chi’n ei deipio yma. Defnyddiwch frawddegau byr o 15 gair neu lai, a geiriau bob dydd. Mae’r penderfyniad ei hun yn aros fel y mae.</translation>
    </message>
    <message>
        <source>Why: easy read version</source>
        <translation>Pam: fersiwn hawdd ei darllen</translation>
    </message>
    <message>
        <source>Passed on to: easy read version</source>
        <translation>Trosglwyddwyd i: fersiwn hawdd ei darllen</translation>
    </message>
    <message>
        <source>Instead: easy read version</source>
        <translation>Yn lle: fersiwn hawdd ei darllen</translation>
    </message>
    <message>
        <source>As recorded: {text}</source>
        <translation>Fel y cafodd ei gofnodi: {text}</translation>
    </message>
</context>
<context>
    <name>DecisionWelshDialog</name>
    <message>
        <source>The decision in Welsh</source>
        <translation>Y penderfyniad yn Gymraeg</translation>
    </message>
    <message>
        <source>&amp;Save the Welsh</source>
        <translation>&amp;Cadw’r Gymraeg</translation>
    </message>
    <message>
        <source>{outcome}, on {date}</source>
        <translation>{outcome}, ar {date}</translation>
    </message>
    <message>
        <source>Welsh letters print what you type here. The decision itself stays as it is.</source>
        <translation>Mae llythyrau Cymraeg yn argraffu’r hyn rydych chi’n ei deipio yma. Mae’r penderfyniad ei hun yn aros fel y mae.</translation>
    </message>
    <message>
        <source>Why, in W&amp;elsh</source>
        <translation>Pam, yn Gy&amp;mraeg</translation>
    </message>
    <message>
        <source>Passed on &amp;to, in Welsh</source>
        <translation>Trosg&amp;lwyddwyd i, yn Gymraeg</translation>
    </message>
    <message>
        <source>I&amp;nstead, in Welsh</source>
        <translation>Yn lle, yn Gymra&amp;eg</translation>
    </message>
    <message>
        <source>In English: {text}</source>
        <translation>Yn Saesneg: {text}</translation>
    </message>
</context>
<context>
    <name>EasyReadFields</name>
    <message>
        <source>For easy read letters: short sentences and everyday words.</source>
        <translation>Ar gyfer llythyrau hawdd eu darllen: brawddegau byr a geiriau bob dydd.</translation>
    </message>
    <message>
        <source>Left empty, easy read letters print the text above.</source>
        <translation>Os yw’n wag, mae llythyrau hawdd eu darllen yn argraffu’r testun uchod.</translation>
    </message>
</context>
<context>
    <name>EqualityForm</name>
    <message>
        <source>Equality monitoring (optional)</source>
        <translation>Monitro cydraddoldeb (dewisol)</translation>
    </message>
    <message>
        <source>These questions help us see whether everyone gets a fair say. Every answer is optional, and “Prefer not to say” is always fine. The answers are kept apart from the rest of this record and are only ever counted together: they never appear next to a name.</source>
        <translation>Mae&apos;r cwestiynau hyn yn ein helpu i weld a yw pawb yn cael dweud eu dweud yn deg. Does dim rhaid ateb unrhyw gwestiwn, ac mae “Gwell gen i beidio â dweud” bob amser yn iawn. Mae&apos;r atebion yn cael eu cadw ar wahân i weddill y cofnod hwn a dim ond gyda&apos;i gilydd maen nhw&apos;n cael eu cyfrif: dydyn nhw byth yn ymddangos wrth ymyl enw.</translation>
    </message>
    <message>
        <source>Date they a&amp;greed to answer</source>
        <translation>Dyddiad y &amp;cytunon nhw i ateb</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ateb</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>&amp;Erase their details…</source>
        <translation>Dileu eu &amp;manylion…</translation>
    </message>
    <message>
        <source>&amp;Finish the clean-up</source>
        <translation>&amp;Gorffen y glanhau</translation>
    </message>
    <message>
        <source>Finish the clean-up</source>
        <translation>Gorffen y glanhau</translation>
    </message>
    <message>
        <source>An earlier erasure is saved, but the data file was not rewritten after it, so the old text may still be in the file. Close the app on every other computer that uses this file, then press Finish the clean-up.</source>
        <translation>Mae dileu cynharach wedi&apos;i gadw, ond chafodd y ffeil ddata ddim ei hailysgrifennu wedyn, felly efallai bod yr hen destun yn y ffeil o hyd. Caewch yr ap ar bob cyfrifiadur arall sy&apos;n defnyddio&apos;r ffeil hon, yna pwyswch Gorffen y glanhau.</translation>
    </message>
    <message>
        <source>Then open this screen again (Privacy, then Erase this person) and press Finish the clean-up.</source>
        <translation>Yna agorwch y sgrin hon eto (Preifatrwydd, yna Dileu&apos;r person hwn) a phwyswch Gorffen y glanhau.</translation>
    </message>
    <message>
        <source>Please find the person first.</source>
        <translation>Dewch o hyd i&apos;r person yn gyntaf.</translation>
    </message>
    <message>
        <source>Erase {who}?</source>
        <translation>Dileu {who}?</translation>
    </message>
    <message>
        <source>Erase the details of {who}?

This cannot be undone. Their details will be gone for good: nobody, not even an administrator, can bring them back from this data file.</source>
        <translation>Dileu manylion {who}?

Does dim modd dadwneud hyn. Bydd eu manylion wedi mynd am byth: does neb, dim hyd yn oed gweinyddwr, yn gallu eu cael yn ôl o&apos;r ffeil ddata hon.</translation>
    </message>
    <message>
        <source>Erase their details</source>
        <translation>Dileu eu manylion</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Eu cadw</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Yn dileu…</translation>
    </message>
    <message>
        <source>The data file is now rewritten. None of the old text is left in it.</source>
        <translation>Mae&apos;r ffeil ddata wedi&apos;i hailysgrifennu nawr. Does dim o&apos;r hen destun ar ôl ynddi.</translation>
    </message>
    <message>
        <source>Rewriting the data file…</source>
        <translation>Yn ailysgrifennu&apos;r ffeil ddata…</translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <source>Choose a folder</source>
        <translation>Dewis ffolder</translation>
    </message>
    <message>
        <source>Folder for the copy</source>
        <translation>Ffolder ar gyfer y copi</translation>
    </message>
    <message>
        <source>Save &amp;in the folder:</source>
        <translation>Cadw &amp;yn y ffolder:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Dewi&amp;s…</translation>
    </message>
    <message>
        <source>Choose the folder for the copy</source>
        <translation>Dewis y ffolder ar gyfer y copi</translation>
    </message>
    <message>
        <source>&amp;Make the copy</source>
        <translation>&amp;Gwneud y copi</translation>
    </message>
    <message>
        <source>Choose a folder for the copy</source>
        <translation>Dewis ffolder ar gyfer y copi</translation>
    </message>
    <message>
        <source>Please find the person first.</source>
        <translation>Dewch o hyd i&apos;r person yn gyntaf.</translation>
    </message>
    <message>
        <source>Please choose the folder for the copy.</source>
        <translation>Dewiswch y ffolder ar gyfer y copi.</translation>
    </message>
    <message>
        <source>Making the copy…</source>
        <translation>Yn gwneud y copi…</translation>
    </message>
    <message>
        <source>The copy for {who} is ready. Check it before you give it to them. These files were saved:
{files}</source>
        <translation>Mae&apos;r copi ar gyfer {who} yn barod. Gwiriwch ef cyn i chi ei roi iddyn nhw. Cafodd y ffeiliau hyn eu cadw:
{files}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Participation Tracker data (*.db);;All files (*)</source>
        <translation>Data Participation Tracker (*.db);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Make a new data file</source>
        <translation>Gwneud ffeil ddata newydd</translation>
    </message>
    <message>
        <source>That name is taken</source>
        <translation>Mae&apos;r enw hwnnw wedi&apos;i gymryd</translation>
    </message>
    <message>
        <source>There is already a file called {name}. To use it, choose File, then Open data file. To start afresh, choose another name.</source>
        <translation>Mae ffeil o&apos;r enw {name} yno&apos;n barod. I&apos;w defnyddio, dewiswch Ffeil, yna Agor ffeil ddata. I ddechrau o&apos;r newydd, dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Agor ffeil ddata</translation>
    </message>
    <message>
        <source>Cannot open that file</source>
        <translation>Methu agor y ffeil honno</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Cadw copi wrth gefn</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Dim caniatâd</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Yn gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Gwnaed copi wrth gefn</translation>
    </message>
    <message>
        <source>A copy of everything was saved here:
{path}</source>
        <translation>Cadwyd copi o bopeth yma:
{path}</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Dewis y copi wrth gefn i&apos;w adfer</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Adfer y copi wrth gefn hwn?</translation>
    </message>
    <message>
        <source>Everything in the data file will be replaced by the backup {name}. The data file as it is now will be kept as a safety copy in the backups folder.</source>
        <translation>Bydd popeth yn y ffeil ddata yn cael ei ddisodli gan y copi wrth gefn {name}. Bydd y ffeil ddata fel y mae nawr yn cael ei chadw fel copi diogelwch yn y ffolder copïau wrth gefn.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Adfer y copi wrth gefn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>The backup was restored. The file it replaced was kept as {safety}.</source>
        <translation>Cafodd y copi wrth gefn ei adfer. Cafodd y ffeil a ddisodlwyd ei chadw fel {safety}.</translation>
    </message>
    <message>
        <source>This backup was made before the data file was protected with a passphrase, so the data file has no passphrase now. You can turn it on again in Settings.</source>
        <translation>Cafodd y copi wrth gefn hwn ei wneud cyn i&apos;r ffeil ddata gael ei diogelu â chyfrinymadrodd, felly does dim cyfrinymadrodd ar y ffeil ddata nawr. Gallwch ei droi ymlaen eto yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Adferwyd y copi wrth gefn</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Yn adfer y copi wrth gefn…</translation>
    </message>
    <message>
        <source>Choose the spreadsheets to import</source>
        <translation>Dewis y taenlenni i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Taenlenni (*.csv *.xlsx);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Yn mewnforio…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Wedi gorffen mewnforio</translation>
    </message>
    <message>
        <source>Choose a folder for the empty templates</source>
        <translation>Dewis ffolder ar gyfer y templedi gwag</translation>
    </message>
    <message>
        <source>Could not write the templates in {folder}. Check you can save files there.</source>
        <translation>Doedd dim modd ysgrifennu&apos;r templedi yn {folder}. Gwiriwch eich bod yn gallu cadw ffeiliau yno.</translation>
    </message>
    <message>
        <source>Templates saved</source>
        <translation>Cadwyd y templedi</translation>
    </message>
    <message>
        <source>Fill these in, then choose File, Import:
{files}</source>
        <translation>Llenwch y rhain, yna dewiswch Ffeil, Mewnforio:
{files}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Ynglŷn â {app}</translation>
    </message>
    <message>
        <source>{app}, version {version}.
Record what people tell you, what you decided, what changed, and tell them.</source>
        <translation>{app}, fersiwn {version}.
Cofnodwch beth mae pobl yn ei ddweud wrthych, beth wnaethoch chi ei benderfynu, beth newidiodd, a dywedwch wrthyn nhw.</translation>
    </message>
    <message>
        <source>It works without the internet. Your data stays in your data file on this computer (or your own server).</source>
        <translation>Mae&apos;n gweithio heb y rhyngrwyd. Mae eich data&apos;n aros yn eich ffeil ddata ar y cyfrifiadur hwn (neu eich gweinydd eich hun).</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Did it make a difference?</source>
        <translation>A wnaeth wahaniaeth?</translation>
    </message>
    <message>
        <source>&amp;Save the answer</source>
        <translation>&amp;Cadw&apos;r ateb</translation>
    </message>
    <message>
        <source>Write down what they told us about the change: from their reply slip, a phone call or a meeting.</source>
        <translation>Ysgrifennwch beth ddywedon nhw wrthym am y newid: o&apos;u slip ateb, galwad ffôn neu gyfarfod.</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>wedi ateb</translation>
    </message>
    <message>
        <source>asked on {date}</source>
        <translation>gofynnwyd ar {date}</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>heb ofyn eto</translation>
    </message>
    <message>
        <source>{name} ({ref}), {state}</source>
        <translation>{name} ({ref}), {state}</translation>
    </message>
    <message>
        <source>&amp;Who told us</source>
        <translation>&amp;Pwy ddywedodd wrthym</translation>
    </message>
    <message>
        <source>{date}: {text}</source>
        <translation>{date}: {text}</translation>
    </message>
    <message>
        <source>The &amp;change</source>
        <translation>Y &amp;newid</translation>
    </message>
    <message>
        <source>Changes done because of what this person told us.</source>
        <translation>Newidiadau a wnaed oherwydd yr hyn a ddywedodd y person hwn wrthym.</translation>
    </message>
    <message>
        <source>Choose their answer</source>
        <translation>Dewiswch eu hateb</translation>
    </message>
    <message>
        <source>Did it make a &amp;difference?</source>
        <translation>A wnaeth &amp;wahaniaeth?</translation>
    </message>
    <message>
        <source>Their &amp;own words</source>
        <translation>Eu &amp;geiriau eu hunain</translation>
    </message>
    <message>
        <source>Anything else they said, as they said it. It can be left empty.</source>
        <translation>Unrhyw beth arall a ddywedon nhw, fel y dywedon nhw. Gallwch ei adael yn wag.</translation>
    </message>
    <message>
        <source>&amp;How they told us</source>
        <translation>Sut y &amp;dywedon nhw wrthym</translation>
    </message>
    <message>
        <source>Date they &amp;told us</source>
        <translation>Dydd&amp;iad y dywedon nhw wrthym</translation>
    </message>
    <message>
        <source>&amp;Recorded by</source>
        <translation>Cofnodwyd g&amp;an</translation>
    </message>
    <message>
        <source>Your name. Leave it empty to use the name you signed in with.</source>
        <translation>Eich enw. Gadewch hwn yn wag i ddefnyddio&apos;r enw y gwnaethoch fewngofnodi ag ef.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>this form</source>
        <translation>y ffurflen hon</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Getting started</source>
        <translation>Dechrau arni</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Recording a meeting</source>
        <translation>Cofnodi cyfarfod</translation>
    </message>
    <message>
        <source>A phone call or a single suggestion</source>
        <translation>Galwad ffôn neu un awgrym</translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation>Penderfynu</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Newidiadau</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Llythyrau</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Yr adroddiad</translation>
    </message>
    <message>
        <source>Backups and safety</source>
        <translation>Copïau wrth gefn a diogelwch</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Preifatrwydd</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Canllaw</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Pynciau</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose a topic. Tab goes to the words.</source>
        <translation>Defnyddiwch y bysellau saeth i ddewis pwnc. Mae Tab yn mynd i&apos;r geiriau.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Beth sydd angen sylw</translation>
    </message>
    <message>
        <source>Record something new</source>
        <translation>Cofnodi rhywbeth newydd</translation>
    </message>
    <message>
        <source>Record an &amp;activity…</source>
        <translation>C&amp;ofnodi gweithgaredd…</translation>
    </message>
    <message>
        <source>Record a &amp;suggestion…</source>
        <translation>Cofnodi &amp;awgrym…</translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <source>Nothing is recorded yet. A good first step is to add the people who take part, or to record your last meeting.</source>
        <translation>Does dim wedi&apos;i gofnodi eto. Cam cyntaf da yw ychwanegu&apos;r bobl sy&apos;n cymryd rhan, neu gofnodi eich cyfarfod diwethaf.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Yn cyfrif…</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Y newid</translation>
    </message>
    <message>
        <source>People to ask</source>
        <translation>Pobl i ofyn iddynt</translation>
    </message>
    <message>
        <source>Changes to ask about: did it make a difference?</source>
        <translation>Newidiadau i holi amdanynt: a wnaethon nhw wahaniaeth?</translation>
    </message>
    <message>
        <source>Record an a&amp;nswer…</source>
        <translation>Cofnodi a&amp;teb…</translation>
    </message>
    <message>
        <source>Record what someone said about the chosen change</source>
        <translation>Cofnodi beth ddywedodd rhywun am y newid a ddewiswyd</translation>
    </message>
    <message>
        <source>your organisation</source>
        <translation>eich sefydliad</translation>
    </message>
    <message>
        <source>Welcome to {name}&apos;s tracker</source>
        <translation>Croeso i draciwr {name}</translation>
    </message>
    <message>
        <source>Today is {day}. We promise people an answer within {days} days.</source>
        <translation>Heddiw yw {day}. Rydyn ni&apos;n addo ateb i bobl o fewn {days} diwrnod.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n o ddiwrnodau</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n o ddiwrnodau</numerusform>
            <numerusform>%n o ddiwrnodau</numerusform>
            <numerusform>%n o ddiwrnodau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are waiting to hear back</source>
        <translation>
            <numerusform>Mae %n o bobl yn aros i glywed yn ôl</numerusform>
            <numerusform>Mae %n person yn aros i glywed yn ôl</numerusform>
            <numerusform>Mae %n o bobl yn aros i glywed yn ôl</numerusform>
            <numerusform>Mae %n o bobl yn aros i glywed yn ôl</numerusform>
            <numerusform>Mae %n o bobl yn aros i glywed yn ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes are past their due date</source>
        <translation>
            <numerusform>Mae %n o newidiadau wedi pasio&apos;u dyddiad</numerusform>
            <numerusform>Mae %n newid wedi pasio&apos;i ddyddiad</numerusform>
            <numerusform>Mae %n o newidiadau wedi pasio&apos;u dyddiad</numerusform>
            <numerusform>Mae %n o newidiadau wedi pasio&apos;u dyddiad</numerusform>
            <numerusform>Mae %n o newidiadau wedi pasio&apos;u dyddiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities in {month}</source>
        <translation>
            <numerusform>%n o weithgareddau ym mis {month}</numerusform>
            <numerusform>%n gweithgaredd ym mis {month}</numerusform>
            <numerusform>%n o weithgareddau ym mis {month}</numerusform>
            <numerusform>%n o weithgareddau ym mis {month}</numerusform>
            <numerusform>%n o weithgareddau ym mis {month}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n o wythnosau</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n o wythnosau</numerusform>
            <numerusform>%n o wythnosau</numerusform>
            <numerusform>%n o wythnosau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes are ready to ask about</source>
        <translation>
            <numerusform>Mae %n o newidiadau yn barod i holi amdanynt</numerusform>
            <numerusform>Mae %n newid yn barod i holi amdano</numerusform>
            <numerusform>Mae %n o newidiadau yn barod i holi amdanynt</numerusform>
            <numerusform>Mae %n o newidiadau yn barod i holi amdanynt</numerusform>
            <numerusform>Mae %n o newidiadau yn barod i holi amdanynt</numerusform>
        </translation>
    </message>
    <message>
        <source>Done {wait} ago or more. Did they make a difference? The question goes in each person&apos;s next letter, or record what they told you.</source>
        <translation>Wedi&apos;u gwneud {wait} yn ôl neu fwy. A wnaethon nhw wahaniaeth? Mae&apos;r cwestiwn yn mynd yn llythyr nesaf pob person, neu cofnodwch beth ddywedon nhw wrthych.</translation>
    </message>
    <message>
        <source>No changes to ask about yet</source>
        <translation>Dim newidiadau i holi amdanynt eto</translation>
    </message>
    <message>
        <source>{wait} after a change is done, the people who asked for it are asked if it made a difference.</source>
        <translation>{wait} ar ôl gwneud newid, gofynnir i&apos;r bobl a ofynnodd amdano a wnaeth wahaniaeth.</translation>
    </message>
    <message>
        <source>The longest has waited {wait}. Open their letters.</source>
        <translation>Mae&apos;r hiraf wedi aros {wait}. Agor eu llythyrau.</translation>
    </message>
    <message>
        <source>Nobody is waiting to hear back</source>
        <translation>Does neb yn aros i glywed yn ôl</translation>
    </message>
    <message>
        <source>Everyone who spoke up has heard from us. Open the people list.</source>
        <translation>Mae pawb a siaradodd wedi clywed gennym ni. Agor y rhestr pobl.</translation>
    </message>
    <message numerus="yes">
        <source>%n decisions are overdue</source>
        <translation>
            <numerusform>Mae %n o benderfyniadau&apos;n hwyr</numerusform>
            <numerusform>Mae %n penderfyniad yn hwyr</numerusform>
            <numerusform>Mae %n o benderfyniadau&apos;n hwyr</numerusform>
            <numerusform>Mae %n o benderfyniadau&apos;n hwyr</numerusform>
            <numerusform>Mae %n o benderfyniadau&apos;n hwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions waiting longer than our promise of {days} days for a decision. Open them.</source>
        <translation>Awgrymiadau sydd wedi aros yn hirach na&apos;n haddewid o {days} diwrnod am benderfyniad. Eu hagor.</translation>
    </message>
    <message>
        <source>Planned or in progress, and due before today. Open them.</source>
        <translation>Wedi&apos;u cynllunio neu ar y gweill, ac i fod cyn heddiw. Eu hagor.</translation>
    </message>
    <message>
        <source>Meetings and other activities held this month. Open them.</source>
        <translation>Cyfarfodydd a gweithgareddau eraill a gynhaliwyd y mis hwn. Eu hagor.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of the app</source>
        <translation>Iaith yr ap</translation>
    </message>
    <message>
        <source>Choose the language for the app&apos;s menus, pages and messages. Letters have their own language for each person.</source>
        <translation>Dewiswch yr iaith ar gyfer dewislenni, tudalennau a negeseuon yr ap. Mae gan lythyrau eu hiaith eu hunain ar gyfer pob person.</translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation>Fel mae&apos;r cyfrifiadur wedi&apos;i osod</translation>
    </message>
    <message>
        <source>In use now: {name}.</source>
        <translation>Yn cael ei defnyddio nawr: {name}.</translation>
    </message>
    <message>
        <source>The new language is used the next time you start the app.</source>
        <translation>Bydd yr iaith newydd yn cael ei defnyddio y tro nesaf y byddwch yn agor yr ap.</translation>
    </message>
    <message>
        <source>PARTAPP_LANG is set on this computer, so the app uses {name} whatever you choose here.</source>
        <translation>Mae PARTAPP_LANG wedi&apos;i osod ar y cyfrifiadur hwn, felly mae&apos;r ap yn defnyddio {name} beth bynnag a ddewiswch chi yma.</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <source>(removed)</source>
        <translation>(wedi&apos;i dynnu)</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>Getting the letters ready…</source>
        <translation>Yn paratoi&apos;r llythyrau…</translation>
    </message>
    <message>
        <source>Left out, because they would like a phone call: {names}.</source>
        <translation>Wedi&apos;u gadael allan, am eu bod eisiau galwad ffôn: {names}.</translation>
    </message>
    <message>
        <source>Nobody chosen is waiting for a letter now.</source>
        <translation>Does neb a ddewiswyd yn aros am lythyr nawr.</translation>
    </message>
    <message>
        <source>Nothing was printed or saved. You can change the wording in Settings, or the decision itself, then try again.</source>
        <translation>Chafodd dim byd ei argraffu na&apos;i gadw. Gallwch newid y geiriad yn y Gosodiadau, neu&apos;r penderfyniad ei hun, yna rhoi cynnig arall arni.</translation>
    </message>
    <message numerus="yes">
        <source>%n letters</source>
        <translation>
            <numerusform>%n o lythyrau</numerusform>
            <numerusform>%n llythyr</numerusform>
            <numerusform>%n o lythyrau</numerusform>
            <numerusform>%n o lythyrau</numerusform>
            <numerusform>%n o lythyrau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ac %n arall.</numerusform>
            <numerusform>…ac %n arall.</numerusform>
            <numerusform>…ac %n arall.</numerusform>
            <numerusform>…ac %n arall.</numerusform>
            <numerusform>…ac %n arall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters may be hard to read:</source>
        <translation>
            <numerusform>Efallai bod %n o lythyrau yn anodd eu darllen:</numerusform>
            <numerusform>Efallai bod %n llythyr yn anodd ei ddarllen:</numerusform>
            <numerusform>Efallai bod %n o lythyrau yn anodd eu darllen:</numerusform>
            <numerusform>Efallai bod %n o lythyrau yn anodd eu darllen:</numerusform>
            <numerusform>Efallai bod %n o lythyrau yn anodd eu darllen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them anyway</source>
        <translation>Eu cadw beth bynnag</translation>
    </message>
    <message>
        <source>Print them anyway</source>
        <translation>Eu hargraffu beth bynnag</translation>
    </message>
    <message>
        <source>Some letters may be hard to read</source>
        <translation>Gall rhai llythyrau fod yn anodd eu darllen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Some addresses are too long for the envelope window</source>
        <translation>Mae rhai cyfeiriadau yn rhy hir i ffenest yr amlen</translation>
    </message>
    <message>
        <source>These addresses will not fit the envelope window at their letter&apos;s size: {names}. You can shorten them in each person&apos;s record, or use bigger envelopes.</source>
        <translation>Fydd y cyfeiriadau hyn ddim yn ffitio ffenest yr amlen ar faint eu llythyr: {names}. Gallwch eu byrhau yng nghofnod pob person, neu ddefnyddio amlenni mwy.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Chafodd dim ei argraffu.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was printed or saved.</source>
        <translation>Wedi stopio. Ni chafodd dim ei argraffu na&apos;i gadw.</translation>
    </message>
    <message>
        <source>Letters {date}</source>
        <translation>Llythyrau {date}</translation>
    </message>
    <message>
        <source>Save the letters as a PDF</source>
        <translation>Cadw&apos;r llythyrau fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letters were not saved.</source>
        <translation>Ni chadwyd y llythyrau.</translation>
    </message>
    <message>
        <source>the letters</source>
        <translation>y llythyrau</translation>
    </message>
    <message>
        <source>The letters were not saved</source>
        <translation>Ni chadwyd y llythyrau</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n letters as {path}.</source>
        <translation>
            <numerusform>Wedi cadw %n o lythyrau fel {path}.</numerusform>
            <numerusform>Wedi cadw %n llythyr fel {path}.</numerusform>
            <numerusform>Wedi cadw %n o lythyrau fel {path}.</numerusform>
            <numerusform>Wedi cadw %n o lythyrau fel {path}.</numerusform>
            <numerusform>Wedi cadw %n o lythyrau fel {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the braille, audio and email files…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r ffeiliau braille, sain ac e-bost…</translation>
    </message>
    <message>
        <source>Stopped before all the braille, audio and email files were written.</source>
        <translation>Wedi stopio cyn ysgrifennu&apos;r holl ffeiliau braille, sain ac e-bost.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>Wedi anfon %n o dudalennau i&apos;r argraffydd.</numerusform>
            <numerusform>Wedi anfon %n dudalen i&apos;r argraffydd.</numerusform>
            <numerusform>Wedi anfon %n o dudalennau i&apos;r argraffydd.</numerusform>
            <numerusform>Wedi anfon %n o dudalennau i&apos;r argraffydd.</numerusform>
            <numerusform>Wedi anfon %n o dudalennau i&apos;r argraffydd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n letters as sent.</source>
        <translation>
            <numerusform>Wedi nodi bod %n o lythyrau wedi&apos;u hanfon.</numerusform>
            <numerusform>Wedi nodi bod %n llythyr wedi&apos;i anfon.</numerusform>
            <numerusform>Wedi nodi bod %n o lythyrau wedi&apos;u hanfon.</numerusform>
            <numerusform>Wedi nodi bod %n o lythyrau wedi&apos;u hanfon.</numerusform>
            <numerusform>Wedi nodi bod %n o lythyrau wedi&apos;u hanfon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Stopiodd yr argraffu.</translation>
    </message>
    <message>
        <source>When the letters have gone out, press “Mark these as sent”.</source>
        <translation>Pan fydd y llythyrau wedi mynd, pwyswch “Nodi bod y rhain wedi&apos;u hanfon”.</translation>
    </message>
    <message>
        <source>You can find them under “Sent letters”.</source>
        <translation>Maen nhw o dan “Llythyrau a anfonwyd”.</translation>
    </message>
    <message>
        <source>The call was recorded. You can find it under “Sent letters”.</source>
        <translation>Cafodd yr alwad ei chofnodi. Mae hi o dan “Llythyrau a anfonwyd”.</translation>
    </message>
    <message>
        <source>Nothing was printed or saved.</source>
        <translation>Chafodd dim ei argraffu na’i gadw.</translation>
    </message>
</context>
<context>
    <name>LetterEmailing</name>
    <message>
        <source>Send &amp;by email…</source>
        <translation>Anfon drwy &amp;e-bost…</translation>
    </message>
    <message>
        <source>Send the chosen email letters</source>
        <translation>Anfon y llythyrau e-bost a ddewiswyd</translation>
    </message>
    <message>
        <source>Sends the letters of the chosen people who asked for email, through your mail server, and marks each as sent.</source>
        <translation>Mae&apos;n anfon llythyrau&apos;r bobl a ddewiswyd a ofynnodd am e-bost, drwy eich gweinydd post, ac yn nodi bod pob un wedi&apos;i anfon.</translation>
    </message>
    <message>
        <source>Sending by email is turned off</source>
        <translation>Mae anfon drwy e-bost wedi&apos;i ddiffodd</translation>
    </message>
    <message>
        <source>An administrator can turn it on in Settings, Mail server. Until then, “Save as PDF” writes an email ready to send beside the letters for each person who asked for email.</source>
        <translation>Gall gweinyddwr ei droi ymlaen yn y Gosodiadau, Gweinydd post. Tan hynny, mae “Cadw fel PDF” yn ysgrifennu e-bost yn barod i&apos;w anfon wrth ymyl y llythyrau ar gyfer pob person a ofynnodd am e-bost.</translation>
    </message>
    <message>
        <source>Send these letters by email?</source>
        <translation>Anfon y llythyrau hyn drwy e-bost?</translation>
    </message>
    <message numerus="yes">
        <source>Send %n letters by email through {server}? Each one is marked as sent as it goes.</source>
        <translation>
            <numerusform>Anfon %n o lythyrau drwy e-bost, drwy {server}? Bydd pob un yn cael ei nodi fel wedi&apos;i anfon wrth iddo fynd.</numerusform>
            <numerusform>Anfon %n llythyr drwy e-bost, drwy {server}? Bydd pob un yn cael ei nodi fel wedi&apos;i anfon wrth iddo fynd.</numerusform>
            <numerusform>Anfon %n o lythyrau drwy e-bost, drwy {server}? Bydd pob un yn cael ei nodi fel wedi&apos;i anfon wrth iddo fynd.</numerusform>
            <numerusform>Anfon %n o lythyrau drwy e-bost, drwy {server}? Bydd pob un yn cael ei nodi fel wedi&apos;i anfon wrth iddo fynd.</numerusform>
            <numerusform>Anfon %n o lythyrau drwy e-bost, drwy {server}? Bydd pob un yn cael ei nodi fel wedi&apos;i anfon wrth iddo fynd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>Anfon nhw</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Sending letter {done} of {total} by email…</source>
        <translation>Yn anfon llythyr {done} o {total} drwy e-bost…</translation>
    </message>
    <message>
        <source>Sending letters by email…</source>
        <translation>Yn anfon llythyrau drwy e-bost…</translation>
    </message>
    <message>
        <source>Some letters were not sent</source>
        <translation>Chafodd rhai llythyrau mo&apos;u hanfon</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n letters by email and marked them as sent:</source>
        <translation>
            <numerusform>Wedi anfon %n o lythyrau drwy e-bost a nodi eu bod wedi&apos;u hanfon:</numerusform>
            <numerusform>Wedi anfon %n llythyr drwy e-bost a nodi ei fod wedi&apos;i anfon:</numerusform>
            <numerusform>Wedi anfon %n o lythyrau drwy e-bost a nodi eu bod wedi&apos;u hanfon:</numerusform>
            <numerusform>Wedi anfon %n o lythyrau drwy e-bost a nodi eu bod wedi&apos;u hanfon:</numerusform>
            <numerusform>Wedi anfon %n o lythyrau drwy e-bost a nodi eu bod wedi&apos;u hanfon:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending stopped: {why}</source>
        <translation>Daeth yr anfon i ben: {why}</translation>
    </message>
    <message>
        <source>Sending was stopped before the end.</source>
        <translation>Cafodd yr anfon ei atal cyn y diwedd.</translation>
    </message>
    <message>
        <source>Not sent yet: {names}. Press “Send by email” again to send only these.</source>
        <translation>Heb eu hanfon eto: {names}. Pwyswch “Anfon drwy e-bost” eto i anfon y rhain yn unig.</translation>
    </message>
    <message>
        <source>Not sent to {name}: {why}</source>
        <translation>Heb ei anfon at {name}: {why}</translation>
    </message>
    <message>
        <source>No email address for {names}: add it to their record, then send again.</source>
        <translation>Does dim cyfeiriad e-bost ar gyfer {names}: ychwanegwch ef at eu cofnod, yna anfonwch eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n letters had just been sent by another office, so they were not sent again.</source>
        <translation>
            <numerusform>Roedd swyddfa arall newydd anfon %n o lythyrau, felly chawson nhw mo&apos;u hanfon eto.</numerusform>
            <numerusform>Roedd swyddfa arall newydd anfon %n llythyr, felly chafodd e mo&apos;i anfon eto.</numerusform>
            <numerusform>Roedd swyddfa arall newydd anfon %n o lythyrau, felly chawson nhw mo&apos;u hanfon eto.</numerusform>
            <numerusform>Roedd swyddfa arall newydd anfon %n o lythyrau, felly chawson nhw mo&apos;u hanfon eto.</numerusform>
            <numerusform>Roedd swyddfa arall newydd anfon %n o lythyrau, felly chawson nhw mo&apos;u hanfon eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody chosen is waiting for a letter by email.</source>
        <translation>Does neb a ddewiswyd yn aros am lythyr drwy e-bost.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was sent.</source>
        <translation>Wedi stopio. Chafodd dim byd ei anfon.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Chafodd dim byd ei anfon.</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Chafodd dim byd ei anfon</translation>
    </message>
</context>
<context>
    <name>LetterListening</name>
    <message>
        <source>Listen to the a&amp;udio letter…</source>
        <translation>Gwrando ar y llythyr &amp;sain…</translation>
    </message>
    <message>
        <source>Listen to the audio letter</source>
        <translation>Gwrando ar y llythyr sain</translation>
    </message>
    <message>
        <source>Opens it in the computer&apos;s sound player. Nothing is saved or sent.</source>
        <translation>Mae&apos;n ei agor yn chwaraewr sain y cyfrifiadur. Does dim yn cael ei gadw na&apos;i anfon.</translation>
    </message>
    <message>
        <source>Making the audio letter to {name}…</source>
        <translation>Yn gwneud y llythyr sain i {name}…</translation>
    </message>
    <message>
        <source>Making the audio letter…</source>
        <translation>Yn gwneud y llythyr sain…</translation>
    </message>
    <message>
        <source>The audio letter is playing in your sound player.</source>
        <translation>Mae&apos;r llythyr sain yn chwarae yn eich chwaraewr sain.</translation>
    </message>
    <message>
        <source>This computer has no program set up to play MP3 files. The file is {path}.</source>
        <translation>Does dim rhaglen ar y cyfrifiadur hwn i chwarae ffeiliau MP3. Mae&apos;r ffeil yn {path}.</translation>
    </message>
    <message>
        <source>Stopped. No audio letter was made.</source>
        <translation>Wedi stopio. Chafodd dim llythyr sain ei wneud.</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Choose a person in the list to see their letter.</source>
        <translation>Dewiswch berson yn y rhestr i weld eu llythyr.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Llythyrau</translation>
    </message>
    <message>
        <source>Choose people, check their letters, print them, then mark them as sent.</source>
        <translation>Dewiswch bobl, gwiriwch eu llythyrau, argraffwch nhw, yna nodwch eu bod wedi&apos;u hanfon.</translation>
    </message>
    <message>
        <source>Letters to send, and letters sent</source>
        <translation>Llythyrau i&apos;w hanfon, a llythyrau a anfonwyd</translation>
    </message>
    <message>
        <source>&amp;Waiting to hear back</source>
        <translation>&amp;Yn aros i glywed yn ôl</translation>
    </message>
    <message>
        <source>Sent &amp;letters</source>
        <translation>&amp;Llythyrau a anfonwyd</translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation>Llythyrau i&apos;w hargraffu</translation>
    </message>
    <message>
        <source>Search by name, reference, town or postcode</source>
        <translation>Chwilio yn ôl enw, cyfeirnod, tref neu god post</translation>
    </message>
    <message>
        <source>Search people waiting</source>
        <translation>Chwilio pobl sy&apos;n aros</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Unrhyw fath</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Math o lythyr</translation>
    </message>
    <message>
        <source>Any format</source>
        <translation>Unrhyw fformat</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>Show the l&amp;etter</source>
        <translation>Dangos y lly&amp;thyr</translation>
    </message>
    <message>
        <source>Show the chosen person&apos;s letter with the list</source>
        <translation>Dangos llythyr y person a ddewiswyd gyda&apos;r rhestr</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Chw&amp;ilio:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Ff&amp;ormat:</translation>
    </message>
    <message>
        <source>People waiting to hear back</source>
        <translation>Pobl sy&apos;n aros i glywed yn ôl</translation>
    </message>
    <message>
        <source>Use the arrow keys to move. Shift and the arrow keys choose several people; Control and A chooses everyone.</source>
        <translation>Defnyddiwch y bysellau saeth i symud. Mae Shift a&apos;r bysellau saeth yn dewis sawl person; mae Control ac A yn dewis pawb.</translation>
    </message>
    <message>
        <source>Their letter</source>
        <translation>Eu llythyr</translation>
    </message>
    <message>
        <source>Things to check in this letter</source>
        <translation>Pethau i&apos;w gwirio yn y llythyr hwn</translation>
    </message>
    <message>
        <source>The chosen person&apos;s letter</source>
        <translation>Llythyr y person a ddewiswyd</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>&amp;Rhagolwg argraffu…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Mark these as sent…</source>
        <translation>&amp;Nodi bod y rhain wedi&apos;u hanfon…</translation>
    </message>
    <message>
        <source>Record a phone &amp;call…</source>
        <translation>Cofnodi gal&amp;wad ffôn…</translation>
    </message>
    <message>
        <source>Print the chosen letters</source>
        <translation>Argraffu&apos;r llythyrau a ddewiswyd</translation>
    </message>
    <message>
        <source>See how the chosen letters will print</source>
        <translation>Gweld sut bydd y llythyrau a ddewiswyd yn argraffu</translation>
    </message>
    <message>
        <source>Save the chosen letters as one PDF file</source>
        <translation>Cadw&apos;r llythyrau a ddewiswyd fel un ffeil PDF</translation>
    </message>
    <message>
        <source>Mark the chosen letters as sent</source>
        <translation>Nodi bod y llythyrau a ddewiswyd wedi&apos;u hanfon</translation>
    </message>
    <message>
        <source>Keeps an exact copy of each letter, and takes these people off the list.</source>
        <translation>Yn cadw union gopi o bob llythyr, ac yn tynnu&apos;r bobl hyn oddi ar y rhestr.</translation>
    </message>
    <message>
        <source>Record a phone call with the chosen person</source>
        <translation>Cofnodi galwad ffôn gyda&apos;r person a ddewiswyd</translation>
    </message>
    <message>
        <source>What happened last</source>
        <translation>Beth ddigwyddodd ddiwethaf</translation>
    </message>
    <message numerus="yes">
        <source>%n people are waiting.</source>
        <translation>
            <numerusform>Mae %n o bobl yn aros.</numerusform>
            <numerusform>Mae %n person yn aros.</numerusform>
            <numerusform>Mae %n o bobl yn aros.</numerusform>
            <numerusform>Mae %n o bobl yn aros.</numerusform>
            <numerusform>Mae %n o bobl yn aros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting the letter to {name} ready…</source>
        <translation>Yn paratoi&apos;r llythyr at {name}…</translation>
    </message>
    <message>
        <source>Getting the letter ready…</source>
        <translation>Yn paratoi&apos;r llythyr…</translation>
    </message>
    <message>
        <source>The letter to {name}</source>
        <translation>Y llythyr at {name}</translation>
    </message>
    <message>
        <source>The address is too long for the envelope window at this letter&apos;s size. Please shorten it in their record (for example, leave out the county), or use a bigger envelope.</source>
        <translation>Mae&apos;r cyfeiriad yn rhy hir i ffenest yr amlen ar faint y llythyr hwn. Byrhewch e yn eu cofnod (er enghraifft, gadewch y sir allan), neu defnyddiwch amlen fwy.</translation>
    </message>
    <message>
        <source>{name} would like a phone call. Use the letter as a guide, then press “Record a phone call”.</source>
        <translation>Hoffai {name} gael galwad ffôn. Defnyddiwch y llythyr fel canllaw, yna pwyswch “Cofnodi galwad ffôn”.</translation>
    </message>
</context>
<context>
    <name>LevelsEditor</name>
    <message>
        <source>Involvement levels, lowest to highest</source>
        <translation>Lefelau cyfranogiad, o&apos;r isaf i&apos;r uchaf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>What it means, in one line</source>
        <translation>Beth mae&apos;n ei olygu, mewn un llinell</translation>
    </message>
    <message>
        <source>the involvement levels</source>
        <translation>y lefelau cyfranogiad</translation>
    </message>
    <message>
        <source>Save the level names</source>
        <translation>Cadw enwau&apos;r lefelau</translation>
    </message>
    <message>
        <source>The order cannot change, so reports can compare one year with the next.</source>
        <translation>Does dim modd newid y drefn, er mwyn i adroddiadau allu cymharu un flwyddyn â&apos;r nesaf.</translation>
    </message>
    <message>
        <source>Name of level {n}</source>
        <translation>Enw lefel {n}</translation>
    </message>
    <message>
        <source>Meaning of level {n}</source>
        <translation>Ystyr lefel {n}</translation>
    </message>
</context>
<context>
    <name>LinkChangeDialog</name>
    <message>
        <source>Link to a change</source>
        <translation>Cysylltu â newid</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Cysylltu</translation>
    </message>
    <message>
        <source>Words in the change, or who is doing it</source>
        <translation>Geiriau yn y newid, neu pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Newidiadau</translation>
    </message>
    <message>
        <source>&amp;Search changes</source>
        <translation>&amp;Chwilio newidiadau</translation>
    </message>
    <message>
        <source>&amp;Choose the change</source>
        <translation>&amp;Dewis y newid</translation>
    </message>
    <message>
        <source>Please choose a change in the list.</source>
        <translation>Dewiswch newid yn y rhestr.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Name of the {what}</source>
        <translation>Enw&apos;r {what}</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Teipiwch enw</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ailenwi</translation>
    </message>
    <message>
        <source>Hide from lists</source>
        <translation>Cuddio o&apos;r rhestrau</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Add a {what}</source>
        <translation>Ychwanegu {what}</translation>
    </message>
    <message>
        <source>Rename the chosen {what}</source>
        <translation>Ailenwi&apos;r {what} a ddewiswyd</translation>
    </message>
    <message>
        <source>Hide or show the chosen {what}</source>
        <translation>Cuddio neu ddangos y {what} a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the chosen {what}</source>
        <translation>Tynnu&apos;r {what} a ddewiswyd</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (cudd)</translation>
    </message>
    <message>
        <source>Show in lists</source>
        <translation>Dangos yn y rhestrau</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>Sending letters by email</source>
        <translation>Anfon llythyrau drwy e-bost</translation>
    </message>
    <message>
        <source>People who asked for their letters by email can have them sent straight from the app, through your organisation&apos;s own mail server. This is off until you turn it on. The app only connects to the server when you press Send.</source>
        <translation>Gall pobl a ofynnodd am eu llythyrau drwy e-bost eu cael yn syth o&apos;r ap, drwy weinydd post eich sefydliad eich hun. Mae hyn wedi&apos;i ddiffodd nes i chi ei droi ymlaen. Dim ond pan fyddwch chi&apos;n pwyso Anfon y mae&apos;r ap yn cysylltu â&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Dim ond gweinyddwr sy&apos;n gallu newid y gosodiadau hyn.</translation>
    </message>
    <message>
        <source>S&amp;end email letters through our mail server</source>
        <translation>&amp;Anfon llythyrau e-bost drwy ein gweinydd post</translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation>y gweinydd post</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Gweinydd post</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (porth 587 fel arfer)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (porth 465 fel arfer)</translation>
    </message>
    <message>
        <source>No encryption (not safe)</source>
        <translation>Dim amgryptio (ddim yn ddiogel)</translation>
    </message>
    <message>
        <source>Your email provider gives this, for example smtp.office365.com.</source>
        <translation>Mae eich darparwr e-bost yn rhoi hwn, er enghraifft smtp.office365.com.</translation>
    </message>
    <message>
        <source>Often your full email address. Leave it empty if the server needs no sign-in.</source>
        <translation>Eich cyfeiriad e-bost llawn yn aml. Gadewch ef yn wag os nad oes angen mewngofnodi ar y gweinydd.</translation>
    </message>
    <message>
        <source>Sen&amp;der address:</source>
        <translation>Cyfeiriad yr anfonw&amp;r:</translation>
    </message>
    <message>
        <source>The address letters come from. Replies go here.</source>
        <translation>Y cyfeiriad y daw&apos;r llythyrau ohono. Mae atebion yn dod yma.</translation>
    </message>
    <message>
        <source>⚠ Without encryption, the password and the letters cross the network as plain text that others could read. Choose this only for a server inside your own building.</source>
        <translation>⚠ Heb amgryptio, mae&apos;r cyfrinair a&apos;r llythyrau yn croesi&apos;r rhwydwaith fel testun plaen y gallai eraill ei ddarllen. Dewiswch hyn dim ond ar gyfer gweinydd yn eich adeilad eich hun.</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>Anfon e-bost prawf</translation>
    </message>
    <message>
        <source>Save the settings first. The test uses the network once, to send a short email to the address you type.</source>
        <translation>Cadwch y gosodiadau yn gyntaf. Mae&apos;r prawf yn defnyddio&apos;r rhwydwaith unwaith, i anfon e-bost byr i&apos;r cyfeiriad rydych chi&apos;n ei deipio.</translation>
    </message>
    <message>
        <source>Leave empty to keep the password kept on this computer</source>
        <translation>Gadewch yn wag i gadw&apos;r cyfrinair sydd ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>Enw&apos;r gwei&amp;nydd:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Por&amp;th:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Diog&amp;elwch:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Enw &amp;defnyddiwr:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <source>Save the m&amp;ail server settings</source>
        <translation>Cadw go&amp;sodiadau&apos;r gweinydd post</translation>
    </message>
    <message>
        <source>Save the mail server settings</source>
        <translation>Cadw gosodiadau&apos;r gweinydd post</translation>
    </message>
    <message>
        <source>Send the test to:</source>
        <translation>Anfon y prawf at:</translation>
    </message>
    <message>
        <source>Send a test email to chec&amp;k</source>
        <translation>Anfon e-&amp;bost prawf i wirio</translation>
    </message>
    <message>
        <source>Uses the network once, to send a short email to the address typed.</source>
        <translation>Mae&apos;n defnyddio&apos;r rhwydwaith unwaith, i anfon e-bost byr i&apos;r cyfeiriad a deipiwyd.</translation>
    </message>
    <message>
        <source>This computer has no safe place to keep passwords (a keyring), so the app cannot remember the mail server&apos;s password. It uses the password you type until you close the app, and does not save it anywhere else.</source>
        <translation>Does gan y cyfrifiadur hwn ddim lle diogel i gadw cyfrineiriau (cylch allweddi), felly all yr ap ddim cofio cyfrinair y gweinydd post. Mae&apos;n defnyddio&apos;r cyfrinair rydych chi&apos;n ei deipio nes i chi gau&apos;r ap, a dydy e ddim yn ei gadw yn unman arall.</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s own password store (its keyring), not in the data file. Each computer that sends needs it typed in once.</source>
        <translation>Mae&apos;r cyfrinair yn cael ei gadw yn storfa gyfrineiriau&apos;r cyfrifiadur hwn (ei gylch allweddi), nid yn y ffeil ddata. Mae angen ei deipio unwaith ar bob cyfrifiadur sy&apos;n anfon.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>Mae&apos;r cyfrinair yn cael ei gadw yng nghylch allweddi&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is kept only until you close the app.</source>
        <translation>Does dim cylch allweddi ar y cyfrifiadur hwn: dim ond nes i chi gau&apos;r ap y mae&apos;r cyfrinair yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Sending a test email…</source>
        <translation>Yn anfon e-bost prawf…</translation>
    </message>
    <message>
        <source>The test email went to {address}. If it does not arrive in a few minutes, look in the junk folder.</source>
        <translation>Aeth yr e-bost prawf i {address}. Os nad yw&apos;n cyrraedd mewn ychydig funudau, edrychwch yn y ffolder sothach.</translation>
    </message>
    <message>
        <source>Stopped. The test may not have gone.</source>
        <translation>Wedi stopio. Efallai nad aeth y prawf.</translation>
    </message>
    <message>
        <source>The test email did not go.</source>
        <translation>Aeth yr e-bost prawf ddim.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose a section.</source>
        <translation>Defnyddiwch y bysellau saeth i ddewis adran.</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>You changed things on the {page} page and have not saved them. Save them now?</source>
        <translation>Fe wnaethoch newid pethau ar y dudalen {page} a heb eu cadw. Eu cadw nawr?</translation>
    </message>
    <message>
        <source>There is nothing to add on this page. Use the Record menu.</source>
        <translation>Does dim byd i&apos;w ychwanegu ar y dudalen hon. Defnyddiwch y ddewislen Cofnodi.</translation>
    </message>
    <message>
        <source>There is nothing to print here. Choose letters, or make the report, first.</source>
        <translation>Does dim byd i&apos;w argraffu yma. Dewiswch lythyrau, neu gwnewch yr adroddiad, yn gyntaf.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New data file…</source>
        <translation>Ffeil ddata &amp;newydd…</translation>
    </message>
    <message>
        <source>Start a new, empty data file</source>
        <translation>Dechrau ffeil ddata newydd, wag</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Agor ffeil ddata…</translation>
    </message>
    <message>
        <source>Open another data file</source>
        <translation>Agor ffeil ddata arall</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Gwneud &amp;copi wrth gefn nawr…</translation>
    </message>
    <message>
        <source>Save a copy of everything</source>
        <translation>Cadw copi o bopeth</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>A&amp;dfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Mewnforio o daenlen…</translation>
    </message>
    <message>
        <source>Add people and suggestions from CSV or Excel files</source>
        <translation>Ychwanegu pobl ac awgrymiadau o ffeiliau CSV neu Excel</translation>
    </message>
    <message>
        <source>&amp;Export empty import templates…</source>
        <translation>A&amp;llforio templedi mewnforio gwag…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Print the letters or the report on this page</source>
        <translation>Argraffu&apos;r llythyrau neu&apos;r adroddiad ar y dudalen hon</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <source>&amp;New on this page…</source>
        <translation>&amp;Newydd ar y dudalen hon…</translation>
    </message>
    <message>
        <source>Add a person, an activity, a suggestion or a change, as the page you are on lists</source>
        <translation>Ychwanegu person, gweithgaredd, awgrym neu newid, yn ôl beth mae&apos;r dudalen hon yn ei restru</translation>
    </message>
    <message>
        <source>Record an &amp;activity…</source>
        <translation>C&amp;ofnodi gweithgaredd…</translation>
    </message>
    <message>
        <source>Record a &amp;suggestion…</source>
        <translation>Cofnodi &amp;awgrym…</translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Search this page</source>
        <translation>&amp;Chwilio&apos;r dudalen hon</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <source>Make all the text bigger</source>
        <translation>Gwneud yr holl destun yn fwy</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Testun &amp;llai</translation>
    </message>
    <message>
        <source>Make all the text smaller</source>
        <translation>Gwneud yr holl destun yn llai</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Maint testun &amp;arferol</translation>
    </message>
    <message>
        <source>Text the size the computer is set to</source>
        <translation>Testun o&apos;r maint y mae&apos;r cyfrifiadur wedi&apos;i osod iddo</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Cyferbyniad &amp;uchel</translation>
    </message>
    <message>
        <source>Black and white, with strong colours for what is chosen</source>
        <translation>Du a gwyn, gyda lliwiau cryf ar gyfer yr hyn a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Canllaw</translation>
    </message>
    <message>
        <source>How to use the app, in short topics</source>
        <translation>Sut i ddefnyddio&apos;r ap, mewn pynciau byr</translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation>&amp;Ble mae fy nata?</translation>
    </message>
    <message>
        <source>&amp;About Participation Tracker</source>
        <translation>&amp;Ynglŷn â Participation Tracker</translation>
    </message>
    <message>
        <source>Text size: {percent}%</source>
        <translation>Maint y testun: {percent}%</translation>
    </message>
    <message>
        <source>High contrast is on.</source>
        <translation>Mae cyferbyniad uchel ymlaen.</translation>
    </message>
    <message>
        <source>High contrast is off.</source>
        <translation>Mae cyferbyniad uchel i ffwrdd.</translation>
    </message>
    <message>
        <source>Data file: {name}</source>
        <translation>Ffeil ddata: {name}</translation>
    </message>
    <message>
        <source> — signed in as {who}</source>
        <translation> — wedi mewngofnodi fel {who}</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message numerus="yes">
        <source>Mark %n letters as sent</source>
        <translation>
            <numerusform>Nodi bod %n o lythyrau wedi&apos;u hanfon</numerusform>
            <numerusform>Nodi bod %n llythyr wedi&apos;i anfon</numerusform>
            <numerusform>Nodi bod %n o lythyrau wedi&apos;u hanfon</numerusform>
            <numerusform>Nodi bod %n o lythyrau wedi&apos;u hanfon</numerusform>
            <numerusform>Nodi bod %n o lythyrau wedi&apos;u hanfon</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Nodi ei fod wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>The app keeps an exact copy of each letter. Sent letters are never changed. These people will leave the list of people waiting to hear back.</source>
        <translation>Mae&apos;r ap yn cadw union gopi o bob llythyr. Dydy llythyrau a anfonwyd byth yn cael eu newid. Bydd y bobl hyn yn gadael y rhestr o bobl sy&apos;n aros i glywed yn ôl.</translation>
    </message>
    <message>
        <source>&amp;How they were sent</source>
        <translation>&amp;Sut y cawson nhw eu hanfon</translation>
    </message>
    <message>
        <source>&amp;Date sent</source>
        <translation>&amp;Dyddiad anfon</translation>
    </message>
    <message>
        <source>&amp;Lawful basis</source>
        <translation>Sail &amp;gyfreithlon</translation>
    </message>
    <message>
        <source>Why you may use their details to write to them. Most charities use legitimate interests.</source>
        <translation>Pam y cewch chi ddefnyddio eu manylion i ysgrifennu atyn nhw. Mae&apos;r rhan fwyaf o elusennau&apos;n defnyddio buddiannau dilys.</translation>
    </message>
    <message>
        <source>Sent &amp;by</source>
        <translation>Anfonwyd &amp;gan</translation>
    </message>
    <message>
        <source>Your name. Leave it empty to use the name you signed in with.</source>
        <translation>Eich enw. Gadewch hwn yn wag i ddefnyddio&apos;r enw y gwnaethoch fewngofnodi ag ef.</translation>
    </message>
    <message>
        <source>Already marked as sent</source>
        <translation>Wedi&apos;u nodi fel rhai a anfonwyd yn barod</translation>
    </message>
    <message numerus="yes">
        <source>%n of these letters were marked as sent by someone else a moment ago, so they were not marked again. Please do not post them twice.</source>
        <translation>
            <numerusform>Cafodd %n o&apos;r llythyrau hyn eu nodi fel rhai a anfonwyd gan rywun arall eiliad yn ôl, felly chawson nhw ddim eu nodi eto. Peidiwch â&apos;u postio ddwywaith.</numerusform>
            <numerusform>Cafodd %n o&apos;r llythyrau hyn ei nodi fel un a anfonwyd gan rywun arall eiliad yn ôl, felly chafodd e ddim ei nodi eto. Peidiwch â&apos;i bostio ddwywaith.</numerusform>
            <numerusform>Cafodd %n o&apos;r llythyrau hyn eu nodi fel rhai a anfonwyd gan rywun arall eiliad yn ôl, felly chawson nhw ddim eu nodi eto. Peidiwch â&apos;u postio ddwywaith.</numerusform>
            <numerusform>Cafodd %n o&apos;r llythyrau hyn eu nodi fel rhai a anfonwyd gan rywun arall eiliad yn ôl, felly chawson nhw ddim eu nodi eto. Peidiwch â&apos;u postio ddwywaith.</numerusform>
            <numerusform>Cafodd %n o&apos;r llythyrau hyn eu nodi fel rhai a anfonwyd gan rywun arall eiliad yn ôl, felly chawson nhw ddim eu nodi eto. Peidiwch â&apos;u postio ddwywaith.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingSuggestionsEditor</name>
    <message>
        <source>Add &amp;another suggestion</source>
        <translation>Ychwanegu awgrym &amp;arall</translation>
    </message>
    <message>
        <source>Add another suggestion</source>
        <translation>Ychwanegu awgrym arall</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records of one person</source>
        <translation>Cyfuno dau gofnod am un person</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Cyfuno</translation>
    </message>
    <message>
        <source>Use this when the same person was recorded twice. Their suggestions, activities, letters and equality answers move to the record you keep. Details it does not have, like a phone number, are copied across. Then the other record is removed.</source>
        <translation>Defnyddiwch hwn pan gafodd yr un person ei gofnodi ddwywaith. Mae eu hawgrymiadau, eu gweithgareddau, eu llythyrau a&apos;u hatebion cydraddoldeb yn symud i&apos;r cofnod rydych chi&apos;n ei gadw. Mae manylion sydd ddim ganddo, fel rhif ffôn, yn cael eu copïo drosodd. Yna mae&apos;r cofnod arall yn cael ei dynnu.</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>Y cofnod i&apos;w gadw</translation>
    </message>
    <message>
        <source>The other record</source>
        <translation>Y cofnod arall</translation>
    </message>
    <message>
        <source>The &amp;other record</source>
        <translation>Y cofnod &amp;arall</translation>
    </message>
    <message>
        <source>No other record chosen yet.</source>
        <translation>Does dim cofnod arall wedi&apos;i ddewis eto.</translation>
    </message>
    <message>
        <source>{other} will become part of {keep}.</source>
        <translation>Bydd {other} yn dod yn rhan o {keep}.</translation>
    </message>
    <message>
        <source>Please choose the other record of this person.</source>
        <translation>Dewiswch gofnod arall y person hwn.</translation>
    </message>
    <message>
        <source>Merge these records?</source>
        <translation>Cyfuno&apos;r cofnodion hyn?</translation>
    </message>
    <message>
        <source>{other} will be removed, and everything about it will belong to {keep}. This cannot be undone.</source>
        <translation>Bydd {other} yn cael ei dynnu, a bydd popeth amdano yn perthyn i {keep}. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Merge them</source>
        <translation>Eu cyfuno</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
</context>
<context>
    <name>NeedsFlag</name>
    <message>
        <source>Communication needs</source>
        <translation>Anghenion cyfathrebu</translation>
    </message>
    <message>
        <source>Needs: {needs}</source>
        <translation>Anghenion: {needs}</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>Add a new person</source>
        <translation>Ychwanegu person newydd</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Ychwanegu person</translation>
    </message>
    <message>
        <source>Just the name is enough for now. You can add their address and needs later on the People page.</source>
        <translation>Mae&apos;r enw&apos;n ddigon am y tro. Gallwch ychwanegu eu cyfeiriad a&apos;u hanghenion yn nes ymlaen ar y dudalen Pobl.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Enw cyntaf</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Cyfenw</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Tref</translation>
    </message>
    <message>
        <source>How they like to &amp;hear back</source>
        <translation>&amp;Sut maen nhw&apos;n hoffi clywed yn ôl</translation>
    </message>
</context>
<context>
    <name>OfficeChooser</name>
    <message>
        <source>Showing:</source>
        <translation>Yn dangos:</translation>
    </message>
    <message>
        <source>Which office&apos;s work is shown</source>
        <translation>Gwaith pa swyddfa sy&apos;n cael ei ddangos</translation>
    </message>
    <message>
        <source>Choose the office whose people, activities, suggestions and letters are shown ({key}).</source>
        <translation>Dewiswch pa swyddfa i ddangos ei phobl, ei gweithgareddau, ei hawgrymiadau a&apos;i llythyrau ({key}).</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Pob swyddfa</translation>
    </message>
    <message>
        <source>All my offices ({names})</source>
        <translation>Fy holl swyddfeydd ({names})</translation>
    </message>
    <message>
        <source>{name} (no longer in use)</source>
        <translation>{name} (ddim yn cael ei defnyddio mwyach)</translation>
    </message>
    <message>
        <source>My offices ({names})</source>
        <translation>Fy swyddfeydd ({names})</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Swyddfeydd</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Add an office</source>
        <translation>Ychwanegu swyddfa</translation>
    </message>
    <message>
        <source>Change the office</source>
        <translation>Newid y swyddfa</translation>
    </message>
    <message>
        <source>Add the office</source>
        <translation>Ychwanegu&apos;r swyddfa</translation>
    </message>
    <message>
        <source>Save the office</source>
        <translation>Cadw&apos;r swyddfa</translation>
    </message>
    <message>
        <source>Everything recorded so far belongs to your first office, so please give it a name too.</source>
        <translation>Mae popeth a gofnodwyd hyd yma yn perthyn i&apos;ch swyddfa gyntaf, felly rhowch enw iddi hefyd.</translation>
    </message>
    <message>
        <source>Name of your &amp;first office</source>
        <translation>Enw eich swyddfa gy&amp;ntaf</translation>
    </message>
    <message>
        <source>For example, Main office.</source>
        <translation>Er enghraifft, Prif swyddfa.</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>&amp;Enw&apos;r swyddfa</translation>
    </message>
    <message>
        <source>&amp;Name of the new office</source>
        <translation>&amp;Enw&apos;r swyddfa newydd</translation>
    </message>
    <message>
        <source>Name in &amp;Welsh (optional)</source>
        <translation>Enw yn G&amp;ymraeg (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Cyfeiriad</translation>
    </message>
    <message>
        <source>Address in W&amp;elsh (optional)</source>
        <translation>Cyfeiriad yn Gymrae&amp;g (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <source>An office&apos;s address, phone and email go at the top of its people&apos;s letters. Any left empty use your organisation&apos;s.</source>
        <translation>Mae cyfeiriad, ffôn ac e-bost swyddfa yn mynd ar frig llythyrau ei phobl. Os oes rhai yn wag, mae&apos;r llythyrau&apos;n defnyddio rhai eich sefydliad.</translation>
    </message>
    <message>
        <source>No &amp;longer in use</source>
        <translation>&amp;Dim yn cael ei defnyddio mwyach</translation>
    </message>
    <message>
        <source>This office is no longer in use</source>
        <translation>Dydy&apos;r swyddfa hon ddim yn cael ei defnyddio mwyach</translation>
    </message>
    <message>
        <source>Its records are kept, but it is not offered for new ones.</source>
        <translation>Mae ei chofnodion yn cael eu cadw, ond dydy hi ddim yn cael ei chynnig ar gyfer rhai newydd.</translation>
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <source>Offices</source>
        <translation>Swyddfeydd</translation>
    </message>
    <message>
        <source>If your organisation has more than one office or team, add them here. Each person, activity, suggestion and change then belongs to one office, and each office sees its own work. With one office, the app says nothing about offices.</source>
        <translation>Os oes gan eich sefydliad fwy nag un swyddfa neu dîm, ychwanegwch nhw yma. Yna mae pob person, gweithgaredd, awgrym a newid yn perthyn i un swyddfa, ac mae pob swyddfa yn gweld ei gwaith ei hun. Gydag un swyddfa, dydy&apos;r ap yn dweud dim am swyddfeydd.</translation>
    </message>
    <message>
        <source>An office&apos;s address, phone and email go at the top of its people&apos;s letters. Any left empty use your organisation&apos;s.</source>
        <translation>Mae cyfeiriad, ffôn ac e-bost swyddfa yn mynd ar frig llythyrau ei phobl. Os oes rhai yn wag, mae&apos;r llythyrau&apos;n defnyddio rhai eich sefydliad.</translation>
    </message>
    <message>
        <source>Only an administrator can add or change offices. Please ask one of them.</source>
        <translation>Dim ond gweinyddwr sy&apos;n gallu ychwanegu neu newid swyddfeydd. Gofynnwch i un ohonyn nhw.</translation>
    </message>
    <message>
        <source>&amp;Add an office…</source>
        <translation>&amp;Ychwanegu swyddfa…</translation>
    </message>
    <message>
        <source>&amp;Change the chosen office…</source>
        <translation>&amp;Newid y swyddfa a ddewiswyd…</translation>
    </message>
    <message>
        <source>Add an office</source>
        <translation>Ychwanegu swyddfa</translation>
    </message>
    <message>
        <source>Change the chosen office</source>
        <translation>Newid y swyddfa a ddewiswyd</translation>
    </message>
    <message>
        <source>Your first office (no name yet)</source>
        <translation>Eich swyddfa gyntaf (dim enw eto)</translation>
    </message>
    <message>
        <source>{name} ({welsh})</source>
        <translation>{name} ({welsh})</translation>
    </message>
    <message>
        <source>{name}: no longer in use</source>
        <translation>{name}: ddim yn cael ei defnyddio mwyach</translation>
    </message>
</context>
<context>
    <name>OwedModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Yn aros ers</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Math o lythyr</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Anghenion cyfathrebu</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Awgrymiadau</translation>
    </message>
</context>
<context>
    <name>PartsChooser</name>
    <message>
        <source>Part of the letter</source>
        <translation>Rhan o&apos;r llythyr</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose the part to change.</source>
        <translation>Defnyddiwch y bysellau saeth i ddewis y rhan i&apos;w newid.</translation>
    </message>
    <message>
        <source>About each suggestion</source>
        <translation>Am bob awgrym</translation>
    </message>
    <message>
        <source>Short phrases used inside other parts</source>
        <translation>Ymadroddion byr a ddefnyddir mewn rhannau eraill</translation>
    </message>
    <message>
        <source>End of the letter</source>
        <translation>Diwedd y llythyr</translation>
    </message>
    <message>
        <source>Start of the letter</source>
        <translation>Dechrau&apos;r llythyr</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>mae problem</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>heb ei gadw</translation>
    </message>
    <message>
        <source>your words</source>
        <translation>eich geiriau</translation>
    </message>
    <message>
        <source>no words yet</source>
        <translation>dim geiriau eto</translation>
    </message>
    <message>
        <source>as standard print</source>
        <translation>fel print safonol</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation>Cyfrinair newydd i {name}</translation>
    </message>
    <message>
        <source>the new password</source>
        <translation>y cyfrinair newydd</translation>
    </message>
    <message>
        <source>Type a new password for {name}, then tell them what it is. A few words together are easy to remember and hard to guess. This also unlocks their account.</source>
        <translation>Teipiwch gyfrinair newydd i {name}, yna dywedwch wrthyn nhw beth ydy e. Mae ychydig o eiriau gyda&apos;i gilydd yn hawdd eu cofio ac yn anodd eu dyfalu. Mae hyn hefyd yn datgloi eu cyfrif.</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Cyfrinair &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Teipiwch ef eto</translation>
    </message>
    <message>
        <source>&amp;Set the password</source>
        <translation>&amp;Gosod y cyfrinair</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Use the arrow keys and Page Up or Page Down to move through the pages.</source>
        <translation>Defnyddiwch y bysellau saeth a Page Up neu Page Down i symud drwy&apos;r tudalennau.</translation>
    </message>
    <message>
        <source>There is nothing to show yet.</source>
        <translation>Does dim i&apos;w ddangos eto.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Llai</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation>Mwy</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>Ffitio&apos;r lled</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Tudalen gyfan</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Shortcut: Control and Page Up</source>
        <translation>Llwybr byr: Control a Page Up</translation>
    </message>
    <message>
        <source>Shortcut: Control and Page Down</source>
        <translation>Llwybr byr: Control a Page Down</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Rhif y dudalen</translation>
    </message>
    <message>
        <source>Make the pages smaller</source>
        <translation>Gwneud y tudalennau&apos;n llai</translation>
    </message>
    <message>
        <source>Shortcut: Control and minus</source>
        <translation>Llwybr byr: Control a minws</translation>
    </message>
    <message>
        <source>Make the pages bigger</source>
        <translation>Gwneud y tudalennau&apos;n fwy</translation>
    </message>
    <message>
        <source>Shortcut: Control and plus</source>
        <translation>Llwybr byr: Control a plws</translation>
    </message>
    <message>
        <source>Page size on screen</source>
        <translation>Maint y dudalen ar y sgrin</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>o {count}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Tudalen {page} o {count}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Printing page {page} of {count}…</source>
        <translation>Yn argraffu tudalen {page} o {count}…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Yn argraffu…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
</context>
<context>
    <name>PeopleChooser</name>
    <message>
        <source>Search for {name}</source>
        <translation>Chwilio am {name}</translation>
    </message>
    <message>
        <source>{name} chosen</source>
        <translation>Dewiswyd {name}</translation>
    </message>
    <message>
        <source>Press Delete to remove the highlighted person.</source>
        <translation>Pwyswch Delete i dynnu&apos;r person sydd wedi&apos;i amlygu.</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Tynnu o&apos;r rhestr</translation>
    </message>
    <message>
        <source>Remove the highlighted person from {name}</source>
        <translation>Tynnu&apos;r person sydd wedi&apos;i amlygu o {name}</translation>
    </message>
    <message>
        <source>Chosen so far:</source>
        <translation>Wedi&apos;u dewis hyd yma:</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Tref</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Hears back by</source>
        <translation>Yn clywed yn ôl drwy</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grwpiau</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Everyone who takes part. Choose a person to see their details and their history.</source>
        <translation>Pawb sy&apos;n cymryd rhan. Dewiswch berson i weld eu manylion a&apos;u hanes.</translation>
    </message>
    <message>
        <source>Search by name, reference, town or postcode</source>
        <translation>Chwilio yn ôl enw, cyfeirnod, tref neu god post</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Chwilio pobl</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Unrhyw grŵp</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Only people &amp;waiting to hear back</source>
        <translation>Dim ond pobl sy&apos;n &amp;aros i glywed yn ôl</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Golyg&amp;u…</translation>
    </message>
    <message>
        <source>&amp;Merge with another record…</source>
        <translation>Cyfu&amp;no â chofnod arall…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Edit the chosen person</source>
        <translation>Golygu&apos;r person a ddewiswyd</translation>
    </message>
    <message>
        <source>Merge the chosen person with another record of the same person</source>
        <translation>Cyfuno&apos;r person a ddewiswyd â chofnod arall o&apos;r un person</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Chw&amp;ilio:</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation>G&amp;rŵp:</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonChoice</name>
    <message>
        <source>Search for the person</source>
        <translation>Chwilio am y person</translation>
    </message>
    <message>
        <source>&amp;Find the person:</source>
        <translation>&amp;Dod o hyd i&apos;r person:</translation>
    </message>
    <message>
        <source>Chosen: {who}</source>
        <translation>Wedi dewis: {who}</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Neb wedi&apos;i ddewis eto.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Change a person&apos;s details</source>
        <translation>Newid manylion person</translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <translation>Rhannau o&apos;r cofnod</translation>
    </message>
    <message>
        <source>&amp;About them</source>
        <translation>&amp;Amdanyn nhw</translation>
    </message>
    <message>
        <source>&amp;How to reach them</source>
        <translation>&amp;Sut i gysylltu â nhw</translation>
    </message>
    <message>
        <source>E&amp;quality monitoring (optional)</source>
        <translation>Monitro c&amp;ydraddoldeb (dewisol)</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Tynnu&apos;r person hwn</translation>
    </message>
    <message>
        <source>made for you if left empty</source>
        <translation>caiff ei wneud i chi os yw&apos;n wag</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Enw cyntaf</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>Cyfen&amp;w</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>Enw &amp;dewisol</translation>
    </message>
    <message>
        <source>What they like to be called, if different.</source>
        <translation>Beth maen nhw&apos;n hoffi cael eu galw, os yw&apos;n wahanol.</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>Cyfei&amp;rnod</translation>
    </message>
    <message>
        <source>Off&amp;ice</source>
        <translation>E&amp;u swyddfa</translation>
    </message>
    <message>
        <source>The office that looks after them. Its address is on their letters.</source>
        <translation>Y swyddfa sy&apos;n gofalu amdanyn nhw. Mae ei chyfeiriad ar eu llythyrau.</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>Llinell gyfeiriad &amp;1</translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation>Llinell gyfeiriad &amp;2</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Tref</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Cod &amp;post</translation>
    </message>
    <message>
        <source>Phone nu&amp;mber</source>
        <translation>Rhif &amp;ffôn</translation>
    </message>
    <message>
        <source>Agreed &amp;on</source>
        <translation>Cytun&amp;odd ar</translation>
    </message>
    <message>
        <source>The day they agreed to us keeping their details.</source>
        <translation>Y diwrnod y cytunon nhw i ni gadw eu manylion.</translation>
    </message>
    <message>
        <source>How they like to hear bac&amp;k</source>
        <translation>Sut maen nhw&apos;n &amp;hoffi clywed yn ôl</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <source>Remove this person&apos;s record? Use this only for someone added by mistake. Edit, Undo brings it back until you close the app.</source>
        <translation>Tynnu cofnod y person hwn? Defnyddiwch hyn dim ond ar gyfer rhywun a gafodd ei ychwanegu trwy gamgymeriad. Mae Golygu, Dadwneud yn dod ag ef yn ôl nes i chi gau&apos;r ap.</translation>
    </message>
    <message>
        <source>&amp;Groups they belong to</source>
        <translation>&amp;Grwpiau y maen nhw&apos;n perthyn iddynt</translation>
    </message>
    <message>
        <source>Press Space to tick or untick a group.</source>
        <translation>Pwyswch y Bylchwr i dicio grŵp neu dynnu&apos;r tic.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Nodiadau</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>&amp;Withdrew consent on</source>
        <translation>Tynnodd ganiatâd yn ô&amp;l ar</translation>
    </message>
    <message>
        <source>Send letters in Welsh and English (&amp;bilingual)</source>
        <translation>Anfon llythyrau yn Gymraeg ac yn Saesneg (&amp;dwyieithog)</translation>
    </message>
    <message>
        <source>Send letters through their &amp;supporter</source>
        <translation>Anfon llythyrau drwy eu ce&amp;fnogwr</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>Y ddwy iaith</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>Angen &amp;cyfieithydd</translation>
    </message>
    <message>
        <source>For example: British Sign Language, or Polish</source>
        <translation>Er enghraifft: Iaith Arwyddion Prydain, neu Bwyleg</translation>
    </message>
    <message>
        <source>Supporter or advocate&apos;s &amp;name</source>
        <translation>&amp;Enw&apos;r cefnogwr neu&apos;r eiriolwr</translation>
    </message>
    <message>
        <source>Supporter&apos;s a&amp;ddress</source>
        <translation>Cyfeiriad y cefn&amp;ogwr</translation>
    </message>
    <message>
        <source>Through supporter</source>
        <translation>Drwy gefnogwr</translation>
    </message>
    <message>
        <source>&amp;Other needs</source>
        <translation>Anghenion e&amp;raill</translation>
    </message>
    <message>
        <source>For example: large buttons on the phone, no calls before 10am</source>
        <translation>Er enghraifft: botymau mawr ar y ffôn, dim galwadau cyn 10am</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Y newid</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Gofynnwyd ar</translation>
    </message>
    <message>
        <source>Did it make a difference?</source>
        <translation>A wnaeth wahaniaeth?</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>Eu geiriau</translation>
    </message>
    <message>
        <source>Told us on</source>
        <translation>Dywedon nhw ar</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Anfonwyd ar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Awgrymiadau</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>G&amp;olygu&apos;r manylion…</translation>
    </message>
    <message>
        <source>Edit this person&apos;s details</source>
        <translation>Golygu manylion y person hwn</translation>
    </message>
    <message>
        <source>Record an a&amp;nswer…</source>
        <translation>Cofnodi a&amp;teb…</translation>
    </message>
    <message>
        <source>Record whether a change made a difference to this person</source>
        <translation>Cofnodi a wnaeth newid wahaniaeth i&apos;r person hwn</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Gweithgareddau a fynychwyd</translation>
    </message>
    <message>
        <source>Suggestions and decisions</source>
        <translation>Awgrymiadau a phenderfyniadau</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Llythyrau a anfonwyd</translation>
    </message>
    <message>
        <source>Did changes make a difference to them?</source>
        <translation>A wnaeth newidiadau wahaniaeth iddyn nhw?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Codwyd ar</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Beth ddywedon nhw</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>Waiting to hear back</source>
        <translation>Yn aros i glywed yn ôl</translation>
    </message>
    <message>
        <source>No one chosen</source>
        <translation>Neb wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Choose a person in the list to see their details and history here.</source>
        <translation>Dewiswch berson yn y rhestr i weld eu manylion a&apos;u hanes yma.</translation>
    </message>
    <message>
        <source>Waiting to hear back about {n} suggestion(s).</source>
        <translation>Yn aros i glywed yn ôl am {n} awgrym.</translation>
    </message>
    <message>
        <source>Not waiting to hear back about anything.</source>
        <translation>Ddim yn aros i glywed yn ôl am ddim byd.</translation>
    </message>
    <message>
        <source>S&amp;uggestions ({n})</source>
        <translation>A&amp;wgrymiadau ({n})</translation>
    </message>
    <message>
        <source>A&amp;ctivities ({n})</source>
        <translation>Gw&amp;eithgareddau ({n})</translation>
    </message>
    <message>
        <source>&amp;Letters ({n})</source>
        <translation>&amp;Llythyrau ({n})</translation>
    </message>
    <message>
        <source>Did &amp;it help? ({n})</source>
        <translation>Oe&amp;dd e&apos;n help? ({n})</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>Cyfeirnod: {ref}</translation>
    </message>
    <message>
        <source>Hears back by: {format}, in {language}</source>
        <translation>Yn clywed yn ôl drwy: {format}, yn {language}</translation>
    </message>
    <message>
        <source>, through {name}</source>
        <translation>, drwy {name}</translation>
    </message>
    <message>
        <source>Interpreter: {what}</source>
        <translation>Cyfieithydd: {what}</translation>
    </message>
    <message>
        <source>Groups: {groups}</source>
        <translation>Grwpiau: {groups}</translation>
    </message>
    <message>
        <source>Withdrew consent on {date}.</source>
        <translation>Tynnodd ganiatâd yn ôl ar {date}.</translation>
    </message>
    <message>
        <source>Agreed to us keeping their details on {date}.</source>
        <translation>Cytunodd i ni gadw eu manylion ar {date}.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type part of a name, reference or town</source>
        <translation>Teipiwch ran o enw, cyfeirnod neu dref</translation>
    </message>
    <message>
        <source>Type to search. Press Down to go to the matches, Enter to choose.</source>
        <translation>Teipiwch i chwilio. Pwyswch y saeth i lawr i fynd at y canlyniadau, ac Enter i ddewis.</translation>
    </message>
    <message>
        <source>Matching people</source>
        <translation>Pobl sy&apos;n cyfateb</translation>
    </message>
    <message>
        <source>Matches (press Enter to add the highlighted one):</source>
        <translation>Canlyniadau (pwyswch Enter i ychwanegu&apos;r un sydd wedi&apos;i amlygu):</translation>
    </message>
    <message>
        <source>Add “{text}” as a new person…</source>
        <translation>Ychwanegu “{text}” fel person newydd…</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation>Does neb yn cyfateb i “{text}”.</translation>
    </message>
</context>
<context>
    <name>PhoneCallDialog</name>
    <message>
        <source>Record a phone call with {name}</source>
        <translation>Cofnodi galwad ffôn gyda {name}</translation>
    </message>
    <message>
        <source>&amp;Save the call</source>
        <translation>&amp;Cadw&apos;r alwad</translation>
    </message>
    <message>
        <source>no phone number saved</source>
        <translation>dim rhif ffôn wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>What to tell them (their letter, as a guide):</source>
        <translation>Beth i&apos;w ddweud wrthyn nhw (eu llythyr, fel canllaw):</translation>
    </message>
    <message>
        <source>What to tell them</source>
        <translation>Beth i&apos;w ddweud wrthyn nhw</translation>
    </message>
    <message>
        <source>{date}: {text}</source>
        <translation>{date}: {text}</translation>
    </message>
    <message>
        <source>What the call was &amp;about</source>
        <translation>Am &amp;beth oedd yr alwad</translation>
    </message>
    <message>
        <source>Press Space to tick or untick a suggestion.</source>
        <translation>Pwyswch y Bylchwr i dicio awgrym neu dynnu&apos;r tic.</translation>
    </message>
    <message>
        <source>&amp;Date of the call</source>
        <translation>&amp;Dyddiad yr alwad</translation>
    </message>
    <message>
        <source>Who &amp;rang</source>
        <translation>Pwy &amp;ffoniodd</translation>
    </message>
    <message>
        <source>Your name. Leave it empty to use the name you signed in with.</source>
        <translation>Eich enw. Gadewch hwn yn wag i ddefnyddio&apos;r enw y gwnaethoch fewngofnodi ag ef.</translation>
    </message>
    <message>
        <source>&amp;Notes about the call</source>
        <translation>&amp;Nodiadau am yr alwad</translation>
    </message>
    <message>
        <source>What you told them, and anything they said back.</source>
        <translation>Beth ddywedoch chi wrthyn nhw, ac unrhyw beth a ddywedon nhw yn ôl.</translation>
    </message>
</context>
<context>
    <name>PlainEnglishHint</name>
    <message>
        <source>Plain English check</source>
        <translation>Gwiriad iaith glir</translation>
    </message>
    <message>
        <source>Plain English check: write a few sentences and it will show how easy they are to read.</source>
        <translation>Gwiriad iaith glir: ysgrifennwch ychydig o frawddegau a bydd yn dangos pa mor hawdd ydyn nhw i&apos;w darllen.</translation>
    </message>
    <message>
        <source>Plain English check: getting ready…</source>
        <translation>Gwiriad iaith glir: yn paratoi…</translation>
    </message>
    <message>
        <source>Reads well.</source>
        <translation>Yn darllen yn dda.</translation>
    </message>
    <message>
        <source>Could be clearer.</source>
        <translation>Gallai fod yn gliriach.</translation>
    </message>
</context>
<context>
    <name>PlainEnglishPanel</name>
    <message>
        <source>Plain English check</source>
        <translation>Gwiriad iaith glir</translation>
    </message>
    <message>
        <source>Plain English check: nothing to check yet.</source>
        <translation>Gwiriad iaith glir: dim i&apos;w wirio eto.</translation>
    </message>
    <message>
        <source>Plain English check: reads well.</source>
        <translation>Gwiriad iaith glir: yn darllen yn dda.</translation>
    </message>
    <message>
        <source>Plain English check: could be clearer.</source>
        <translation>Gwiriad iaith glir: gallai fod yn gliriach.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Privac&amp;y</source>
        <translation>&amp;Preifatrwydd</translation>
    </message>
    <message>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Allforio popeth am y person hwn…</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Dileu&apos;r person hwn…</translation>
    </message>
    <message>
        <source>Review &amp;old records…</source>
        <translation>Adolygu &amp;hen gofnodion…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Lo&amp;g archwilio…</translation>
    </message>
    <message>
        <source>Only an administrator can use this.</source>
        <translation>Dim ond gweinyddwr all ddefnyddio hwn.</translation>
    </message>
    <message>
        <source>For administrators</source>
        <translation>Ar gyfer gweinyddwyr</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Make the change report for your trustees: what people told you, what you did about it, and whether they heard back.</source>
        <translation>Gwnewch yr adroddiad newid ar gyfer eich ymddiriedolwyr: beth ddywedodd pobl wrthych, beth wnaethoch chi am y peth, ac a glywon nhw&apos;n ôl.</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Tudalennau&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Choose the dates, then press “Make the report”. Its pages will show here.</source>
        <translation>Dewiswch y dyddiadau, yna pwyswch “Gwneud yr adroddiad”. Bydd ei dudalennau&apos;n ymddangos yma.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>The first day of the report</source>
        <translation>Diwrnod cyntaf yr adroddiad</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>The last day of the report</source>
        <translation>Diwrnod olaf yr adroddiad</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>C&amp;yfnod:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <source>Ma&amp;ke the report</source>
        <translation>G&amp;wneud yr adroddiad</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Gwneud yr adroddiad</translation>
    </message>
    <message>
        <source>Counts everything for the dates above and shows the pages.</source>
        <translation>Yn cyfrif popeth ar gyfer y dyddiadau uchod ac yn dangos y tudalennau.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Ca&amp;dw PDF…</translation>
    </message>
    <message>
        <source>Save figures as &amp;CSV…</source>
        <translation>Cadw&apos;r ffigurau fel CS&amp;V…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Cadw&apos;r adroddiad fel ffeil PDF</translation>
    </message>
    <message>
        <source>Save the figures as CSV files</source>
        <translation>Cadw&apos;r ffigurau fel ffeiliau CSV</translation>
    </message>
    <message>
        <source>Every figure in the report, and the lists of records behind them, for a spreadsheet.</source>
        <translation>Pob ffigur yn yr adroddiad, a rhestrau&apos;r cofnodion y tu ôl iddyn nhw, ar gyfer taenlen.</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Argraffu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>See how the report will print</source>
        <translation>Gweld sut bydd yr adroddiad yn argraffu</translation>
    </message>
    <message>
        <source>Other dates (type them below)</source>
        <translation>Dyddiadau eraill (teipiwch nhw isod)</translation>
    </message>
    <message>
        <source>Nothing was recorded from {start} to {end}, so the dates are the most recent time with records. Choose other dates if you want to.</source>
        <translation>Chafodd dim byd ei gofnodi rhwng {start} a {end}, felly y dyddiadau yw&apos;r cyfnod diweddaraf sydd â chofnodion. Dewiswch ddyddiadau eraill os hoffech chi.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Yn gwneud yr adroddiad…</translation>
    </message>
    <message>
        <source>Stopped. No new report was made.</source>
        <translation>Wedi stopio. Ni wnaed adroddiad newydd.</translation>
    </message>
    <message>
        <source>No report made yet.</source>
        <translation>Dim adroddiad wedi&apos;i wneud eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n o dudalennau</numerusform>
            <numerusform>%n dudalen</numerusform>
            <numerusform>%n o dudalennau</numerusform>
            <numerusform>%n o dudalennau</numerusform>
            <numerusform>%n o dudalennau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lists</source>
        <translation>
            <numerusform>%n o restrau</numerusform>
            <numerusform>%n rhestr</numerusform>
            <numerusform>%n o restrau</numerusform>
            <numerusform>%n o restrau</numerusform>
            <numerusform>%n o restrau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>Wedi anfon %n o dudalennau i&apos;r argraffydd.</numerusform>
            <numerusform>Wedi anfon %n dudalen i&apos;r argraffydd.</numerusform>
            <numerusform>Wedi anfon %n o dudalennau i&apos;r argraffydd.</numerusform>
            <numerusform>Wedi anfon %n o dudalennau i&apos;r argraffydd.</numerusform>
            <numerusform>Wedi anfon %n o dudalennau i&apos;r argraffydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report for {start} to {end} is ready: {pages}.</source>
        <translation>Mae&apos;r adroddiad ar gyfer {start} i {end} yn barod: {pages}.</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>&amp;Rhagolwg argraffu…</translation>
    </message>
    <message>
        <source>Some records changed after this report was made. Make it again to include the changes.</source>
        <translation>Newidiodd rhai cofnodion ar ôl i&apos;r adroddiad hwn gael ei wneud. Gwnewch ef eto i gynnwys y newidiadau.</translation>
    </message>
    <message>
        <source>Change report {start} to {end}</source>
        <translation>Adroddiad newid {start} i {end}</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Cadw&apos;r adroddiad fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>yr adroddiad</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Ni chadwyd yr adroddiad</translation>
    </message>
    <message>
        <source>Saved the report as {path}</source>
        <translation>Cadwyd yr adroddiad fel {path}</translation>
    </message>
    <message>
        <source>Choose a folder for the figures and the lists behind them</source>
        <translation>Dewiswch ffolder ar gyfer y ffigurau a&apos;r rhestrau y tu ôl iddyn nhw</translation>
    </message>
    <message>
        <source>Replace the figures?</source>
        <translation>Rhoi ffigurau newydd yn lle&apos;r hen rai?</translation>
    </message>
    <message>
        <source>This folder already has report figures in it. Saving here replaces them, and the lists that go with them.</source>
        <translation>Mae ffigurau adroddiad yn y ffolder hon yn barod. Bydd cadw yma yn eu disodli, a&apos;r rhestrau sy&apos;n mynd gyda nhw.</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Rhoi rhai newydd yn eu lle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Saving the figures…</source>
        <translation>Yn cadw&apos;r ffigurau…</translation>
    </message>
    <message>
        <source>Saved the figures ({figures}) and {lists} in {folder}</source>
        <translation>Wedi cadw&apos;r ffigurau ({figures}) a {lists} yn {folder}</translation>
    </message>
    <message>
        <source>The figures were not saved</source>
        <translation>Ni chadwyd y ffigurau</translation>
    </message>
    <message>
        <source>They could not be saved in {folder}. A file there may be open in another program, or the folder may not let you save there. Close the files, or choose another folder.</source>
        <translation>Doedd dim modd eu cadw yn {folder}. Efallai bod ffeil yno ar agor mewn rhaglen arall, neu nad yw&apos;r ffolder yn gadael i chi gadw yno. Caewch y ffeiliau, neu dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Stopiodd yr argraffu.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source> years</source>
        <translation> blynedd</translation>
    </message>
    <message>
        <source>No contact for at least</source>
        <translation>Dim cysylltiad am o leiaf</translation>
    </message>
    <message>
        <source>No contact for at &amp;least:</source>
        <translation>Dim cysylltiad am o &amp;leiaf:</translation>
    </message>
    <message>
        <source>&amp;Tick everyone</source>
        <translation>&amp;Ticio pawb</translation>
    </message>
    <message>
        <source>&amp;Untick everyone</source>
        <translation>Tynnu&apos;r tic oddi ar &amp;bawb</translation>
    </message>
    <message>
        <source>People to review. Press Space to tick.</source>
        <translation>Pobl i&apos;w hadolygu. Pwyswch y Bylchwr i dicio.</translation>
    </message>
    <message>
        <source>&amp;Remove the details of the ticked people…</source>
        <translation>Tynnu &amp;manylion y bobl sydd wedi&apos;u ticio…</translation>
    </message>
    <message numerus="yes">
        <source>%n people to review</source>
        <translation>
            <numerusform>%n o bobl i&apos;w hadolygu</numerusform>
            <numerusform>%n person i&apos;w adolygu</numerusform>
            <numerusform>%n o bobl i&apos;w hadolygu</numerusform>
            <numerusform>%n o bobl i&apos;w hadolygu</numerusform>
            <numerusform>%n o bobl i&apos;w hadolygu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the details of %n people?

This cannot be undone. Their details will be gone for good.</source>
        <translation>
            <numerusform>Dileu manylion %n o bobl?

Does dim modd dadwneud hyn. Bydd eu manylion wedi mynd am byth.</numerusform>
            <numerusform>Dileu manylion %n person?

Does dim modd dadwneud hyn. Bydd eu manylion wedi mynd am byth.</numerusform>
            <numerusform>Dileu manylion %n o bobl?

Does dim modd dadwneud hyn. Bydd eu manylion wedi mynd am byth.</numerusform>
            <numerusform>Dileu manylion %n o bobl?

Does dim modd dadwneud hyn. Bydd eu manylion wedi mynd am byth.</numerusform>
            <numerusform>Dileu manylion %n o bobl?

Does dim modd dadwneud hyn. Bydd eu manylion wedi mynd am byth.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then choose Privacy, then Erase this person, and press Finish the clean-up.</source>
        <translation>Yna dewiswch Preifatrwydd, yna Dileu&apos;r person hwn, a phwyswch Gorffen y glanhau.</translation>
    </message>
    <message>
        <source>, {n} ticked.</source>
        <translation>, {n} wedi&apos;u ticio.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Last in touch</source>
        <translation>Mewn cysylltiad ddiwethaf</translation>
    </message>
    <message>
        <source>Nobody has been out of touch for this long.</source>
        <translation>Does neb wedi bod heb gysylltiad am gyhyd â hyn.</translation>
    </message>
    <message>
        <source>Remove their details?</source>
        <translation>Tynnu eu manylion?</translation>
    </message>
    <message>
        <source>Remove their details</source>
        <translation>Tynnu eu manylion</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Eu cadw</translation>
    </message>
    <message>
        <source>Removing details…</source>
        <translation>Yn tynnu manylion…</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings or restore a backup. You can still make a backup.</source>
        <translation>Dim ond gweinyddwr sy&apos;n gallu newid y gosodiadau hyn neu adfer copi wrth gefn. Gallwch chi wneud copi wrth gefn o hyd.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>The app makes a backup each time it opens and each time it closes. It keeps one a day for the last 7 days and one a week for the last 8 weeks. Backups you make yourself are never deleted by the app.</source>
        <translation>Mae&apos;r ap yn gwneud copi wrth gefn bob tro mae&apos;n agor a phob tro mae&apos;n cau. Mae&apos;n cadw un y dydd am y 7 diwrnod diwethaf ac un yr wythnos am yr 8 wythnos diwethaf. Dydy&apos;r ap byth yn dileu copïau rydych chi&apos;n eu gwneud eich hun.</translation>
    </message>
    <message>
        <source>Bac&amp;kups go to</source>
        <translation>Mae copïau w&amp;rth gefn yn mynd i</translation>
    </message>
    <message>
        <source>A USB stick kept away from the office keeps a copy safe from fire or theft. If the folder cannot be reached, the backup goes beside the data file and the app tells you.</source>
        <translation>Mae cof bach USB sy&apos;n cael ei gadw i ffwrdd o&apos;r swyddfa yn cadw copi&apos;n ddiogel rhag tân neu ladrad. Os nad oes modd cyrraedd y ffolder, mae&apos;r copi&apos;n mynd wrth ymyl y ffeil ddata ac mae&apos;r ap yn dweud wrthych.</translation>
    </message>
    <message>
        <source>&amp;Choose a folder or USB stick…</source>
        <translation>&amp;Dewis ffolder neu gof bach USB…</translation>
    </message>
    <message>
        <source>Use the &amp;usual folder</source>
        <translation>Defnyddio&apos;r ffolder &amp;arferol</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Gwneud copi wr&amp;th gefn nawr</translation>
    </message>
    <message>
        <source>Choose a folder or USB stick for backups</source>
        <translation>Dewis ffolder neu gof bach USB ar gyfer copïau wrth gefn</translation>
    </message>
    <message>
        <source>Put backups in the usual folder beside the data file</source>
        <translation>Rhoi copïau wrth gefn yn y ffolder arferol wrth ymyl y ffeil ddata</translation>
    </message>
    <message>
        <source>Back up now into the backup folder</source>
        <translation>Gwneud copi wrth gefn nawr yn y ffolder copïau</translation>
    </message>
    <message>
        <source>Backups you can restore</source>
        <translation>Copïau wrth gefn y gallwch eu hadfer</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copïau wrth gefn, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Does dim copïau wrth gefn eto.</translation>
    </message>
    <message>
        <source>R&amp;estore the chosen backup…</source>
        <translation>Adfer &amp;y copi a ddewiswyd…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Adfer y copi a ddewiswyd</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Curre&amp;nt passphrase</source>
        <translation>Cyfrinymadrodd &amp;presennol</translation>
    </message>
    <message>
        <source>Needed to change or remove the passphrase.</source>
        <translation>Ei angen i newid neu dynnu&apos;r cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>New &amp;passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <source>At least 10 characters. A short sentence you will remember works well.</source>
        <translation>O leiaf 10 nod. Mae brawddeg fer y byddwch yn ei chofio yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>Type the new passphrase &amp;again</source>
        <translation>Teipiwch y cyfrinymadrodd newydd &amp;eto</translation>
    </message>
    <message>
        <source>Protect the &amp;data file…</source>
        <translation>Diogelu&apos;r ffeil ddata…</translation>
    </message>
    <message>
        <source>Change the pa&amp;ssphrase</source>
        <translation>&amp;Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Re&amp;move the passphrase…</source>
        <translation>&amp;Tynnu&apos;r cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Old records</source>
        <translation>Hen gofnodion</translation>
    </message>
    <message>
        <source>Change how long…</source>
        <translation>Newid am ba hyd…</translation>
    </message>
    <message>
        <source>Review old records…</source>
        <translation>Adolygu hen gofnodion…</translation>
    </message>
    <message>
        <source>Change how long records are kept</source>
        <translation>Newid am ba hyd y cedwir cofnodion</translation>
    </message>
    <message>
        <source>Review old records</source>
        <translation>Adolygu hen gofnodion</translation>
    </message>
    <message>
        <source>The usual folder, beside the data file</source>
        <translation>Y ffolder arferol, wrth ymyl y ffeil ddata</translation>
    </message>
    <message>
        <source>A database server keeps its own backups.</source>
        <translation>Mae gweinydd cronfa ddata yn cadw ei gopïau wrth gefn ei hun.</translation>
    </message>
    <message>
        <source>Records are kept for {n} years after someone was last in touch (came to an activity, made a suggestion, or was sent a letter). After that, review them and remove the details you no longer need.</source>
        <translation>Mae cofnodion yn cael eu cadw am {n} mlynedd ar ôl i rywun fod mewn cysylltiad ddiwethaf (dod i weithgaredd, gwneud awgrym, neu gael llythyr). Ar ôl hynny, adolygwch nhw a dilëwch y manylion does dim eu hangen arnoch mwyach.</translation>
    </message>
    <message>
        <source>This copy of the app cannot use a passphrase: the encryption part is not installed. Ask whoever installed the app to add it.</source>
        <translation>Dydy&apos;r copi hwn o&apos;r ap ddim yn gallu defnyddio cyfrinymadrodd: dydy&apos;r rhan amgryptio ddim wedi&apos;i gosod. Gofynnwch i bwy bynnag a osododd yr ap i&apos;w hychwanegu.</translation>
    </message>
    <message>
        <source>The data file is protected with a passphrase. Nobody can read it, or its newer backups, without the passphrase.</source>
        <translation>Mae&apos;r ffeil ddata wedi&apos;i diogelu â chyfrinymadrodd. Does neb yn gallu ei darllen, na&apos;i chopïau wrth gefn mwy newydd, heb y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The data file is not protected with a passphrase. Anyone who can reach the files on this computer can read it. If the computer is shared, protect it with a passphrase.</source>
        <translation>Dydy&apos;r ffeil ddata ddim wedi&apos;i diogelu â chyfrinymadrodd. Mae unrhyw un sy&apos;n gallu cyrraedd y ffeiliau ar y cyfrifiadur hwn yn gallu ei darllen. Os yw&apos;r cyfrifiadur yn cael ei rannu, diogelwch hi â chyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Choose a folder or USB stick for the backups</source>
        <translation>Dewis ffolder neu gof bach USB ar gyfer y copïau wrth gefn</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be reached. Plug in the USB stick, or choose another folder.</source>
        <translation>Does dim modd cyrraedd y ffolder {folder}. Rhowch y cof bach USB i mewn, neu dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>Protect the data file?</source>
        <translation>Diogelu&apos;r ffeil ddata?</translation>
    </message>
    <message>
        <source>From now on the app will ask for this passphrase each time it opens. {warning}</source>
        <translation>O hyn ymlaen bydd yr ap yn gofyn am y cyfrinymadrodd hwn bob tro mae&apos;n agor. {warning}</translation>
    </message>
    <message>
        <source>I have written it down: protect the file</source>
        <translation>Rydw i wedi&apos;i ysgrifennu: diogelu&apos;r ffeil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Protecting the data file…</source>
        <translation>Yn diogelu&apos;r ffeil ddata…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Yn newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation>Tynnu&apos;r cyfrinymadrodd?</translation>
    </message>
    <message>
        <source>Anyone who can reach the data file will be able to read it. Backups made from now on will not be protected either.</source>
        <translation>Bydd unrhyw un sy&apos;n gallu cyrraedd y ffeil ddata yn gallu ei darllen. Fydd copïau wrth gefn a wneir o hyn ymlaen ddim wedi&apos;u diogelu chwaith.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Tynnu&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <source>Removing the passphrase…</source>
        <translation>Yn tynnu&apos;r cyfrinymadrodd…</translation>
    </message>
</context>
<context>
    <name>SentLetterDialog</name>
    <message>
        <source>What was sent to {name}</source>
        <translation>Beth a anfonwyd at {name}</translation>
    </message>
    <message>
        <source>{kind}, {format}. Sent on {date}. How it was sent: {method}.</source>
        <translation>{kind}, {format}. Anfonwyd ar {date}. Sut cafodd ei anfon: {method}.</translation>
    </message>
    <message>
        <source>Sent by {name}.</source>
        <translation>Anfonwyd gan {name}.</translation>
    </message>
    <message>
        <source>These are exactly the words that were sent. Sent letters are never changed.</source>
        <translation>Dyma&apos;r union eiriau a anfonwyd. Dydy llythyrau a anfonwyd byth yn cael eu newid.</translation>
    </message>
    <message>
        <source>(No copy of the words was kept.)</source>
        <translation>(Ni chadwyd copi o&apos;r geiriau.)</translation>
    </message>
    <message>
        <source>The words that were sent</source>
        <translation>Y geiriau a anfonwyd</translation>
    </message>
    <message>
        <source>Read only. You can select and copy the words.</source>
        <translation>Darllen yn unig. Gallwch ddewis a chopïo&apos;r geiriau.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>&amp;Argraffu eto…</translation>
    </message>
    <message>
        <source>Print this letter again</source>
        <translation>Argraffu&apos;r llythyr hwn eto</translation>
    </message>
    <message>
        <source>Prints the words exactly as they were sent.</source>
        <translation>Yn argraffu&apos;r geiriau yn union fel y cawson nhw eu hanfon.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Anfonwyd i&apos;r argraffydd.</translation>
    </message>
</context>
<context>
    <name>SentLettersModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Anfonwyd ar</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Math o lythyr</translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation>Sut y&apos;i hanfonwyd</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Anfonwyd gan</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Awgrymiadau</translation>
    </message>
</context>
<context>
    <name>SentLettersPanel</name>
    <message>
        <source>Letters and calls already sent, newest first. What was sent is kept exactly and never changed.</source>
        <translation>Llythyrau a galwadau a anfonwyd yn barod, y diweddaraf yn gyntaf. Mae&apos;r hyn a anfonwyd yn cael ei gadw&apos;n union a byth yn cael ei newid.</translation>
    </message>
    <message>
        <source>Search by name, reference or who sent it</source>
        <translation>Chwilio yn ôl enw, cyfeirnod neu pwy a&apos;i hanfonodd</translation>
    </message>
    <message>
        <source>Search sent letters</source>
        <translation>Chwilio llythyrau a anfonwyd</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Unrhyw fath</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Math o lythyr</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Unrhyw ffordd</translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation>Sut y&apos;i hanfonwyd</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>Chw&amp;ilio:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>M&amp;ath:</translation>
    </message>
    <message>
        <source>How se&amp;nt:</source>
        <translation>&amp;Sut y&apos;i hanfonwyd:</translation>
    </message>
    <message>
        <source>Sent letters</source>
        <translation>Llythyrau a anfonwyd</translation>
    </message>
    <message>
        <source>&amp;Show what was sent…</source>
        <translation>&amp;Dangos beth a anfonwyd…</translation>
    </message>
    <message>
        <source>Show what was sent</source>
        <translation>Dangos beth a anfonwyd</translation>
    </message>
    <message>
        <source>Opens the exact words that were sent, to read or print again.</source>
        <translation>Yn agor yr union eiriau a anfonwyd, i&apos;w darllen neu i&apos;w hargraffu eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n letters and calls</source>
        <translation>
            <numerusform>%n o lythyrau a galwadau</numerusform>
            <numerusform>%n llythyr neu alwad</numerusform>
            <numerusform>%n o lythyrau a galwadau</numerusform>
            <numerusform>%n o lythyrau a galwadau</numerusform>
            <numerusform>%n o lythyrau a galwadau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>A database server for several offices</source>
        <translation>Gweinydd cronfa ddata ar gyfer sawl swyddfa</translation>
    </message>
    <message>
        <source>Most organisations keep their data in one file on this computer and need nothing here. If your IT support has set up a PostgreSQL server for all your offices, type what they gave you. The app opens the server the next time it starts.</source>
        <translation>Mae&apos;r rhan fwyaf o sefydliadau&apos;n cadw eu data mewn un ffeil ar y cyfrifiadur hwn, a does dim angen dim byd yma arnyn nhw. Os yw eich cymorth TG wedi sefydlu gweinydd PostgreSQL ar gyfer eich holl swyddfeydd, teipiwch yr hyn a roddon nhw i chi. Bydd yr ap yn agor y gweinydd y tro nesaf y bydd yn dechrau.</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>gweinydd y gronfa ddata</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Gweinydd cronfa ddata</translation>
    </message>
    <message>
        <source>Always (the server must use TLS)</source>
        <translation>Bob amser (rhaid i&apos;r gweinydd ddefnyddio TLS)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Bob amser, a gwirio tystysgrif y gweinydd</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Pan fydd y gweinydd yn ei gynnig</translation>
    </message>
    <message>
        <source>Never (only inside your own network)</source>
        <translation>Byth (dim ond y tu mewn i&apos;ch rhwydwaith eich hun)</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>Enw&apos;r gwei&amp;nydd:</translation>
    </message>
    <message>
        <source>Your IT support gives this, for example db.example.org.</source>
        <translation>Mae eich cymorth TG yn rhoi hwn, er enghraifft db.example.org.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Por&amp;th:</translation>
    </message>
    <message>
        <source>Most servers use 5432.</source>
        <translation>Mae&apos;r rhan fwyaf o weinyddion yn defnyddio 5432.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cronfa dd&amp;ata:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Enw &amp;defnyddiwr:</translation>
    </message>
    <message>
        <source>The user the app signs in to the server with.</source>
        <translation>Y defnyddiwr y mae&apos;r ap yn ei ddefnyddio i fewngofnodi i&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>TLS (a safe &amp;connection):</source>
        <translation>TL&amp;S (cysylltiad diogel):</translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <source>Chec&amp;k and save</source>
        <translation>Gwi&amp;rio a chadw</translation>
    </message>
    <message>
        <source>Use a data file on this computer inst&amp;ead</source>
        <translation>Defnyddio ff&amp;eil ddata ar y cyfrifiadur hwn yn lle</translation>
    </message>
    <message>
        <source>Check and save the database server</source>
        <translation>Gwirio a chadw gweinydd y gronfa ddata</translation>
    </message>
    <message>
        <source>Connects to the server once, then keeps these settings.</source>
        <translation>Yn cysylltu â&apos;r gweinydd unwaith, yna&apos;n cadw&apos;r gosodiadau hyn.</translation>
    </message>
    <message>
        <source>Use a data file on this computer instead</source>
        <translation>Defnyddio ffeil ddata ar y cyfrifiadur hwn yn lle</translation>
    </message>
    <message>
        <source>Leave empty to keep the password kept on this computer</source>
        <translation>Gadewch yn wag i gadw&apos;r cyfrinair sydd ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s own password store (its keyring), never in a file. Each computer needs it typed in once.</source>
        <translation>Mae&apos;r cyfrinair yn cael ei gadw yn storfa gyfrineiriau&apos;r cyfrifiadur hwn ei hun (ei gylch allweddi), byth mewn ffeil. Mae angen ei deipio unwaith ar bob cyfrifiadur.</translation>
    </message>
    <message>
        <source>This computer has no safe place to keep passwords (a keyring), so the app will ask for the server&apos;s password each time it starts.</source>
        <translation>Does gan y cyfrifiadur hwn ddim lle diogel i gadw cyfrineiriau (cylch allweddi), felly bydd yr ap yn gofyn am gyfrinair y gweinydd bob tro y bydd yn dechrau.</translation>
    </message>
    <message>
        <source>Connecting to the server once to check…</source>
        <translation>Yn cysylltu â&apos;r gweinydd unwaith i wirio…</translation>
    </message>
    <message>
        <source>The server answered. Saved: the app opens it the next time it starts.</source>
        <translation>Atebodd y gweinydd. Wedi&apos;i gadw: bydd yr ap yn ei agor y tro nesaf y bydd yn dechrau.</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>Mae&apos;r cyfrinair yn cael ei gadw yng nghylch allweddi&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is kept only until you close the app.</source>
        <translation>Does dim cylch allweddi ar y cyfrifiadur hwn: dim ond nes i chi gau&apos;r ap y mae&apos;r cyfrinair yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Wedi stopio. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>The app opens the data file on this computer the next time it starts.</source>
        <translation>Bydd yr ap yn agor y ffeil ddata ar y cyfrifiadur hwn y tro nesaf y bydd yn dechrau.</translation>
    </message>
</context>
<context>
    <name>ServiceUserFiles</name>
    <message>
        <source>Save the summary for service users…</source>
        <translation>Cadw&apos;r crynodeb ar gyfer defnyddwyr gwasanaeth…</translation>
    </message>
    <message>
        <source>Save the poster…</source>
        <translation>Cadw&apos;r poster…</translation>
    </message>
    <message>
        <source>Save the summary for service users</source>
        <translation>Cadw&apos;r crynodeb ar gyfer defnyddwyr gwasanaeth</translation>
    </message>
    <message>
        <source>An easy read “You said, we did” summary of the dates above, with pictures. It has no names.</source>
        <translation>Crynodeb “Dywedoch chi, fe wnaethon ni” hawdd ei ddarllen o&apos;r dyddiadau uchod, gyda lluniau. Does dim enwau ynddo.</translation>
    </message>
    <message>
        <source>Save the poster</source>
        <translation>Cadw&apos;r poster</translation>
    </message>
    <message>
        <source>A one-page “You said, we did” poster for a noticeboard. It has no names.</source>
        <translation>Poster “Dywedoch chi, fe wnaethon ni” un dudalen ar gyfer hysbysfwrdd. Does dim enwau arno.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <source>Language for service users</source>
        <translation>Iaith ar gyfer defnyddwyr gwasanaeth</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Iaith:</translation>
    </message>
    <message>
        <source>You said we did poster {start} to {end}</source>
        <translation>Poster Dywedoch chi fe wnaethon ni {start} i {end}</translation>
    </message>
    <message>
        <source>You said we did {start} to {end}</source>
        <translation>Dywedoch chi fe wnaethon ni {start} i {end}</translation>
    </message>
    <message>
        <source>Save the poster as a PDF</source>
        <translation>Cadw&apos;r poster fel PDF</translation>
    </message>
    <message>
        <source>Save the summary for service users as a PDF</source>
        <translation>Cadw&apos;r crynodeb ar gyfer defnyddwyr gwasanaeth fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the poster…</source>
        <translation>Yn gwneud y poster…</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Yn gwneud y crynodeb…</translation>
    </message>
    <message>
        <source>Saved the poster as {path}</source>
        <translation>Wedi cadw&apos;r poster fel {path}</translation>
    </message>
    <message numerus="yes">
        <source>Saved the summary for service users as {path} (%n pages)</source>
        <translation>
            <numerusform>Wedi cadw&apos;r crynodeb ar gyfer defnyddwyr gwasanaeth fel {path} (%n tudalen)</numerusform>
            <numerusform>Wedi cadw&apos;r crynodeb ar gyfer defnyddwyr gwasanaeth fel {path} (%n dudalen)</numerusform>
            <numerusform>Wedi cadw&apos;r crynodeb ar gyfer defnyddwyr gwasanaeth fel {path} (%n tudalen)</numerusform>
            <numerusform>Wedi cadw&apos;r crynodeb ar gyfer defnyddwyr gwasanaeth fel {path} (%n tudalen)</numerusform>
            <numerusform>Wedi cadw&apos;r crynodeb ar gyfer defnyddwyr gwasanaeth fel {path} (%n tudalen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The poster was not saved</source>
        <translation>Chafodd y poster mo&apos;i gadw</translation>
    </message>
    <message>
        <source>The summary was not saved</source>
        <translation>Chafodd y crynodeb mo&apos;i gadw</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>the organisation&apos;s details</source>
        <translation>manylion y sefydliad</translation>
    </message>
    <message>
        <source>Parts of the settings</source>
        <translation>Rhannau o&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>Your &amp;organisation</source>
        <translation>E&amp;ich sefydliad</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>Rhestra&amp;u</translation>
    </message>
    <message>
        <source>Letter &amp;wording</source>
        <translation>Geiriad &amp;llythyrau</translation>
    </message>
    <message>
        <source>Backups and safe&amp;ty</source>
        <translation>Copïau wrth gefn a diogel&amp;wch</translation>
    </message>
    <message>
        <source>Sign-&amp;in and users</source>
        <translation>Mewngofn&amp;odi a defnyddwyr</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Swyddfeydd</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Gweinydd cronfa ddata</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> wythnos</translation>
    </message>
    <message>
        <source>Hide counts under 5</source>
        <translation>Cuddio cyfrifon o dan 5</translation>
    </message>
    <message>
        <source>Hide counts under 10</source>
        <translation>Cuddio cyfrifon o dan 10</translation>
    </message>
    <message>
        <source> years</source>
        <translation> blynedd</translation>
    </message>
    <message>
        <source>Organisation &amp;name</source>
        <translation>&amp;Enw&apos;r sefydliad</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Cyfei&amp;riad</translation>
    </message>
    <message>
        <source>Address in Welsh (optional)</source>
        <translation>Cyfeiriad yn Gymraeg (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Ffô&amp;n</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <source>&amp;Charity number</source>
        <translation>Rhif elusen</translation>
    </message>
    <message>
        <source>Letters signed &amp;by</source>
        <translation>Lly&amp;thyrau wedi&apos;u llofnodi gan</translation>
    </message>
    <message>
        <source>Their &amp;job title</source>
        <translation>Teitl eu &amp;swydd</translation>
    </message>
    <message>
        <source>Job title in Welsh (optional)</source>
        <translation>Teitl y swydd yn Gymraeg (dewisol)</translation>
    </message>
    <message>
        <source>Letters already ask people to tell you. Add who else they can talk to, and how.</source>
        <translation>Mae llythyrau eisoes yn gofyn i bobl ddweud wrthych chi. Ychwanegwch pwy arall y gallan nhw siarad â nhw, a sut.</translation>
    </message>
    <message>
        <source>Who they can contact, in Welsh (optional)</source>
        <translation>Pwy y gallan nhw gysylltu â nhw, yn Gymraeg (dewisol)</translation>
    </message>
    <message>
        <source>Who they can contact: easy read version (optional)</source>
        <translation>Pwy y gallan nhw gysylltu â nhw: fersiwn hawdd ei darllen (dewisol)</translation>
    </message>
    <message>
        <source>People hear back within this many days.</source>
        <translation>Mae pobl yn clywed yn ôl o fewn hyn o ddiwrnodau.</translation>
    </message>
    <message>
        <source>The report warns when fewer people hear back in time.</source>
        <translation>Mae&apos;r adroddiad yn rhybuddio pan fydd llai o bobl yn clywed yn ôl mewn pryd.</translation>
    </message>
    <message>
        <source>Ask if a change helped after</source>
        <translation>Gofyn a wnaeth newid helpu ar ôl</translation>
    </message>
    <message>
        <source>After a change is done, the people who asked for it are asked if it made a difference, in their next letter.</source>
        <translation>Ar ôl gwneud newid, gofynnir i&apos;r bobl a ofynnodd amdano a wnaeth wahaniaeth, yn eu llythyr nesaf.</translation>
    </message>
    <message>
        <source>S&amp;mall numbers in reports</source>
        <translation>Rhifau bach mewn adroddiadau</translation>
    </message>
    <message>
        <source>Small counts are hidden so nobody can be recognised.</source>
        <translation>Mae cyfrifon bach yn cael eu cuddio fel na all neb gael ei adnabod.</translation>
    </message>
    <message>
        <source>&amp;Keep records for</source>
        <translation>Cadw cofnodion am</translation>
    </message>
    <message>
        <source>&amp;Save the details</source>
        <translation>Cadw&apos;r man&amp;ylion</translation>
    </message>
    <message>
        <source>&amp;Undo my changes</source>
        <translation>Dadwneud fy newidiadau</translation>
    </message>
    <message>
        <source>Save the organisation&apos;s details</source>
        <translation>Cadw manylion y sefydliad</translation>
    </message>
    <message>
        <source>Undo my changes to the details</source>
        <translation>Dadwneud fy newidiadau i&apos;r manylion</translation>
    </message>
    <message>
        <source>Logo for letters and reports</source>
        <translation>Logo ar gyfer llythyrau ac adroddiadau</translation>
    </message>
    <message>
        <source>Choose a logo picture</source>
        <translation>Dewis llun logo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Tynnu&apos;r logo</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Gweinydd post</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <source>If someone is not happy, they can contact</source>
        <translation>Os nad yw rhywun yn hapus, gallan nhw gysylltu â</translation>
    </message>
    <message>
        <source>Fee&amp;dback promise</source>
        <translation>&amp;Addewid adborth</translation>
    </message>
    <message>
        <source>Aim for feedback on time</source>
        <translation>Nod ar gyfer adborth mewn pryd</translation>
    </message>
    <message>
        <source>Our year starts in</source>
        <translation>Mae ein blwyddyn yn dechrau ym mis</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Dewis logo…</translation>
    </message>
    <message>
        <source>the logo</source>
        <translation>y logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Dim logo</translation>
    </message>
    <message>
        <source>No logo yet</source>
        <translation>Dim logo eto</translation>
    </message>
    <message>
        <source>The current logo</source>
        <translation>Y logo presennol</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Dewis logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Lluniau (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file could not be read. Please choose another.</source>
        <translation>Doedd dim modd darllen y ffeil honno. Dewiswch un arall.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>mewngofnodi</translation>
    </message>
    <message>
        <source>Please sign in</source>
        <translation>Mewngofnodwch</translation>
    </message>
    <message>
        <source>Data file: {name}</source>
        <translation>Ffeil ddata: {name}</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Cyfri&amp;nair</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>StaleTextButtons</name>
    <message>
        <source>Change the words of change {number}…</source>
        <translation>Golygu geiriau newid {number}…</translation>
    </message>
    <message>
        <source>Opens the change, to put its words right</source>
        <translation>Mae’n agor y newid, er mwyn i chi gywiro’r geiriau</translation>
    </message>
    <message>
        <source>Record the decision on suggestion {number} again…</source>
        <translation>Cofnodi’r penderfyniad ar awgrym {number} eto…</translation>
    </message>
    <message>
        <source>Opens the decision filled in as it is now, dated today, to put its words right</source>
        <translation>Mae’n agor y penderfyniad fel y mae nawr, gyda dyddiad heddiw, er mwyn i chi gywiro’r geiriau</translation>
    </message>
    <message>
        <source>Opens the form where its easy read version goes</source>
        <translation>Mae’n agor y ffurflen lle mae’r fersiwn hawdd ei darllen yn mynd</translation>
    </message>
    <message>
        <source>Write the easy read complaints contact in Settings…</source>
        <translation>Ysgrifennu’r cyswllt cwynion hawdd ei ddarllen yn y Gosodiadau…</translation>
    </message>
    <message>
        <source>Opens Settings, where the complaints contact has an easy read field</source>
        <translation>Mae’n agor y Gosodiadau, lle mae maes hawdd ei ddarllen ar gyfer y cyswllt cwynion</translation>
    </message>
    <message>
        <source>Write the easy read version of the decision on suggestion {number}…</source>
        <translation>Ysgrifennu fersiwn hawdd ei darllen o’r penderfyniad ar awgrym {number}…</translation>
    </message>
    <message>
        <source>Write the easy read version of change {number}…</source>
        <translation>Ysgrifennu fersiwn hawdd ei darllen o newid {number}…</translation>
    </message>
    <message>
        <source>Write the easy read title of activity {number}…</source>
        <translation>Ysgrifennu teitl hawdd ei ddarllen i weithgaredd {number}…</translation>
    </message>
    <message>
        <source>{name}: “{words}” ({record})</source>
        <translation>{name}: “{words}” ({record})</translation>
    </message>
    <message>
        <source>…and more: see each letter&apos;s warnings.</source>
        <translation>…a mwy: gwelwch rybuddion pob llythyr.</translation>
    </message>
    <message>
        <source>These letters have words about time that may be out of date now:</source>
        <translation>Mae gan y llythyrau hyn eiriau am amser a allai fod wedi dyddio erbyn hyn:</translation>
    </message>
    <message>
        <source>You can choose each person to see their letter, and change the words there.</source>
        <translation>Gallwch chi ddewis pob person i weld eu llythyr, a newid y geiriau yno.</translation>
    </message>
    <message>
        <source>Save them anyway</source>
        <translation>Eu cadw beth bynnag</translation>
    </message>
    <message>
        <source>Print them anyway</source>
        <translation>Eu hargraffu beth bynnag</translation>
    </message>
    <message>
        <source>Some words may be out of date</source>
        <translation>Gallai rhai geiriau fod wedi dyddio</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Opens the form where its Welsh goes</source>
        <translation>Mae’n agor y ffurflen lle mae’r Gymraeg yn mynd</translation>
    </message>
    <message>
        <source>Add your Welsh details in Settings…</source>
        <translation>Ychwanegu eich manylion Cymraeg yn y Gosodiadau…</translation>
    </message>
    <message>
        <source>Opens Settings, where your address, job title and complaints contact have a Welsh field</source>
        <translation>Mae’n agor y Gosodiadau, lle mae maes Cymraeg ar gyfer eich cyfeiriad, teitl y swydd a’r cyswllt ar gyfer cwynion</translation>
    </message>
    <message>
        <source>Add the Welsh for the decision on suggestion {number}…</source>
        <translation>Ychwanegu’r Gymraeg ar gyfer y penderfyniad ar awgrym {number}…</translation>
    </message>
    <message>
        <source>Add the Welsh for change {number}…</source>
        <translation>Ychwanegu’r Gymraeg ar gyfer newid {number}…</translation>
    </message>
    <message>
        <source>Add the Welsh for activity {number}…</source>
        <translation>Ychwanegu’r Gymraeg ar gyfer gweithgaredd {number}…</translation>
    </message>
</context>
<context>
    <name>SuggestionDetail</name>
    <message>
        <source>Decided on</source>
        <translation>Penderfynwyd ar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Beth wnaethon ni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Wedi&apos;i wneud ar</translation>
    </message>
    <message>
        <source>Decisions, oldest first</source>
        <translation>Penderfyniadau, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>Changes that answer it</source>
        <translation>Newidiadau sy&apos;n ei ateb</translation>
    </message>
    <message>
        <source>Record a &amp;decision…</source>
        <translation>Cofnodi pen&amp;derfyniad…</translation>
    </message>
    <message>
        <source>&amp;Link to a change…</source>
        <translation>Cy&amp;sylltu â newid…</translation>
    </message>
    <message>
        <source>&amp;Create a change…</source>
        <translation>Cr&amp;eu newid…</translation>
    </message>
    <message>
        <source>Correct the s&amp;uggestion…</source>
        <translation>C&amp;ywiro&apos;r awgrym…</translation>
    </message>
    <message>
        <source>The decision &amp;in Welsh…</source>
        <translation>Ychwaneg&amp;u’r Gymraeg at y penderfyniad…</translation>
    </message>
    <message>
        <source>The decision in easy read…</source>
        <translation>Y penderfyniad hawdd ei ddarllen…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>No suggestion chosen</source>
        <translation>Dim awgrym wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Choose a suggestion in the list to see what was decided and what changed.</source>
        <translation>Dewiswch awgrym yn y rhestr i weld beth gafodd ei benderfynu a beth newidiodd.</translation>
    </message>
    <message>
        <source>{kind} raised on {date}</source>
        <translation>{kind} a godwyd ar {date}</translation>
    </message>
    <message>
        <source>Anonymous (no name given)</source>
        <translation>Dienw (dim enw wedi&apos;i roi)</translation>
    </message>
    <message>
        <source>At the activity “{title}”</source>
        <translation>Yn y gweithgaredd “{title}”</translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation>Gan: {who}</translation>
    </message>
    <message>
        <source>How: {how}</source>
        <translation>Sut: {how}</translation>
    </message>
    <message>
        <source>Service: {name}</source>
        <translation>Gwasanaeth: {name}</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Beth ddywedon nhw</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statws: {status}</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Dim penderfyniad eto.</translation>
    </message>
    <message>
        <source>Latest decision: {outcome}, on {date}.</source>
        <translation>Y penderfyniad diweddaraf: {outcome}, ar {date}.</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Pam: {reason}</translation>
    </message>
    <message>
        <source>Passed on to: {who}</source>
        <translation>Trosglwyddwyd i: {who}</translation>
    </message>
    <message>
        <source>What we can do instead: {text}</source>
        <translation>Beth allwn ni ei wneud yn lle: {text}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Service users took part in deciding.</source>
        <translation>Cymerodd defnyddwyr y gwasanaeth ran yn y penderfynu.</translation>
    </message>
    <message>
        <source>Service users did not take part in deciding.</source>
        <translation>Ni chymerodd defnyddwyr y gwasanaeth ran yn y penderfynu.</translation>
    </message>
    <message>
        <source>Decided by: {who}. {took_part}</source>
        <translation>Penderfynwyd gan: {who}. {took_part}</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>Record a suggestion</source>
        <translation>Cofnodi awgrym</translation>
    </message>
    <message>
        <source>Correct a suggestion</source>
        <translation>Cywiro awgrym</translation>
    </message>
    <message>
        <source>Choose the activity</source>
        <translation>Dewis y gweithgaredd</translation>
    </message>
    <message>
        <source>No particular service</source>
        <translation>Dim gwasanaeth penodol</translation>
    </message>
    <message>
        <source>&amp;Nobody gave their name (anonymous)</source>
        <translation>Ni roddodd neb ei &amp;enw (dienw)</translation>
    </message>
    <message>
        <source>People who raised it</source>
        <translation>Pobl a&apos;i cododd</translation>
    </message>
    <message>
        <source>What they &amp;said</source>
        <translation>&amp;Beth ddywedon nhw</translation>
    </message>
    <message>
        <source>In their own words, if you can.</source>
        <translation>Yn eu geiriau eu hunain, os gallwch chi.</translation>
    </message>
    <message>
        <source>&amp;Date raised</source>
        <translation>&amp;Dyddiad ei godi</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>&amp;How it reached us</source>
        <translation>&amp;Sut daeth atom ni</translation>
    </message>
    <message>
        <source>&amp;At which activity</source>
        <translation>&amp;Ym mha weithgaredd</translation>
    </message>
    <message>
        <source>Ser&amp;vice it is about</source>
        <translation>Y gwasa&amp;naeth y mae&apos;n sôn amdano</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Dienw</translation>
    </message>
    <message>
        <source>&amp;Who raised it</source>
        <translation>&amp;Pwy a&apos;i cododd</translation>
    </message>
    <message>
        <source>One person, or several people who said the same thing.</source>
        <translation>Un person, neu sawl person a ddywedodd yr un peth.</translation>
    </message>
    <message>
        <source>&amp;Remove this suggestion</source>
        <translation>&amp;Tynnu&apos;r awgrym hwn</translation>
    </message>
    <message>
        <source>Remove this suggestion? Do this only if it was typed in by mistake. Its decisions go too. Edit, Undo brings them back until you close the app.</source>
        <translation>Dileu&apos;r awgrym hwn? Gwnewch hyn dim ond os cafodd ei deipio trwy gamgymeriad. Mae ei benderfyniadau&apos;n mynd hefyd. Mae Golygu, Dadwneud yn dod â nhw yn ôl nes i chi gau&apos;r ap.</translation>
    </message>
    <message>
        <source>Please choose who raised it, or tick “Nobody gave their name”.</source>
        <translation>Dewiswch bwy a&apos;i cododd, neu ticiwch “Ni roddodd neb ei enw”.</translation>
    </message>
</context>
<context>
    <name>SuggestionEntry</name>
    <message>
        <source>What was &amp;said</source>
        <translation>Beth dd&amp;ywedwyd</translation>
    </message>
    <message>
        <source>In their own words, if you can.</source>
        <translation>Yn eu geiriau eu hunain, os gallwch chi.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>&amp;Who said it</source>
        <translation>P&amp;wy ddywedodd</translation>
    </message>
    <message>
        <source>Press Space to tick the people who said it. Tick nobody if they did not give their name.</source>
        <translation>Pwyswch y bylchwr i dicio&apos;r bobl a&apos;i dywedodd. Peidiwch â thicio neb os na roddon nhw eu henw.</translation>
    </message>
    <message>
        <source>Suggestion {n}</source>
        <translation>Awgrym {n}</translation>
    </message>
    <message>
        <source>Remove suggestion {n}</source>
        <translation>Tynnu awgrym {n}</translation>
    </message>
    <message>
        <source>What was said, suggestion {n}</source>
        <translation>Beth ddywedwyd, awgrym {n}</translation>
    </message>
    <message>
        <source>Kind of suggestion {n}</source>
        <translation>Math o awgrym {n}</translation>
    </message>
    <message>
        <source>Who said suggestion {n}</source>
        <translation>Pwy ddywedodd awgrym {n}</translation>
    </message>
    <message>
        <source>(Add the people who came first, above.)</source>
        <translation>(Ychwanegwch y bobl a ddaeth yn gyntaf, uchod.)</translation>
    </message>
</context>
<context>
    <name>SuggestionFilters</name>
    <message>
        <source>Words in what they said</source>
        <translation>Geiriau yn yr hyn a ddywedon nhw</translation>
    </message>
    <message>
        <source>Search suggestions</source>
        <translation>Chwilio awgrymiadau</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Unrhyw wasanaeth</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Unrhyw grŵp</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Unrhyw fath</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Raised when</source>
        <translation>Pryd y&apos;i codwyd</translation>
    </message>
    <message>
        <source>Only those &amp;waiting longer than our promise</source>
        <translation>Dim ond y rhai sy&apos;n &amp;aros yn hirach na&apos;n haddewid</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Chw&amp;ilio:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <source>Servic&amp;e:</source>
        <translation>Gwasa&amp;naeth:</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation>G&amp;rŵp:</translation>
    </message>
    <message>
        <source>Raised whe&amp;n:</source>
        <translation>C&amp;odwyd pryd:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Math:</translation>
    </message>
</context>
<context>
    <name>SuggestionsChooser</name>
    <message>
        <source>Type words from the suggestion</source>
        <translation>Teipiwch eiriau o&apos;r awgrym</translation>
    </message>
    <message>
        <source>Search for suggestions to add</source>
        <translation>Chwilio am awgrymiadau i&apos;w hychwanegu</translation>
    </message>
    <message>
        <source>Press Down to go to the matches, Enter to add one.</source>
        <translation>Pwyswch y saeth i lawr i fynd at y canlyniadau, ac Enter i ychwanegu un.</translation>
    </message>
    <message>
        <source>Matching suggestions</source>
        <translation>Awgrymiadau sy&apos;n cyfateb</translation>
    </message>
    <message>
        <source>Press Delete to remove the highlighted one.</source>
        <translation>Pwyswch Delete i dynnu&apos;r un sydd wedi&apos;i amlygu.</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Tynnu o&apos;r rhestr</translation>
    </message>
    <message>
        <source>Remove the highlighted suggestion</source>
        <translation>Tynnu&apos;r awgrym sydd wedi&apos;i amlygu</translation>
    </message>
    <message>
        <source>No suggestion has those words.</source>
        <translation>Does dim awgrym â&apos;r geiriau hynny.</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>Raised on</source>
        <translation>Codwyd ar</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Beth ddywedon nhw</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Codwyd gan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>Suggestions</source>
        <translation>Awgrymiadau</translation>
    </message>
    <message>
        <source>Ideas, concerns, complaints, compliments and questions, in people&apos;s own words, and what happened to each.</source>
        <translation>Syniadau, pryderon, cwynion, canmoliaeth a chwestiynau, yng ngeiriau pobl eu hunain, a beth ddigwyddodd i bob un.</translation>
    </message>
    <message>
        <source>Record &amp;a suggestion…</source>
        <translation>Cofnodi a&amp;wgrym…</translation>
    </message>
    <message>
        <source>Record a suggestion</source>
        <translation>Cofnodi awgrym</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions</source>
        <translation>
            <numerusform>%n o awgrymiadau</numerusform>
            <numerusform>%n awgrym</numerusform>
            <numerusform>%n o awgrymiadau</numerusform>
            <numerusform>%n o awgrymiadau</numerusform>
            <numerusform>%n o awgrymiadau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Stopping…</source>
        <translation>Yn stopio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Arhoswch</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Golygu</translation>
    </message>
    <message>
        <source>adding {name}</source>
        <translation>ychwanegu {name}</translation>
    </message>
    <message>
        <source>the changes to {name}</source>
        <translation>y newidiadau i {name}</translation>
    </message>
    <message>
        <source>recording “{name}”</source>
        <translation>cofnodi “{name}”</translation>
    </message>
    <message>
        <source>the changes to “{name}”</source>
        <translation>y newidiadau i “{name}”</translation>
    </message>
    <message>
        <source>adding the suggestion “{name}”</source>
        <translation>ychwanegu’r awgrym “{name}”</translation>
    </message>
    <message>
        <source>the changes to the suggestion “{name}”</source>
        <translation>y newidiadau i’r awgrym “{name}”</translation>
    </message>
    <message>
        <source>the decision on “{name}”</source>
        <translation>y penderfyniad ar “{name}”</translation>
    </message>
    <message>
        <source>adding the change “{name}”</source>
        <translation>ychwanegu’r newid “{name}”</translation>
    </message>
    <message>
        <source>the changes to the change “{name}”</source>
        <translation>y newidiadau i’r newid “{name}”</translation>
    </message>
    <message>
        <source>removing {name}</source>
        <translation>tynnu {name}</translation>
    </message>
    <message>
        <source>removing “{name}”</source>
        <translation>dileu “{name}”</translation>
    </message>
    <message>
        <source>removing the suggestion “{name}”</source>
        <translation>dileu’r awgrym “{name}”</translation>
    </message>
    <message>
        <source>removing the change “{name}”</source>
        <translation>dileu’r newid “{name}”</translation>
    </message>
    <message>
        <source>the last save</source>
        <translation>y peth olaf a gadwyd</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Dadwneud {what}</translation>
    </message>
    <message>
        <source>Nothing to undo yet</source>
        <translation>Does dim i’w ddadwneud eto</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Ail-wneud {what}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Does dim i’w ail-wneud</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Wedi dadwneud: {what}.</translation>
    </message>
    <message>
        <source>This cannot be undone</source>
        <translation>Does dim modd dadwneud hyn</translation>
    </message>
    <message>
        <source>Done again: {what}.</source>
        <translation>Wedi’i wneud eto: {what}.</translation>
    </message>
    <message>
        <source>This cannot be done again</source>
        <translation>Does dim modd gwneud hyn eto</translation>
    </message>
</context>
<context>
    <name>UserOfficesBox</name>
    <message>
        <source>Offices they work in</source>
        <translation>Y swyddfeydd maen nhw&apos;n gweithio ynddyn nhw</translation>
    </message>
    <message>
        <source>They see the work of the offices ticked. Someone with no office ticked works in all of them. Administrators can always choose to see all offices.</source>
        <translation>Maen nhw&apos;n gweld gwaith y swyddfeydd sydd wedi&apos;u ticio. Mae rhywun heb swyddfa wedi&apos;i thicio yn gweithio ym mhob un. Mae gweinyddwyr bob amser yn gallu dewis gweld pob swyddfa.</translation>
    </message>
    <message>
        <source>the offices</source>
        <translation>y swyddfeydd</translation>
    </message>
    <message>
        <source>Save their offices</source>
        <translation>Cadw eu swyddfeydd</translation>
    </message>
    <message>
        <source>Save the offices the chosen user works in</source>
        <translation>Cadw&apos;r swyddfeydd mae&apos;r defnyddiwr a ddewiswyd yn gweithio ynddyn nhw</translation>
    </message>
    <message>
        <source>{name} (no longer in use)</source>
        <translation>{name} (ddim yn cael ei defnyddio mwyach)</translation>
    </message>
    <message>
        <source>Works in {office}</source>
        <translation>Yn gweithio yn {office}</translation>
    </message>
    <message>
        <source>Offices {name} works in</source>
        <translation>Y swyddfeydd mae {name} yn gweithio ynddyn nhw</translation>
    </message>
    <message>
        <source>Saved. {name} works in every office.</source>
        <translation>Wedi&apos;i gadw. Mae {name} yn gweithio ym mhob swyddfa.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Until {time}</source>
        <translation>Tan {time}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Yn gallu mewngofnodi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No (turned off)</source>
        <translation>Na (wedi&apos;i ddiffodd)</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Wedi&apos;i gloi allan</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Each staff user has a role. Volunteers record people, activities and suggestions. Coordinators can also record decisions and changes, and make letters and reports. Administrators can also change settings, look after users and use the privacy tools.</source>
        <translation>Mae gan bob defnyddiwr staff rôl. Mae gwirfoddolwyr yn cofnodi pobl, gweithgareddau ac awgrymiadau. Mae cydlynwyr hefyd yn gallu cofnodi penderfyniadau a newidiadau, a gwneud llythyrau ac adroddiadau. Mae gweinyddwyr hefyd yn gallu newid gosodiadau, gofalu am ddefnyddwyr a defnyddio&apos;r offer preifatrwydd.</translation>
    </message>
    <message>
        <source>Only an administrator can look after staff users. Please ask one of them.</source>
        <translation>Dim ond gweinyddwr sy&apos;n gallu gofalu am ddefnyddwyr staff. Gofynnwch i un ohonyn nhw.</translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation>Defnyddwyr staff</translation>
    </message>
    <message>
        <source>Role for the chosen user</source>
        <translation>Rôl y defnyddiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Role of the chosen user:</source>
        <translation>Rôl y defnyddiwr a ddewiswyd:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Newid rôl</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Diffodd</translation>
    </message>
    <message>
        <source>Set a new pa&amp;ssword…</source>
        <translation>Gosod cyfrinair &amp;newydd…</translation>
    </message>
    <message>
        <source>Unloc&amp;k</source>
        <translation>Datgl&amp;oi</translation>
    </message>
    <message>
        <source>Give the chosen user this role</source>
        <translation>Rhoi&apos;r rôl hon i&apos;r defnyddiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Turn the chosen user off or on</source>
        <translation>Diffodd neu droi&apos;r defnyddiwr a ddewiswyd ymlaen</translation>
    </message>
    <message>
        <source>Set a new password for the chosen user</source>
        <translation>Gosod cyfrinair newydd i&apos;r defnyddiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Unlock the chosen user</source>
        <translation>Datgloi&apos;r defnyddiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>the chosen user</source>
        <translation>y defnyddiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Add a staff user</source>
        <translation>Ychwanegu defnyddiwr staff</translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>y defnyddiwr newydd</translation>
    </message>
    <message>
        <source>Their &amp;name</source>
        <translation>Eu henw</translation>
    </message>
    <message>
        <source>&amp;User name to sign in with</source>
        <translation>&amp;Enw defnyddiwr i fewngofnodi</translation>
    </message>
    <message>
        <source>Letters and numbers, for example jo.bloggs.</source>
        <translation>Llythrennau a rhifau, er enghraifft jo.bloggs.</translation>
    </message>
    <message>
        <source>Rol&amp;e</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Cyfri&amp;nair</translation>
    </message>
    <message>
        <source>At least 8 characters. A few words together are easy to remember and hard to guess.</source>
        <translation>O leiaf 8 nod. Mae ychydig o eiriau gyda&apos;i gilydd yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>&amp;Teipiwch ef eto</translation>
    </message>
    <message>
        <source>A&amp;dd the user</source>
        <translation>&amp;Ychwanegu&apos;r defnyddiwr</translation>
    </message>
    <message>
        <source>Add the staff user</source>
        <translation>Ychwanegu&apos;r defnyddiwr staff</translation>
    </message>
    <message>
        <source>Sign-in is off, so anyone who opens the app can see and change everything. That suits a charity where one person uses the app. Sign-in starts as soon as you add the first staff user below, who must be an administrator. From then on, everyone signs in with their own user name and password.</source>
        <translation>Mae mewngofnodi wedi&apos;i ddiffodd, felly mae unrhyw un sy&apos;n agor yr ap yn gallu gweld a newid popeth. Mae hynny&apos;n addas i elusen lle mae un person yn defnyddio&apos;r ap. Mae mewngofnodi&apos;n dechrau cyn gynted ag y byddwch yn ychwanegu&apos;r defnyddiwr staff cyntaf isod, a rhaid iddo fod yn weinyddwr. O hynny ymlaen, mae pawb yn mewngofnodi gyda&apos;u henw defnyddiwr a&apos;u cyfrinair eu hunain.</translation>
    </message>
    <message>
        <source>Sign-in is on: everyone signs in with their own user name and password. To turn sign-in off again, turn off every user.</source>
        <translation>Mae mewngofnodi ymlaen: mae pawb yn mewngofnodi gyda&apos;u henw defnyddiwr a&apos;u cyfrinair eu hunain. I ddiffodd mewngofnodi eto, diffoddwch bob defnyddiwr.</translation>
    </message>
    <message>
        <source>Add the first staff user (an administrator)</source>
        <translation>Ychwanegu&apos;r defnyddiwr staff cyntaf (gweinyddwr)</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Troi ymlaen</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Cyfrinair wedi&apos;i osod</translation>
    </message>
    <message>
        <source>The new password is set. Please tell {name} what it is.</source>
        <translation>Mae&apos;r cyfrinair newydd wedi&apos;i osod. Dywedwch wrth {name} beth ydy e.</translation>
    </message>
    <message>
        <source>Sign-in is now on</source>
        <translation>Mae mewngofnodi ymlaen nawr</translation>
    </message>
    <message>
        <source>You are signed in as {name}. From now on, everyone signs in with their own user name and password when the app opens.</source>
        <translation>Rydych chi wedi mewngofnodi fel {name}. O hyn ymlaen, mae pawb yn mewngofnodi gyda&apos;u henw defnyddiwr a&apos;u cyfrinair eu hunain pan fydd yr ap yn agor.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Croeso i {app}</translation>
    </message>
    <message>
        <source>this form</source>
        <translation>y ffurflen hon</translation>
    </message>
    <message>
        <source>This app keeps track of what the people you support tell you, what you decided, and what changed. First, a few details for your letters. You can change them later in Settings.</source>
        <translation>Mae&apos;r ap hwn yn cadw cofnod o beth mae&apos;r bobl rydych chi&apos;n eu cefnogi yn ei ddweud wrthych, beth wnaethoch chi ei benderfynu, a beth newidiodd. Yn gyntaf, ychydig o fanylion ar gyfer eich llythyrau. Gallwch eu newid yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>Your organisation&apos;s &amp;name</source>
        <translation>&amp;Enw eich sefydliad</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Cyfeiriad</translation>
    </message>
    <message>
        <source>P&amp;hone number (if you have one)</source>
        <translation>Rhif &amp;ffôn (os oes gennych chi un)</translation>
    </message>
    <message>
        <source>Letters tell people to ring this number with questions.</source>
        <translation>Mae llythyrau&apos;n dweud wrth bobl am ffonio&apos;r rhif hwn gyda chwestiynau.</translation>
    </message>
    <message>
        <source>Email add&amp;ress (if you have one)</source>
        <translation>Cyfeiriad e-&amp;bost (os oes gennych chi un)</translation>
    </message>
    <message>
        <source>Letters say people can email you here.</source>
        <translation>Mae llythyrau&apos;n dweud y gall pobl anfon e-bost atoch chi yma.</translation>
    </message>
    <message>
        <source>Letters are &amp;signed by</source>
        <translation>Mae llythyrau&apos;n cael eu &amp;llofnodi gan</translation>
    </message>
    <message>
        <source>For example: Sam Patel</source>
        <translation>Er enghraifft: Sam Patel</translation>
    </message>
    <message>
        <source>Their &amp;job title</source>
        <translation>Teitl eu &amp;swydd</translation>
    </message>
    <message>
        <source>For example: Participation worker</source>
        <translation>Er enghraifft: Gweithiwr cyfranogiad</translation>
    </message>
    <message>
        <source>Feedback &amp;promise</source>
        <translation>&amp;Addewid adborth</translation>
    </message>
    <message>
        <source>We promise people an answer within this many days. 28 is common.</source>
        <translation>Rydyn ni&apos;n addo ateb i bobl o fewn y nifer hwn o ddiwrnodau. Mae 28 yn gyffredin.</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Dechrau&apos;n &amp;wag</translation>
    </message>
    <message>
        <source>Start with sa&amp;mple data</source>
        <translation>&amp;Dechrau gyda data enghreifftiol</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Sut hoffech chi ddechrau?</translation>
    </message>
    <message>
        <source>Sample data is made-up people, meetings and suggestions, to try things out. To start for real later, choose File, then New data file.</source>
        <translation>Mae data enghreifftiol yn bobl, cyfarfodydd ac awgrymiadau ffug, i roi cynnig ar bethau. I ddechrau go iawn yn nes ymlaen, dewiswch Ffeil, yna Ffeil ddata newydd.</translation>
    </message>
    <message>
        <source>Your data file will be kept here: {target}</source>
        <translation>Bydd eich ffeil ddata yn cael ei chadw yma: {target}</translation>
    </message>
    <message>
        <source>&amp;Create my data file</source>
        <translation>C&amp;reu fy ffeil ddata</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Cadw a dechrau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Please fill in your organisation&apos;s name. It goes at the top of every letter.</source>
        <translation>Llenwch enw eich sefydliad. Mae&apos;n mynd ar frig pob llythyr.</translation>
    </message>
    <message>
        <source>Leave the welcome?</source>
        <translation>Gadael y croeso?</translation>
    </message>
    <message>
        <source>The details you typed will not be kept.</source>
        <translation>Fydd y manylion a deipiwyd gennych ddim yn cael eu cadw.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
</context>
<context>
    <name>WelshFields</name>
    <message>
        <source>Welsh letters print this. Left empty, they print the English and the Letters page says so.</source>
        <translation>Mae llythyrau Cymraeg yn argraffu hwn. Os yw’n wag, maen nhw’n argraffu’r Saesneg ac mae’r dudalen Llythyrau yn dweud hynny.</translation>
    </message>
</context>
<context>
    <name>WhereIsMyDataDialog</name>
    <message>
        <source>Where is my data?</source>
        <translation>Ble mae fy nata?</translation>
    </message>
    <message>
        <source>Everything you record is kept in one data file:
{path}</source>
        <translation>Mae popeth rydych chi&apos;n ei gofnodi yn cael ei gadw mewn un ffeil ddata:
{path}</translation>
    </message>
    <message>
        <source>Backups are saved in:
{path}</source>
        <translation>Mae copïau wrth gefn yn cael eu cadw yn:
{path}</translation>
    </message>
    <message>
        <source>To move to a new computer, copy the data file (or a backup) across, then choose File, Open data file.</source>
        <translation>I symud i gyfrifiadur newydd, copïwch y ffeil ddata (neu gopi wrth gefn) ar ei draws, yna dewiswch Ffeil, Agor ffeil ddata.</translation>
    </message>
    <message>
        <source>Your data is kept on a database server:
{name}</source>
        <translation>Mae eich data&apos;n cael ei gadw ar weinydd cronfa ddata:
{name}</translation>
    </message>
    <message>
        <source>Ask the person who looks after the server about backups.</source>
        <translation>Gofynnwch i&apos;r person sy&apos;n gofalu am y gweinydd am gopïau wrth gefn.</translation>
    </message>
    <message>
        <source>If something goes wrong, details for your support person are written here (never any names or personal details):
{path}</source>
        <translation>Os aiff rhywbeth o&apos;i le, mae manylion ar gyfer eich person cymorth yn cael eu hysgrifennu yma (byth unrhyw enwau na manylion personol):
{path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Agor y ffolder</translation>
    </message>
    <message>
        <source>Open the folder with the data file</source>
        <translation>Agor y ffolder sy&apos;n cynnwys y ffeil ddata</translation>
    </message>
</context>
<context>
    <name>WordingEditor</name>
    <message>
        <source>There is no {name} wording for this letter yet, so these letters go out in English. Write every part, or start from the English words and translate them.</source>
        <translation>Does dim geiriad {name} ar gyfer y llythyr hwn eto, felly mae&apos;r llythyrau hyn yn mynd allan yn Saesneg. Ysgrifennwch bob rhan, neu dechreuwch o&apos;r geiriau Saesneg a&apos;u cyfieithu.</translation>
    </message>
    <message>
        <source>You changed the wording of this letter and have not saved it. Save it now?</source>
        <translation>Rydych chi wedi newid geiriad y llythyr hwn a heb ei gadw. Ei gadw nawr?</translation>
    </message>
    <message>
        <source>Wor&amp;ding (used once in each letter):</source>
        <translation>Geiriad (y&amp;n cael ei ddefnyddio unwaith ym mhob llythyr):</translation>
    </message>
    <message>
        <source>Wor&amp;ding (used once for each suggestion in the letter):</source>
        <translation>&amp;Geiriad (yn cael ei ddefnyddio unwaith ar gyfer pob awgrym yn y llythyr):</translation>
    </message>
    <message>
        <source>Wor&amp;ding (a short phrase that fills in a field of another part):</source>
        <translation>&amp;Geiriad (ymadrodd byr sy&apos;n llenwi maes mewn rhan arall):</translation>
    </message>
    <message>
        <source>Parts marked with ⚠ have a problem, so the sample uses their saved words.</source>
        <translation>Mae problem gyda&apos;r rhannau sydd wedi&apos;u marcio â ⚠, felly mae&apos;r sampl yn defnyddio&apos;u geiriau a gadwyd.</translation>
    </message>
    <message>
        <source>Go back to the standard wording?</source>
        <translation>Mynd yn ôl i&apos;r geiriad safonol?</translation>
    </message>
    <message>
        <source>Your words for “{part}” will be removed, and letters will use the standard words again.</source>
        <translation>Bydd eich geiriau ar gyfer “{part}” yn cael eu tynnu, a bydd llythyrau&apos;n defnyddio&apos;r geiriau safonol eto.</translation>
    </message>
    <message>
        <source>Use the standard wording</source>
        <translation>Defnyddio&apos;r geiriad safonol</translation>
    </message>
    <message>
        <source>Keep my words</source>
        <translation>Cadw fy ngeiriau</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Ychwanegu iaith</translation>
    </message>
    <message>
        <source>Type the short code of the language, for example cy for Welsh:</source>
        <translation>Teipiwch god byr yr iaith, er enghraifft cy ar gyfer Cymraeg:</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Gwiriwch hyn</translation>
    </message>
</context>
<context>
    <name>WordingForm</name>
    <message>
        <source>The words your letters use. Choose a letter, then a part of it. Names in curly brackets, like {first_name}, are filled in for each person.</source>
        <translation>Y geiriau mae eich llythyrau&apos;n eu defnyddio. Dewiswch lythyr, yna un o&apos;i rannau. Mae enwau mewn cromfachau cyrliog, fel {first_name}, yn cael eu llenwi ar gyfer pob person.</translation>
    </message>
    <message>
        <source>Start from the English wording</source>
        <translation>Dechrau o&apos;r geiriad Saesneg</translation>
    </message>
    <message>
        <source>Fills every part with the English words, ready to translate.</source>
        <translation>Yn llenwi pob rhan gyda&apos;r geiriau Saesneg, yn barod i&apos;w cyfieithu.</translation>
    </message>
    <message>
        <source>&amp;Choose the part:</source>
        <translation>&amp;Dewis y rhan:</translation>
    </message>
    <message>
        <source>the letter wording</source>
        <translation>geiriad y llythyr</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Math o lythyr</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>Email and phone letters use the standard print words.</source>
        <translation>Mae llythyrau e-bost a ffôn yn defnyddio&apos;r geiriau print safonol.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>&amp;Add a language…</source>
        <translation>&amp;Ychwanegu iaith…</translation>
    </message>
    <message>
        <source>Add wording in another language</source>
        <translation>Ychwanegu geiriad mewn iaith arall</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Fformat:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>I&amp;aith:</translation>
    </message>
    <message>
        <source>Wording of this part</source>
        <translation>Geiriad y rhan hon</translation>
    </message>
    <message>
        <source>the wording</source>
        <translation>y geiriad</translation>
    </message>
    <message>
        <source>Insert a fi&amp;eld</source>
        <translation>Rhoi ma&amp;es i mewn</translation>
    </message>
    <message>
        <source>Insert a field</source>
        <translation>Rhoi maes i mewn</translation>
    </message>
    <message>
        <source>Opens the list of fields this part can use. Choose one to put it where the cursor is.</source>
        <translation>Yn agor y rhestr o feysydd mae&apos;r rhan hon yn gallu eu defnyddio. Dewiswch un i&apos;w roi lle mae&apos;r cyrchwr.</translation>
    </message>
    <message>
        <source>Use these words in every kind of letter</source>
        <translation>Defnyddio&apos;r geiriau hyn ym mhob math o lythyr</translation>
    </message>
    <message>
        <source>Parts other than the heading and opening are usually the same in every kind of letter.</source>
        <translation>Fel arfer mae rhannau heblaw&apos;r pennawd a&apos;r agoriad yr un fath ym mhob math o lythyr.</translation>
    </message>
    <message>
        <source>Sample letter</source>
        <translation>Llythyr sampl</translation>
    </message>
    <message>
        <source>A letter to a made-up person, with your words. Read only.</source>
        <translation>Llythyr at berson ffug, gyda&apos;ch geiriau chi. I&apos;w ddarllen yn unig.</translation>
    </message>
    <message>
        <source>Sa&amp;mple letter (the words only):</source>
        <translation>Llythyr &amp;sampl (y geiriau yn unig):</translation>
    </message>
    <message>
        <source>Pictures and the layout show when the letters are printed.</source>
        <translation>Mae&apos;r lluniau a&apos;r gosodiad yn dangos pan fydd y llythyrau&apos;n cael eu hargraffu.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Cadw&apos;&amp;r newidiadau</translation>
    </message>
    <message>
        <source>&amp;Undo my changes</source>
        <translation>Dadwneud fy newidiadau</translation>
    </message>
    <message>
        <source>&amp;Back to the standard wording</source>
        <translation>Yn ôl i&apos;r geiriad safonol</translation>
    </message>
    <message>
        <source>Save the changed wording</source>
        <translation>Cadw&apos;r geiriad sydd wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Undo my changes to the wording</source>
        <translation>Dadwneud fy newidiadau i&apos;r geiriad</translation>
    </message>
    <message>
        <source>Go back to the standard wording for this part</source>
        <translation>Mynd yn ôl i&apos;r geiriad safonol ar gyfer y rhan hon</translation>
    </message>
    <message>
        <source> point</source>
        <translation> pwynt</translation>
    </message>
    <message>
        <source>Large print size</source>
        <translation>Maint print bras</translation>
    </message>
    <message>
        <source>Most people ask for 18 point. Never less than 16.</source>
        <translation>Mae&apos;r rhan fwyaf o bobl yn gofyn am 18 pwynt. Byth llai nag 16.</translation>
    </message>
    <message>
        <source>Large print si&amp;ze:</source>
        <translation>Maint print &amp;bras:</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>18 to 24</source>
        <translation>18 i 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <translation>25 i 34</translation>
    </message>
    <message>
        <source>35 to 49</source>
        <translation>35 i 49</translation>
    </message>
    <message>
        <source>50 to 64</source>
        <translation>50 i 64</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <translation>65 i 74</translation>
    </message>
    <message>
        <source>75 to 84</source>
        <translation>75 i 84</translation>
    </message>
    <message>
        <source>85 or over</source>
        <translation>85 neu&apos;n hŷn</translation>
    </message>
    <message>
        <source>A bit</source>
        <translation>Ychydig</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Gweithgaredd</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Adding activities</source>
        <translation>Yn ychwanegu gweithgareddau</translation>
    </message>
    <message>
        <source>Adding decisions and changes</source>
        <translation>Yn ychwanegu penderfyniadau a newidiadau</translation>
    </message>
    <message>
        <source>Adding people</source>
        <translation>Yn ychwanegu pobl</translation>
    </message>
    <message>
        <source>Adding suggestions</source>
        <translation>Yn ychwanegu awgrymiadau</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oedran</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <source>Agreed in part</source>
        <translation>Cytunwyd yn rhannol</translation>
    </message>
    <message>
        <source>Agreed, no change yet</source>
        <translation>Cytunwyd, dim newid eto</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Wedi&apos;i wneud yn ddienw</translation>
    </message>
    <message>
        <source>Another ethnic group</source>
        <translation>Grŵp ethnig arall</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Rheswm arall</translation>
    </message>
    <message>
        <source>Another religion or belief</source>
        <translation>Crefydd neu gred arall</translation>
    </message>
    <message>
        <source>Another sexual orientation</source>
        <translation>Cyfeiriadedd rhywiol arall</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>Mewn ffordd arall</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Ebrill</translation>
    </message>
    <message>
        <source>Asian or Asian British</source>
        <translation>Asiaidd neu Asiaidd Prydeinig</translation>
    </message>
    <message>
        <source>At a meeting</source>
        <translation>Mewn cyfarfod</translation>
    </message>
    <message>
        <source>At an activity</source>
        <translation>Mewn gweithgaredd</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gwnaed copi wrth gefn</translation>
    </message>
    <message>
        <source>Bisexual</source>
        <translation>Deurywiol</translation>
    </message>
    <message>
        <source>Black, Black British, Caribbean or African</source>
        <translation>Du, Du Prydeinig, Caribïaidd neu Affricanaidd</translation>
    </message>
    <message>
        <source>Braille</source>
        <translation>Braille</translation>
    </message>
    <message>
        <source>British Sign Language (BSL)</source>
        <translation>Iaith Arwyddion Prydain (BSL)</translation>
    </message>
    <message>
        <source>Buddhist</source>
        <translation>Bwdhydd</translation>
    </message>
    <message>
        <source>By hand or in person</source>
        <translation>Â llaw neu wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Carers</source>
        <translation>Gofalwyr</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change in progress</source>
        <translation>Newid ar y gweill</translation>
    </message>
    <message>
        <source>Change made</source>
        <translation>Newid wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Change planned</source>
        <translation>Newid wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Change stopped</source>
        <translation>Newid wedi stopio</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <source>Changed settings</source>
        <translation>Newidiwyd y gosodiadau</translation>
    </message>
    <message>
        <source>Children and young people</source>
        <translation>Plant a phobl ifanc</translation>
    </message>
    <message>
        <source>Christian</source>
        <translation>Cristion</translation>
    </message>
    <message>
        <source>Co-design</source>
        <translation>Cyd-ddylunio</translation>
    </message>
    <message>
        <source>Co-production</source>
        <translation>Cyd-gynhyrchu</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Cwyn</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Canmoliaeth</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Ymgynghori</translation>
    </message>
    <message>
        <source>Consultation event</source>
        <translation>Digwyddiad ymgynghori</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Cydlynydd</translation>
    </message>
    <message>
        <source>Copy of a damaged file</source>
        <translation>Copi o ffeil wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>Counting suggestions by month and by theme</source>
        <translation>Yn cyfrif awgrymiadau fesul mis a fesul thema</translation>
    </message>
    <message>
        <source>Counting the period before</source>
        <translation>Yn cyfrif y cyfnod cynt</translation>
    </message>
    <message>
        <source>Counting this period</source>
        <translation>Yn cyfrif y cyfnod hwn</translation>
    </message>
    <message>
        <source>Counting what is still waiting</source>
        <translation>Yn cyfrif beth sy&apos;n dal i aros</translation>
    </message>
    <message>
        <source>Counting who is waiting</source>
        <translation>Yn cyfrif pwy sy&apos;n aros</translation>
    </message>
    <message>
        <source>Counting who took part</source>
        <translation>Yn cyfrif pwy gymerodd ran</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Ffeil ddata</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Rhagfyr</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Decision: agreed</source>
        <translation>Penderfyniad: cytunwyd</translation>
    </message>
    <message>
        <source>Decision: agreed in part</source>
        <translation>Penderfyniad: cytunwyd yn rhannol</translation>
    </message>
    <message>
        <source>Decision: not now</source>
        <translation>Penderfyniad: nid nawr</translation>
    </message>
    <message>
        <source>Decision: not possible</source>
        <translation>Penderfyniad: ddim yn bosibl</translation>
    </message>
    <message>
        <source>Decision: passed on</source>
        <translation>Penderfyniad: wedi&apos;i basio ymlaen</translation>
    </message>
    <message>
        <source>Did it make a difference?</source>
        <translation>A wnaeth wahaniaeth?</translation>
    </message>
    <message>
        <source>Disabled people</source>
        <translation>Pobl anabl</translation>
    </message>
    <message>
        <source>Do you consider yourself to be disabled?</source>
        <translation>Ydych chi&apos;n berson anabl?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Hawdd ei ddarllen</translation>
    </message>
    <message>
        <source>Easy read papers</source>
        <translation>Papurau hawdd eu darllen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Ymgysylltu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Equality answers</source>
        <translation>Atebion cydraddoldeb</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Grŵp ethnig</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Allforiwyd</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Chwefror</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Finding what we could not do</source>
        <translation>Yn dod o hyd i&apos;r hyn na allen ni ei wneud</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Grŵp ffocws</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Fforwm</translation>
    </message>
    <message>
        <source>Gay or lesbian</source>
        <translation>Hoyw neu lesbiaidd</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Cyfarchiad</translation>
    </message>
    <message>
        <source>Heading at the top</source>
        <translation>Pennawd ar y brig</translation>
    </message>
    <message>
        <source>Heading: if you are not happy</source>
        <translation>Pennawd: os nad ydych chi&apos;n hapus</translation>
    </message>
    <message>
        <source>Heading: our reply</source>
        <translation>Pennawd: ein hateb</translation>
    </message>
    <message>
        <source>Heading: what happens next</source>
        <translation>Pennawd: beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>Heading: what we can do instead</source>
        <translation>Pennawd: beth allwn ni ei wneud yn lle</translation>
    </message>
    <message>
        <source>Heading: what we decided</source>
        <translation>Pennawd: beth wnaethon ni ei benderfynu</translation>
    </message>
    <message>
        <source>Heading: what we have done</source>
        <translation>Pennawd: beth rydyn ni wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Heading: what you told us</source>
        <translation>Pennawd: beth ddywedoch chi wrthym</translation>
    </message>
    <message>
        <source>Heading: why</source>
        <translation>Pennawd: pam</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Dolen glyw</translation>
    </message>
    <message>
        <source>Hindu</source>
        <translation>Hindŵ</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Syniad</translation>
    </message>
    <message>
        <source>If you are not happy</source>
        <translation>Os nad ydych chi&apos;n hapus</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Informing</source>
        <translation>Rhoi gwybod</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Cyfieithydd</translation>
    </message>
    <message>
        <source>Is your gender the same as the sex you were registered at birth?</source>
        <translation>Ydy eich rhywedd yr un fath â&apos;r rhyw a gofrestrwyd adeg eich geni?</translation>
    </message>
    <message>
        <source>It would not suit other people who use the service</source>
        <translation>Ni fyddai&apos;n addas i bobl eraill sy&apos;n defnyddio&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Ionawr</translation>
    </message>
    <message>
        <source>Jewish</source>
        <translation>Iddew</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Mehefin</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Wedi&apos;i gadw cyn adfer</translation>
    </message>
    <message>
        <source>Kept before an upgrade</source>
        <translation>Wedi&apos;i gadw cyn diweddaru</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <source>Large print papers</source>
        <translation>Papurau print bras</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Yn gosod y tudalennau</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>Letter or call</source>
        <translation>Llythyr neu alwad</translation>
    </message>
    <message>
        <source>Letter wording</source>
        <translation>Geiriad llythyrau</translation>
    </message>
    <message>
        <source>Made automatically</source>
        <translation>Wedi&apos;i wneud yn awtomatig</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Wedi&apos;i wneud â llaw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mawrth</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Mental health service users</source>
        <translation>Defnyddwyr gwasanaethau iechyd meddwl</translation>
    </message>
    <message>
        <source>Mixed or multiple ethnic groups</source>
        <translation>Grwpiau ethnig cymysg neu luosog</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <source>Muslim</source>
        <translation>Mwslim</translation>
    </message>
    <message>
        <source>Next step: a change is planned</source>
        <translation>Cam nesaf: mae newid wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Next step: agreed, no plan yet</source>
        <translation>Cam nesaf: cytunwyd, dim cynllun eto</translation>
    </message>
    <message>
        <source>Next step: not decided yet</source>
        <translation>Cam nesaf: heb benderfynu eto</translation>
    </message>
    <message>
        <source>Next step: not now</source>
        <translation>Cam nesaf: nid nawr</translation>
    </message>
    <message>
        <source>Next step: not possible</source>
        <translation>Cam nesaf: ddim yn bosibl</translation>
    </message>
    <message>
        <source>Next step: passed on</source>
        <translation>Cam nesaf: wedi&apos;i basio ymlaen</translation>
    </message>
    <message>
        <source>Next step: the change is done</source>
        <translation>Cam nesaf: mae&apos;r newid wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>No religion</source>
        <translation>Dim crefydd</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Ddim yn bosibl</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Ddim yn siŵr</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Hydref</translation>
    </message>
    <message>
        <source>Older people</source>
        <translation>Pobl hŷn</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Un i un</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Agoriad</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Other needs</source>
        <translation>Anghenion eraill</translation>
    </message>
    <message>
        <source>Other support</source>
        <translation>Cymorth arall</translation>
    </message>
    <message>
        <source>Our reply (compliments and questions)</source>
        <translation>Ein hateb (canmoliaeth a chwestiynau)</translation>
    </message>
    <message>
        <source>Outside our control</source>
        <translation>Y tu hwnt i&apos;n rheolaeth</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Trosglwyddwyd</translation>
    </message>
    <message>
        <source>People designed it with us from the start.</source>
        <translation>Fe wnaeth pobl ei ddylunio gyda ni o&apos;r dechrau.</translation>
    </message>
    <message>
        <source>People helped us shape the options, but we decided.</source>
        <translation>Helpodd pobl ni i lunio&apos;r dewisiadau, ond ni a benderfynodd.</translation>
    </message>
    <message>
        <source>People shared the power: planning, deciding and doing it with us.</source>
        <translation>Rhannodd pobl y grym: cynllunio, penderfynu a gwneud gyda ni.</translation>
    </message>
    <message>
        <source>People with learning difficulties</source>
        <translation>Pobl ag anawsterau dysgu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Please write the passphrase down and keep it somewhere safe. A lost passphrase cannot be recovered: nobody can open the data file or its backups again, not even us.</source>
        <translation>Ysgrifennwch y cyfrinymadrodd i lawr a&apos;i gadw rywle diogel. Does dim modd cael cyfrinymadrodd coll yn ôl: all neb agor y ffeil ddata na&apos;i chopïau wrth gefn eto, dim hyd yn oed ni.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Gwell gen i beidio â dweud</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Argraffwyd</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <source>Recorded as sent</source>
        <translation>Cofnodwyd ei fod wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation>Crefydd neu gred</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Tynnwyd</translation>
    </message>
    <message>
        <source>Reply slip</source>
        <translation>Slip ateb</translation>
    </message>
    <message>
        <source>Reply to a compliment (when none was written)</source>
        <translation>Ateb i ganmoliaeth (pan na ysgrifennwyd un)</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Adroddiad yn barod</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Adferwyd</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Gosodiad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Rhyw</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation>Cyfeiriadedd rhywiol</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Methodd mewngofnodi</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Wedi mewngofnodi</translation>
    </message>
    <message>
        <source>Signing off</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Sikh</source>
        <translation>Sikh</translation>
    </message>
    <message>
        <source>Sorry for a late answer</source>
        <translation>Ymddiheuro am ateb hwyr</translation>
    </message>
    <message>
        <source>Staff or time</source>
        <translation>Staff neu amser</translation>
    </message>
    <message>
        <source>Staff user</source>
        <translation>Defnyddiwr staff</translation>
    </message>
    <message>
        <source>Standard print</source>
        <translation>Print safonol</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Wedi stopio</translation>
    </message>
    <message>
        <source>Straight or heterosexual</source>
        <translation>Strêt neu heterorywiol</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Awgrym</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Blwch awgrymiadau</translation>
    </message>
    <message>
        <source>Support worker or personal assistant</source>
        <translation>Gweithiwr cymorth neu gynorthwyydd personol</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Arolwg</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Diolch</translation>
    </message>
    <message>
        <source>Thanks at the end</source>
        <translation>Diolch ar y diwedd</translation>
    </message>
    <message>
        <source>The law or rules we must follow</source>
        <translation>Y gyfraith neu reolau y mae&apos;n rhaid i ni eu dilyn</translation>
    </message>
    <message>
        <source>Through their supporter</source>
        <translation>Drwy eu cefnogwr</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Trafnidiaeth</translation>
    </message>
    <message>
        <source>Turned off the passphrase</source>
        <translation>Diffoddwyd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Turned on the passphrase</source>
        <translation>Trowyd y cyfrinymadrodd ymlaen</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>O dan 18</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Diweddariad</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Gwirfoddolwr</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Yn aros am benderfyniad</translation>
    </message>
    <message>
        <source>We asked people what they think before we decided.</source>
        <translation>Fe wnaethon ni ofyn i bobl beth maen nhw&apos;n ei feddwl cyn penderfynu.</translation>
    </message>
    <message>
        <source>We told people about plans or decisions already made.</source>
        <translation>Fe wnaethon ni ddweud wrth bobl am gynlluniau neu benderfyniadau a wnaed eisoes.</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>What we can do instead</source>
        <translation>Beth allwn ni ei wneud yn lle</translation>
    </message>
    <message>
        <source>What we decided</source>
        <translation>Beth wnaethon ni ei benderfynu</translation>
    </message>
    <message>
        <source>What we have done</source>
        <translation>Beth rydyn ni wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>What you told us</source>
        <translation>Beth ddywedoch chi wrthym</translation>
    </message>
    <message>
        <source>Where: at an activity</source>
        <translation>Ble: mewn gweithgaredd</translation>
    </message>
    <message>
        <source>Where: in a letter</source>
        <translation>Ble: mewn llythyr</translation>
    </message>
    <message>
        <source>Where: in an email</source>
        <translation>Ble: mewn e-bost</translation>
    </message>
    <message>
        <source>Where: in person</source>
        <translation>Ble: wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Where: on the phone</source>
        <translation>Ble: ar y ffôn</translation>
    </message>
    <message>
        <source>Where: suggestion box</source>
        <translation>Ble: blwch awgrymiadau</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Gwyn</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Writing letters</source>
        <translation>Yn ysgrifennu llythyrau</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>our reply to a compliment or a question</source>
        <translation>ein hateb i ganmoliaeth neu gwestiwn</translation>
    </message>
    <message>
        <source>the activity: the one a thank-you letter is about, or where something was said</source>
        <translation>y gweithgaredd: yr un mae llythyr diolch yn sôn amdano, neu lle dywedwyd rhywbeth</translation>
    </message>
    <message>
        <source>the change we made</source>
        <translation>y newid a wnaethon ni</translation>
    </message>
    <message>
        <source>the change we plan to make</source>
        <translation>y newid rydyn ni&apos;n bwriadu ei wneud</translation>
    </message>
    <message>
        <source>the date of that activity</source>
        <translation>dyddiad y gweithgaredd hwnnw</translation>
    </message>
    <message>
        <source>the date of the letter</source>
        <translation>dyddiad y llythyr</translation>
    </message>
    <message>
        <source>the date they said it</source>
        <translation>y dyddiad y dywedon nhw hynny</translation>
    </message>
    <message>
        <source>the name letters are signed by</source>
        <translation>yr enw sy&apos;n llofnodi llythyrau</translation>
    </message>
    <message>
        <source>the person&apos;s first name (or the name they like to use)</source>
        <translation>enw cyntaf y person (neu&apos;r enw mae&apos;n hoffi ei ddefnyddio)</translation>
    </message>
    <message>
        <source>the person&apos;s full name</source>
        <translation>enw llawn y person</translation>
    </message>
    <message>
        <source>the service it is about</source>
        <translation>y gwasanaeth mae&apos;n ymwneud ag ef</translation>
    </message>
    <message>
        <source>their job title</source>
        <translation>teitl eu swydd</translation>
    </message>
    <message>
        <source>what happens next (from the “next step” phrases)</source>
        <translation>beth sy&apos;n digwydd nesaf (o&apos;r ymadroddion “cam nesaf”)</translation>
    </message>
    <message>
        <source>what the person said, in their own words</source>
        <translation>beth ddywedodd y person, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>what we can do instead</source>
        <translation>beth allwn ni ei wneud yn lle</translation>
    </message>
    <message>
        <source>what we decided (from the “decision” phrases)</source>
        <translation>beth wnaethon ni ei benderfynu (o&apos;r ymadroddion “penderfyniad”)</translation>
    </message>
    <message>
        <source>when the change was made</source>
        <translation>pryd y gwnaed y newid</translation>
    </message>
    <message>
        <source>when we aim to finish that change</source>
        <translation>pryd rydyn ni&apos;n anelu at orffen y newid hwnnw</translation>
    </message>
    <message>
        <source>where or how they said it (from the “where” phrases)</source>
        <translation>ble neu sut y dywedon nhw hynny (o&apos;r ymadroddion “ble”)</translation>
    </message>
    <message>
        <source>who to contact if someone is not happy (from Settings)</source>
        <translation>pwy i gysylltu â nhw os nad yw rhywun yn hapus (o&apos;r Gosodiadau)</translation>
    </message>
    <message>
        <source>who to contact: the person who signs letters, or your organisation</source>
        <translation>pwy i gysylltu â nhw: y person sy&apos;n llofnodi llythyrau, neu eich sefydliad</translation>
    </message>
    <message>
        <source>who we passed it on to</source>
        <translation>pwy y gwnaethon ni ei basio ymlaen iddyn nhw</translation>
    </message>
    <message>
        <source>why we decided it</source>
        <translation>pam y gwnaethon ni benderfynu hynny</translation>
    </message>
    <message>
        <source>your address, on one line</source>
        <translation>eich cyfeiriad, ar un llinell</translation>
    </message>
    <message>
        <source>your email address</source>
        <translation>eich cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>your feedback promise, in days</source>
        <translation>eich addewid adborth, mewn diwrnodau</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>enw eich sefydliad</translation>
    </message>
    <message>
        <source>your phone number</source>
        <translation>eich rhif ffôn</translation>
    </message>
    <message>
        <source>{language} and English</source>
        <translation>{language} a Saesneg</translation>
    </message>
    <message>
        <source>Heading when only some are decided</source>
        <translation>Pennawd pan nad yw popeth wedi’i benderfynu</translation>
    </message>
    <message>
        <source>Opening when only some are decided</source>
        <translation>Agoriad pan nad yw popeth wedi’i benderfynu</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>Any time</source>
        <translation>Unrhyw bryd</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Y mis hwn</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Y mis diwethaf</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Y 3 mis diwethaf</translation>
    </message>
    <message>
        <source>This calendar year</source>
        <translation>Y flwyddyn galendr hon</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source> (no longer in use)</source>
        <translation> (ddim yn cael ei defnyddio mwyach)</translation>
    </message>
    <message>
        <source>&apos;organisation show&apos; only shows the details. Leave out &apos;show&apos; to change them.</source>
        <translation>Dim ond dangos y manylion mae &apos;organisation show&apos;. Gadewch &apos;show&apos; allan i&apos;w newid.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(heb ei osod)</translation>
    </message>
    <message>
        <source>(turned off)</source>
        <translation>(wedi&apos;i ddiffodd)</translation>
    </message>
    <message>
        <source>--logo: there is no file at {path}. Check the name and folder.</source>
        <translation>--logo: does dim ffeil yn {path}. Gwiriwch yr enw a&apos;r ffolder.</translation>
    </message>
    <message>
        <source>--logo: {path} could not be read ({why}).</source>
        <translation>--logo: doedd dim modd darllen {path} ({why}).</translation>
    </message>
    <message>
        <source>A call can only be about suggestions this person made. Please check the ones chosen.</source>
        <translation>Dim ond am awgrymiadau a wnaeth y person hwn y gall galwad fod. Gwiriwch y rhai a ddewiswyd.</translation>
    </message>
    <message>
        <source>A later decision was recorded on this suggestion, so this one cannot be taken back.</source>
        <translation>Cafodd penderfyniad diweddarach ei gofnodi ar yr awgrym hwn, felly does dim modd tynnu hwn yn ôl.</translation>
    </message>
    <message>
        <source>A letter can only be about suggestions this person made. Please check the ones chosen.</source>
        <translation>Dim ond am awgrymiadau a wnaeth y person hwn y gall llythyr fod. Gwiriwch y rhai a ddewiswyd.</translation>
    </message>
    <message>
        <source>A part of this letter could not be placed on the page. Please make it shorter (the letter wording in Settings, or the text it prints), then try again.</source>
        <translation>Doedd dim modd rhoi rhan o&apos;r llythyr hwn ar y dudalen. Gwnewch hi&apos;n fyrrach (geiriad y llythyr yn y Gosodiadau, neu&apos;r testun mae&apos;n ei argraffu), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>A part of this letter is too long to fit on one page. Please make it shorter (the letter wording in Settings, or the text it prints), then try again.</source>
        <translation>Mae rhan o&apos;r llythyr hwn yn rhy hir i ffitio ar un dudalen. Gwnewch hi&apos;n fyrrach (geiriad y llythyr yn y Gosodiadau, neu&apos;r testun mae&apos;n ei argraffu), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>A passphrase protects a data file on this computer. A server database is kept safe by the server itself: ask whoever runs it to keep its disk encrypted and to require TLS (sslmode=require in the address). Nothing was changed.</source>
        <translation>Mae cyfrinymadrodd yn diogelu ffeil ddata ar y cyfrifiadur hwn. Mae&apos;r gweinydd ei hun yn cadw cronfa ddata ar weinydd yn ddiogel: gofynnwch i bwy bynnag sy&apos;n ei redeg amgryptio ei ddisg a mynnu TLS (sslmode=require yn y cyfeiriad). Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <source>A safe (TLS) connection to the server at {where} could not be made. Ask your IT support whether it uses TLS and which setting to choose in Settings, Database server.</source>
        <translation>Doedd dim modd gwneud cysylltiad diogel (TLS) â&apos;r gweinydd yn {where}. Gofynnwch i&apos;ch cymorth TG a yw&apos;n defnyddio TLS a pha osodiad i&apos;w ddewis yn Gosodiadau, Gweinydd cronfa ddata.</translation>
    </message>
    <message>
        <source>A suggestion</source>
        <translation>Awgrym</translation>
    </message>
    <message>
        <source>Added sample data: {people} people, {activities} activities, {suggestions} suggestions, {decisions} decisions, {changes} changes and {feedback} letters or calls. {owed} people are waiting to hear back.</source>
        <translation>Ychwanegwyd data enghreifftiol: {people} o bobl, {activities} gweithgaredd, {suggestions} awgrym, {decisions} penderfyniad, {changes} newid a {feedback} llythyr neu alwad. Mae {owed} o bobl yn aros i glywed yn ôl.</translation>
    </message>
    <message>
        <source>Added the office {name}.</source>
        <translation>Wedi ychwanegu&apos;r swyddfa {name}.</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}.</source>
        <translation>Ychwanegwyd {added}, diweddarwyd {updated}.</translation>
    </message>
    <message>
        <source>Added {added}.</source>
        <translation>Ychwanegwyd {added}.</translation>
    </message>
    <message>
        <source>Added {listed}.</source>
        <translation>Ychwanegwyd {listed}.</translation>
    </message>
    <message>
        <source>Added {name} ({role}). Sign-in is on for this file.</source>
        <translation>Rydyn ni wedi ychwanegu {name} ({role}). Mae mewngofnodi ymlaen ar gyfer y ffeil hon.</translation>
    </message>
    <message>
        <source>Added {suggestions} and {activities}.</source>
        <translation>Ychwanegwyd {suggestions} a {activities}.</translation>
    </message>
    <message>
        <source>Added {suggestions}.</source>
        <translation>Ychwanegwyd {suggestions}.</translation>
    </message>
    <message>
        <source>Another office has just marked these letters as sent, so none were written or marked again.</source>
        <translation>Mae swyddfa arall newydd nodi bod y llythyrau hyn wedi&apos;u hanfon, felly chafodd dim un ei ysgrifennu na&apos;i nodi eto.</translation>
    </message>
    <message>
        <source>Another office marked letters as sent at the same time: these are only the ones still owed after theirs, so no letter is marked twice.</source>
        <translation>Nododd swyddfa arall fod llythyrau wedi&apos;u hanfon ar yr un pryd: dim ond y rhai sy&apos;n dal yn ddyledus ar ôl eu rhai nhw yw&apos;r rhain, felly does dim llythyr yn cael ei nodi ddwywaith.</translation>
    </message>
    <message>
        <source>Audio files need espeak-ng, which is not on this PC. Install it (on Debian or Ubuntu: sudo apt install espeak-ng; on Windows: from github.com/espeak-ng), then try again. You could send large print or braille instead.</source>
        <translation>Mae angen espeak-ng ar ffeiliau sain, a dydy e ddim ar y cyfrifiadur hwn. Gosodwch ef (ar Debian neu Ubuntu: sudo apt install espeak-ng; ar Windows: o github.com/espeak-ng), yna rhowch gynnig arall arni. Gallech chi anfon print bras neu braille yn lle hynny.</translation>
    </message>
    <message>
        <source>Backups cannot be written to {path}. Please choose another folder.</source>
        <translation>Does dim modd ysgrifennu copïau wrth gefn i {path}. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>Backups here are for a data file. To back up a server database, run partapp backup on a computer with the PostgreSQL tools: it uses pg_dump and checks the copy before it counts.</source>
        <translation>Mae&apos;r copïau wrth gefn yma ar gyfer ffeil ddata. I wneud copi wrth gefn o gronfa ddata ar weinydd, rhedwch partapp backup ar gyfrifiadur sydd ag offer PostgreSQL: mae&apos;n defnyddio pg_dump ac yn gwirio&apos;r copi cyn iddo gyfrif.</translation>
    </message>
    <message>
        <source>Braille files need liblouis, which is not on this PC. Install it (on Debian or Ubuntu: sudo apt install liblouis-bin liblouis-data; on Windows: from liblouis.io), then try again. You could send large print or audio instead.</source>
        <translation>Mae angen liblouis ar ffeiliau braille, a dydy e ddim ar y cyfrifiadur hwn. Gosodwch ef (ar Debian neu Ubuntu: sudo apt install liblouis-bin liblouis-data; ar Windows: o liblouis.io), yna rhowch gynnig arall arni. Gallech chi anfon print bras neu sain yn lle hynny.</translation>
    </message>
    <message>
        <source>Cannot make the folder {parent} ({strerror}). Choose another place for the backup.</source>
        <translation>Methu gwneud y ffolder {parent} ({strerror}). Dewiswch le arall ar gyfer y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Cannot make the folder {parent}: {strerror}.</source>
        <translation>Methu gwneud y ffolder {parent}: {strerror}.</translation>
    </message>
    <message>
        <source>Cannot make the folder {place} ({strerror}). Choose another place for {what}.</source>
        <translation>Methu gwneud y ffolder {place} ({strerror}). Dewiswch le arall ar gyfer {what}.</translation>
    </message>
    <message>
        <source>Cannot open the data file {shown}. It may be damaged, or another program may be using it. Try again, or restore a backup.</source>
        <translation>Methu agor y ffeil ddata {shown}. Efallai ei bod wedi&apos;i difrodi, neu fod rhaglen arall yn ei defnyddio. Rhowch gynnig arall arni, neu adferwch gopi wrth gefn.</translation>
    </message>
    <message>
        <source>Cannot save {what} in {folder} ({strerror}). Choose another place.</source>
        <translation>Methu cadw {what} yn {folder} ({strerror}). Dewiswch le arall.</translation>
    </message>
    <message>
        <source>Check you chose the right file.</source>
        <translation>Gwiriwch eich bod wedi dewis y ffeil gywir.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Dewiswch ddau gofnod gwahanol i&apos;w cyfuno.</translation>
    </message>
    <message>
        <source>Copied {rows} in {tables} to the server ({shown}). Every table was read back and matches the file row for row. The data file was not changed: keep it as it is, as a copy of the day you moved.</source>
        <translation>Rydyn ni wedi copïo {rows} mewn {tables} i&apos;r gweinydd ({shown}). Cafodd pob tabl ei ddarllen yn ôl, ac mae&apos;n cyfateb i&apos;r ffeil fesul rhes. Chafodd y ffeil ddata mo&apos;i newid: cadwch hi fel y mae, fel copi o&apos;r diwrnod y symudoch chi.</translation>
    </message>
    <message>
        <source>Could not check the server database: it did not answer as it should. ({kind})</source>
        <translation>Doedd dim modd gwirio cronfa ddata&apos;r gweinydd: wnaeth hi ddim ateb fel y dylai. ({kind})</translation>
    </message>
    <message>
        <source>Could not reach the server database. Check its address, that it is running, and the user name and password. Nothing was copied. ({reason})</source>
        <translation>Methu cyrraedd y gronfa ddata ar y gweinydd. Gwiriwch ei chyfeiriad, ei bod yn rhedeg, a&apos;r enw defnyddiwr a&apos;r cyfrinair. Chafodd dim byd ei gopïo. ({reason})</translation>
    </message>
    <message>
        <source>Could not reach the server database. {lost} Nothing was copied.</source>
        <translation>Methu cyrraedd y gronfa ddata ar y gweinydd. {lost} Chafodd dim byd ei gopïo.</translation>
    </message>
    <message>
        <source>Could not run {name} to {what} ({exc}).</source>
        <translation>Methu rhedeg {name} i {what} ({exc}).</translation>
    </message>
    <message>
        <source>Could not save {what} as {name} ({reason}). Close the file if it is open in another program, or choose another place, and check there is room on the disk.</source>
        <translation>Methu cadw {what} fel {name} ({reason}). Caewch y ffeil os yw ar agor mewn rhaglen arall, neu dewiswch le arall, a gwiriwch fod lle ar y ddisg.</translation>
    </message>
    <message>
        <source>Could not write the backup to {dest}. Check the folder exists and there is room on the disk. ({reason})</source>
        <translation>Methu ysgrifennu&apos;r copi wrth gefn i {dest}. Gwiriwch fod y ffolder yn bod a bod lle ar y ddisg. ({reason})</translation>
    </message>
    <message>
        <source>Could not {what}. {hint} ({tool}: {first})</source>
        <translation>Methu {what}. {hint} ({tool}: {first})</translation>
    </message>
    <message>
        <source>Data checksums are off on this server, so damage on its disk would only show when the data is read: ask whoever runs the server about them, and keep regular backups (partapp backup).</source>
        <translation>Mae symiau gwirio data wedi&apos;u diffodd ar y gweinydd hwn, felly byddai difrod ar ei ddisg yn dangos dim ond pan fydd y data&apos;n cael ei ddarllen: gofynnwch i bwy bynnag sy&apos;n rhedeg y gweinydd amdanyn nhw, a gwnewch gopïau wrth gefn yn rheolaidd (partapp backup).</translation>
    </message>
    <message>
        <source>Everything recorded so far belongs to your first office. Please give it a name before you add another, for example &quot;Main office&quot;.</source>
        <translation>Mae popeth a gofnodwyd hyd yma yn perthyn i&apos;ch swyddfa gyntaf. Rhowch enw iddi cyn i chi ychwanegu un arall, er enghraifft &quot;Prif swyddfa&quot;.</translation>
    </message>
    <message>
        <source>Feedback about this decision has been recorded, so it cannot be taken back. You can record a new decision instead.</source>
        <translation>Mae adborth am y penderfyniad hwn wedi&apos;i gofnodi, felly does dim modd ei dynnu&apos;n ôl. Gallwch gofnodi penderfyniad newydd yn lle hynny.</translation>
    </message>
    <message>
        <source>Feedback has been sent about this suggestion, so it cannot be removed. You can record a new decision.</source>
        <translation>Mae adborth wedi&apos;i anfon am yr awgrym hwn, felly does dim modd ei dynnu. Gallwch gofnodi penderfyniad newydd.</translation>
    </message>
    <message>
        <source>For now, the {n} audio letter is in print in {where}.</source>
        <translation>Am y tro, mae&apos;r {n} llythyr sain mewn print yn {where}.</translation>
    </message>
    <message>
        <source>For now, the {n} audio letters are in print in {where}.</source>
        <translation>Am y tro, mae&apos;r {n} llythyr sain mewn print yn {where}.</translation>
    </message>
    <message>
        <source>For now, the {n} braille letter is in print in {where}.</source>
        <translation>Am y tro, mae&apos;r {n} llythyr braille mewn print yn {where}.</translation>
    </message>
    <message>
        <source>For now, the {n} braille letters are in print in {where}.</source>
        <translation>Am y tro, mae&apos;r {n} llythyr braille mewn print yn {where}.</translation>
    </message>
    <message>
        <source>Give --logo or --no-logo, not both.</source>
        <translation>Rhowch --logo neu --no-logo, nid y ddau.</translation>
    </message>
    <message>
        <source>Give the new office&apos;s name, for example: partapp offices add &quot;North&quot;</source>
        <translation>Rhowch enw&apos;r swyddfa newydd, er enghraifft: partapp offices add &quot;North&quot;</translation>
    </message>
    <message>
        <source>Give the numbers of the records to move, for example 12 13.</source>
        <translation>Rhowch rifau&apos;r cofnodion i&apos;w symud, er enghraifft 12 13.</translation>
    </message>
    <message>
        <source>Give the office&apos;s name, for example: partapp offices set &quot;North&quot; --phone &quot;01234 567890&quot;</source>
        <translation>Rhowch enw&apos;r swyddfa, er enghraifft: partapp offices set &quot;North&quot; --phone &quot;01234 567890&quot;</translation>
    </message>
    <message>
        <source>Give the user name and their offices, for example: partapp offices staff sam North South (or --all for every office)</source>
        <translation>Rhowch yr enw defnyddiwr a&apos;u swyddfeydd, er enghraifft: partapp offices staff sam North South (neu --all ar gyfer pob swyddfa)</translation>
    </message>
    <message>
        <source>In “{label}”: {message}</source>
        <translation>Yn “{label}”: {message}</translation>
    </message>
    <message>
        <source>It was made by a newer version of Participation Tracker.</source>
        <translation>Cafodd ei gwneud gan fersiwn mwy newydd o Participation Tracker.</translation>
    </message>
    <message>
        <source>It will be upgraded when the app opens it.</source>
        <translation>Bydd yn cael ei diweddaru pan fydd yr ap yn ei hagor.</translation>
    </message>
    <message>
        <source>Kept for the figures, without their name: {suggestions} suggestions and {times} times they took part.</source>
        <translation>Wedi&apos;u cadw ar gyfer y ffigurau, heb eu henw: {suggestions} awgrym a {times} tro y cymeron nhw ran.</translation>
    </message>
    <message>
        <source>Large print must be between 16 and 28 point. Most people ask for 18.</source>
        <translation>Rhaid i brint bras fod rhwng 16 a 28 pwynt. Mae&apos;r rhan fwyaf o bobl yn gofyn am 18.</translation>
    </message>
    <message>
        <source>Letterhead picture (--logo): {value}</source>
        <translation>Llun pennawd y llythyr (--logo): {value}</translation>
    </message>
    <message>
        <source>Letters are set to go through a supporter. Please give the supporter&apos;s name.</source>
        <translation>Mae llythyrau i fod i fynd drwy gefnogwr. Rhowch enw&apos;r cefnogwr.</translation>
    </message>
    <message>
        <source>Letters need your organisation&apos;s name. Please add it in Settings, or with: partapp organisation --name &quot;Your name&quot;, then try again.</source>
        <translation>Mae angen enw eich sefydliad ar lythyrau. Ychwanegwch ef yn y Gosodiadau, neu gyda: partapp organisation --name &quot;Eich enw&quot;, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Letters need your organisation&apos;s name. Please add it in Settings, then try again.</source>
        <translation>Mae angen enw eich sefydliad ar lythyrau. Ychwanegwch ef yn y Gosodiadau, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Marked them as sent.</source>
        <translation>Rydyn ni wedi nodi eu bod wedi&apos;u hanfon.</translation>
    </message>
    <message>
        <source>Moved {count} to {office}.</source>
        <translation>Wedi symud {count} i {office}.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Cyfrinymadrodd newydd: </translation>
    </message>
    <message>
        <source>No backup was made, because a copy of a damaged file is not a good backup.</source>
        <translation>Chafodd dim copi wrth gefn ei wneud, gan nad yw copi o ffeil sydd wedi&apos;i difrodi yn gopi wrth gefn da.</translation>
    </message>
    <message>
        <source>No backup was made, because the data file is damaged.</source>
        <translation>Chafodd dim copi wrth gefn ei wneud, gan fod y ffeil ddata wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>No email address for {refs}: add it to their record, then send again.</source>
        <translation>Does dim cyfeiriad e-bost ar gyfer {refs}: ychwanegwch y cyfeiriad at eu cofnod, yna anfonwch eto.</translation>
    </message>
    <message>
        <source>No good backup was found. Keep the file as it is (do not delete it) and ask someone you trust with computers for help.</source>
        <translation>Chafwyd hyd i ddim copi wrth gefn da. Cadwch y ffeil fel y mae (peidiwch â&apos;i dileu) a gofynnwch am help gan rywun rydych chi&apos;n ymddiried ynddo gyda chyfrifiaduron.</translation>
    </message>
    <message>
        <source>No letter has a text that speaks of a time gone by.</source>
        <translation>Does dim testun mewn unrhyw lythyr sy&apos;n sôn am amser sydd wedi mynd heibio.</translation>
    </message>
    <message>
        <source>No mail server called {name} could be found. Please check the Server name, and that this computer is online.</source>
        <translation>Methu dod o hyd i weinydd post o&apos;r enw {name}. Gwiriwch Enw&apos;r gweinydd, a bod y cyfrifiadur hwn ar-lein.</translation>
    </message>
    <message>
        <source>No server called {where} could be found. Check the server&apos;s name in Settings, Database server (or the address), and that this computer is on the network, then try again.</source>
        <translation>Doedd dim modd dod o hyd i weinydd o&apos;r enw {where}. Gwiriwch enw&apos;r gweinydd yn Gosodiadau, Gweinydd cronfa ddata (neu&apos;r cyfeiriad), a bod y cyfrifiadur hwn ar y rhwydwaith, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a letter by email.</source>
        <translation>Does neb yn aros am lythyr drwy e-bost.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a letter. No letters written.</source>
        <translation>Does neb yn aros am lythyr. Chafodd dim llythyrau eu hysgrifennu.</translation>
    </message>
    <message>
        <source>Nobody is waiting to hear from you. No letters written.</source>
        <translation>Does neb yn aros i glywed gennych. Chafodd dim llythyrau eu hysgrifennu.</translation>
    </message>
    <message>
        <source>Not sent to {ref}: {why}</source>
        <translation>Heb ei anfon at {ref}: {why}</translation>
    </message>
    <message>
        <source>Not sent yet (still waiting for their letter): {refs}. Send again to send only these.</source>
        <translation>Heb eu hanfon eto (yn dal i aros am eu llythyr): {refs}. Anfonwch eto i anfon y rhain yn unig.</translation>
    </message>
    <message>
        <source>Nothing in the file was changed.</source>
        <translation>Chafodd dim byd yn y ffeil ei newid.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <source>One of the people chosen is no longer in the database. Please choose them again.</source>
        <translation>Dydy un o&apos;r bobl a ddewiswyd ddim yn y gronfa ddata bellach. Dewiswch nhw eto.</translation>
    </message>
    <message>
        <source>One of the people chosen is no longer in the database. Please run the review again.</source>
        <translation>Dydy un o&apos;r bobl a ddewiswyd ddim yn y gronfa ddata bellach. Gwnewch yr adolygiad eto.</translation>
    </message>
    <message>
        <source>One of the suggestions chosen is no longer in the database. Please choose them again.</source>
        <translation>Dydy un o&apos;r awgrymiadau a ddewiswyd ddim yn y gronfa ddata bellach. Dewiswch nhw eto.</translation>
    </message>
    <message>
        <source>One of the suggestions is no longer in the database.</source>
        <translation>Dydy un o&apos;r awgrymiadau ddim yn y gronfa ddata bellach.</translation>
    </message>
    <message>
        <source>Only a change that is Done has a done date. Please set the status to Done, or clear the date.</source>
        <translation>Dim ond newid sydd Wedi&apos;i wneud sydd â dyddiad gwneud. Newidiwch y statws i Wedi&apos;i wneud, neu cliriwch y dyddiad.</translation>
    </message>
    <message>
        <source>Only {who_can} can do this. Please ask one of them, or sign in as one.</source>
        <translation>Dim ond {who_can} sy&apos;n gallu gwneud hyn. Gofynnwch i un ohonyn nhw, neu mewngofnodwch fel un.</translation>
    </message>
    <message>
        <source>Passphrase for the data file: </source>
        <translation>Cyfrinymadrodd y ffeil ddata: </translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Cyfrinair ar gyfer {user}: </translation>
    </message>
    <message>
        <source>Please add the office first.</source>
        <translation>Ychwanegwch y swyddfa yn gyntaf.</translation>
    </message>
    <message>
        <source>Please choose a role: Volunteer, Coordinator or Administrator.</source>
        <translation>Dewiswch rôl: Gwirfoddolwr, Cydlynydd neu Weinyddwr.</translation>
    </message>
    <message>
        <source>Please choose at least one office.</source>
        <translation>Dewiswch o leiaf un swyddfa.</translation>
    </message>
    <message>
        <source>Please choose between 1 and 50 years.</source>
        <translation>Dewiswch rhwng 1 a 50 mlynedd.</translation>
    </message>
    <message>
        <source>Please choose how the connection is kept safe.</source>
        <translation>Dewiswch sut mae&apos;r cysylltiad yn cael ei gadw&apos;n ddiogel.</translation>
    </message>
    <message>
        <source>Please choose one of the actions in the list.</source>
        <translation>Dewiswch un o&apos;r camau yn y rhestr.</translation>
    </message>
    <message>
        <source>Please choose the activity to thank them for.</source>
        <translation>Dewiswch y gweithgaredd i ddiolch iddyn nhw amdano.</translation>
    </message>
    <message>
        <source>Please choose the activity where this was said, or pick another way it reached us.</source>
        <translation>Dewiswch y gweithgaredd lle cafodd hyn ei ddweud, neu dewiswch ffordd arall y daeth atom ni.</translation>
    </message>
    <message>
        <source>Please choose the change they told us about.</source>
        <translation>Dewiswch y newid y sonion nhw wrthym ni amdano.</translation>
    </message>
    <message>
        <source>Please choose the files to import.</source>
        <translation>Dewiswch y ffeiliau i&apos;w mewnforio.</translation>
    </message>
    <message>
        <source>Please choose the suggestions this feedback is about.</source>
        <translation>Dewiswch yr awgrymiadau y mae&apos;r adborth hwn yn sôn amdanyn nhw.</translation>
    </message>
    <message>
        <source>Please choose the whole folder path, for example E:\Backups.</source>
        <translation>Dewiswch lwybr llawn y ffolder, er enghraifft E:\Backups.</translation>
    </message>
    <message>
        <source>Please choose what the call was about.</source>
        <translation>Dewiswch beth oedd yr alwad amdano.</translation>
    </message>
    <message>
        <source>Please choose when the connection uses TLS.</source>
        <translation>Dewiswch pryd mae&apos;r cysylltiad yn defnyddio TLS.</translation>
    </message>
    <message>
        <source>Please choose who told us.</source>
        <translation>Dewiswch pwy ddywedodd wrthym ni.</translation>
    </message>
    <message>
        <source>Please choose {label}.</source>
        <translation>Dewiswch o&apos;r rhestr: mae angen {label}.</translation>
    </message>
    <message>
        <source>Please close the data file first, then try again.</source>
        <translation>Caewch y ffeil ddata yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Please fill in the Sender address in Settings, Mail server: the address your letters come from.</source>
        <translation>Llenwch Gyfeiriad yr anfonwr yn Gosodiadau, Gweinydd post: y cyfeiriad y mae eich llythyrau&apos;n dod ohono.</translation>
    </message>
    <message>
        <source>Please fill in the Sender address: the address your letters come from.</source>
        <translation>Llenwch Gyfeiriad yr anfonwr: y cyfeiriad y mae eich llythyrau&apos;n dod ohono.</translation>
    </message>
    <message>
        <source>Please fill in {label}.</source>
        <translation>Llenwch y blwch: mae angen {label}.</translation>
    </message>
    <message>
        <source>Please give the date the change was done.</source>
        <translation>Rhowch y dyddiad y cafodd y newid ei wneud.</translation>
    </message>
    <message>
        <source>Please give the user name, like: partapp users {action} jo.bloggs</source>
        <translation>Rhowch yr enw defnyddiwr, fel hyn: partapp users {action} jo.bloggs</translation>
    </message>
    <message>
        <source>Please give {label}, for example 2025-04-01.</source>
        <translation>Mae angen {label}, er enghraifft 2025-04-01.</translation>
    </message>
    <message>
        <source>Please keep records for between 1 and 50 years.</source>
        <translation>Cadwch gofnodion am rhwng 1 a 50 mlynedd.</translation>
    </message>
    <message>
        <source>Please say why the answer is “{outcomes}”. People need a plain reason when we cannot do all they asked.</source>
        <translation>Dywedwch pam mai “{outcomes}” yw&apos;r ateb. Mae angen rheswm clir ar bobl pan na allwn ni wneud popeth a ofynnwyd.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Mewngofnodwch yn gyntaf.</translation>
    </message>
    <message>
        <source>Please type a password, or set {env}.</source>
        <translation>Teipiwch gyfrinair, neu gosodwch {env}.</translation>
    </message>
    <message>
        <source>Please type the address to send the test to, such as you@example.org.</source>
        <translation>Teipiwch y cyfeiriad i anfon y prawf ato, fel chi@example.org.</translation>
    </message>
    <message>
        <source>Please type the database&apos;s name, such as participation, with no spaces.</source>
        <translation>Teipiwch enw&apos;r gronfa ddata, fel participation, heb fylchau.</translation>
    </message>
    <message>
        <source>Please type the mail server&apos;s name in Settings, Mail server.</source>
        <translation>Teipiwch enw&apos;r gweinydd post yn Gosodiadau, Gweinydd post.</translation>
    </message>
    <message>
        <source>Please type the mail server&apos;s name, such as smtp.example.org. Your email provider can tell you it.</source>
        <translation>Teipiwch enw&apos;r gweinydd post, fel smtp.example.org. Gall eich darparwr e-bost ddweud wrthych chi.</translation>
    </message>
    <message>
        <source>Please type the new passphrase, or set {env}.</source>
        <translation>Teipiwch y cyfrinymadrodd newydd, neu gosodwch {env}.</translation>
    </message>
    <message>
        <source>Please type the server&apos;s name, such as db.example.org. Your IT support can tell you it.</source>
        <translation>Teipiwch enw&apos;r gweinydd, fel db.example.org. Gall eich cymorth TG ddweud wrthych chi.</translation>
    </message>
    <message>
        <source>Please type the user name the app signs in to the server with, with no spaces.</source>
        <translation>Teipiwch yr enw defnyddiwr y mae&apos;r ap yn mewngofnodi i&apos;r gweinydd ag ef, heb fylchau.</translation>
    </message>
    <message>
        <source>Please type your password, or set {env}.</source>
        <translation>Teipiwch eich cyfrinair, neu gosodwch {env}.</translation>
    </message>
    <message>
        <source>Please use a passphrase of 500 characters or fewer.</source>
        <translation>Defnyddiwch gyfrinymadrodd o 500 nod neu lai.</translation>
    </message>
    <message>
        <source>Please use a password of 200 characters or fewer.</source>
        <translation>Defnyddiwch gyfrinair o 200 nod neu lai.</translation>
    </message>
    <message>
        <source>Please use a password of at least {min_password} characters. A few words together are easy to remember and hard to guess.</source>
        <translation>Defnyddiwch gyfrinair o {min_password} nod o leiaf. Mae ychydig o eiriau gyda&apos;i gilydd yn hawdd i&apos;w cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message>
        <source>Please use at least {min_passphrase} characters. A short sentence you will remember works well.</source>
        <translation>Defnyddiwch {min_passphrase} nod o leiaf. Mae brawddeg fer y byddwch chi&apos;n ei chofio yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>Please use only letters, numbers, dots, dashes and underscores in the user name, like jo.bloggs.</source>
        <translation>Defnyddiwch lythrennau, rhifau, dotiau, llinellau a thanlinellau yn unig yn yr enw defnyddiwr, fel jo.bloggs.</translation>
    </message>
    <message>
        <source>Please use only letters, numbers, spaces and punctuation in the passphrase.</source>
        <translation>Defnyddiwch lythrennau, rhifau, bylchau ac atalnodau yn unig yn y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Saved the office {name}.</source>
        <translation>Wedi cadw&apos;r swyddfa {name}.</translation>
    </message>
    <message>
        <source>Saved the organisation&apos;s details:</source>
        <translation>Rydyn ni wedi cadw manylion y sefydliad:</translation>
    </message>
    <message>
        <source>Say what to change, for example: partapp organisation --name &quot;Riverside Day Centre&quot;.</source>
        <translation>Dywedwch beth i&apos;w newid, er enghraifft: partapp organisation --name &quot;Canolfan Ddydd Glan yr Afon&quot;.</translation>
    </message>
    <message>
        <source>Say what to move and where, for example: partapp offices move person P0012 P0013 --to North (people by reference; activities, suggestions and changes by number)</source>
        <translation>Dywedwch beth i&apos;w symud ac i ble, er enghraifft: partapp offices move person P0012 P0013 --to North (pobl yn ôl eu cyfeirnod; gweithgareddau, awgrymiadau a newidiadau yn ôl eu rhif)</translation>
    </message>
    <message>
        <source>Sending by email is turned off. An administrator can turn it on in Settings, Mail server.</source>
        <translation>Mae anfon drwy e-bost wedi&apos;i ddiffodd. Gall gweinyddwr ei droi ymlaen yn Gosodiadau, Gweinydd post.</translation>
    </message>
    <message>
        <source>Sending stopped: {why}</source>
        <translation>Daeth yr anfon i ben: {why}</translation>
    </message>
    <message>
        <source>Sending was stopped before the end.</source>
        <translation>Cafodd yr anfon ei atal cyn y diwedd.</translation>
    </message>
    <message>
        <source>Sent {n} letter by email and marked it as sent: {refs}.</source>
        <translation>Rydyn ni wedi anfon {n} llythyr drwy e-bost a nodi ei fod wedi&apos;i anfon: {refs}.</translation>
    </message>
    <message>
        <source>Sent {n} letters by email and marked them as sent: {refs}.</source>
        <translation>Rydyn ni wedi anfon {n} o lythyrau drwy e-bost a nodi eu bod wedi&apos;u hanfon: {refs}.</translation>
    </message>
    <message>
        <source>Sign-in is on for this data file. Give your user name with --user NAME (the password is asked for, or read from {env}).</source>
        <translation>Mae mewngofnodi ymlaen ar gyfer y ffeil ddata hon. Rhowch eich enw defnyddiwr gyda --user NAME (bydd yn gofyn am y cyfrinair, neu&apos;n ei ddarllen o {env}).</translation>
    </message>
    <message>
        <source>Small numbers can be hidden below 5 or below 10. Please choose one of those.</source>
        <translation>Gellir cuddio rhifau bach o dan 5 neu o dan 10. Dewiswch un o&apos;r rheini.</translation>
    </message>
    <message>
        <source>Some of their contact details (such as an address or a phone number) are also another person&apos;s, or your organisation&apos;s, so they were left where they were typed.</source>
        <translation>Mae rhai o&apos;u manylion cyswllt (fel cyfeiriad neu rif ffôn) hefyd yn perthyn i berson arall, neu i&apos;ch sefydliad, felly cawson nhw eu gadael lle cawson nhw eu teipio.</translation>
    </message>
    <message>
        <source>Someone else changed {what} after you opened it.</source>
        <translation>Fe wnaeth rhywun arall newid {what} ar ôl i chi ei agor.</translation>
    </message>
    <message>
        <source>Someone else saved {what} at the same moment as you. Nothing of yours is saved yet. Choose Reload to see their version, or Keep mine to save yours over theirs.</source>
        <translation>Fe wnaeth rhywun arall gadw {what} ar yr un pryd â chi. Dydy dim o&apos;ch gwaith chi wedi&apos;i gadw eto. Dewiswch Ail-lwytho i weld eu fersiwn nhw, neu Cadw fy fersiwn i i gadw eich un chi dros eu hun nhw.</translation>
    </message>
    <message>
        <source>Suggestion {value}: {message}</source>
        <translation>Awgrym {value}: {message}</translation>
    </message>
    <message>
        <source>That activity</source>
        <translation>Y gweithgaredd hwnnw</translation>
    </message>
    <message>
        <source>That activity is no longer in the database.</source>
        <translation>Dydy&apos;r gweithgaredd hwnnw ddim yn y gronfa ddata bellach.</translation>
    </message>
    <message>
        <source>That activity is no longer in the database. Please choose another.</source>
        <translation>Dydy&apos;r gweithgaredd hwnnw ddim yn y gronfa ddata bellach. Dewiswch un arall.</translation>
    </message>
    <message>
        <source>That change is no longer in the database.</source>
        <translation>Dydy&apos;r newid hwnnw ddim yn y gronfa ddata bellach.</translation>
    </message>
    <message>
        <source>That change is no longer in the database. Please choose another.</source>
        <translation>Dydy&apos;r newid hwnnw ddim yn y gronfa ddata bellach. Dewiswch un arall.</translation>
    </message>
    <message>
        <source>That decision is no longer in the database.</source>
        <translation>Dydy&apos;r penderfyniad hwnnw ddim yn y gronfa ddata bellach.</translation>
    </message>
    <message>
        <source>That decision is no longer in the records.</source>
        <translation>Dydy&apos;r penderfyniad hwnnw ddim yn y cofnodion bellach.</translation>
    </message>
    <message>
        <source>That file ({name}) {reason}. Choose another name for {what}.</source>
        <translation>Y ffeil honno ({name}): {reason}. Dewiswch enw arall ar gyfer {what}.</translation>
    </message>
    <message>
        <source>That file is not a wording file we can read. It should look like resources/templates/en.json.</source>
        <translation>Dydy&apos;r ffeil honno ddim yn ffeil geiriad y gallwn ni ei darllen. Dylai edrych fel resources/templates/en.json.</translation>
    </message>
    <message>
        <source>That involvement level does not exist.</source>
        <translation>Dydy&apos;r lefel cyfranogiad honno ddim yn bod.</translation>
    </message>
    <message>
        <source>That is the data file itself. Please choose a backup file.</source>
        <translation>Dyna&apos;r ffeil ddata ei hun. Dewiswch ffeil copi wrth gefn.</translation>
    </message>
    <message>
        <source>That letter is no longer in the database.</source>
        <translation>Dydy&apos;r llythyr hwnnw ddim yn y gronfa ddata bellach.</translation>
    </message>
    <message>
        <source>That office is not in the data file any more.</source>
        <translation>Dydy&apos;r swyddfa honno ddim yn y ffeil ddata mwyach.</translation>
    </message>
    <message>
        <source>That passphrase does not open this data file. Please check it and try again (capital letters and spaces matter).</source>
        <translation>Dydy&apos;r cyfrinymadrodd hwnnw ddim yn agor y ffeil ddata hon. Gwiriwch ef a rhowch gynnig arall arni (mae priflythrennau a bylchau&apos;n bwysig).</translation>
    </message>
    <message>
        <source>That person is no longer in the database.</source>
        <translation>Dydy&apos;r person hwnnw ddim yn y gronfa ddata bellach.</translation>
    </message>
    <message>
        <source>That person is no longer in the database. Please choose someone else.</source>
        <translation>Dydy&apos;r person hwnnw ddim yn y gronfa ddata bellach. Dewiswch rywun arall.</translation>
    </message>
    <message>
        <source>That person is no longer in the database. They may have been removed.</source>
        <translation>Dydy&apos;r person hwnnw ddim yn y gronfa ddata bellach. Efallai ei fod wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>That record</source>
        <translation>Y cofnod hwnnw</translation>
    </message>
    <message>
        <source>That service is no longer in the list. Please choose another.</source>
        <translation>Dydy&apos;r gwasanaeth hwnnw ddim yn y rhestr bellach. Dewiswch un arall.</translation>
    </message>
    <message>
        <source>That suggestion is no longer in the database.</source>
        <translation>Dydy&apos;r awgrym hwnnw ddim yn y gronfa ddata bellach.</translation>
    </message>
    <message>
        <source>That user is no longer in the list.</source>
        <translation>Dydy&apos;r defnyddiwr hwnnw ddim yn y rhestr bellach.</translation>
    </message>
    <message>
        <source>That user is not in the data file any more.</source>
        <translation>Dydy&apos;r defnyddiwr hwnnw ddim yn y ffeil ddata mwyach.</translation>
    </message>
    <message>
        <source>That {kind} is no longer in the list.</source>
        <translation>Dydy&apos;r {kind} hwnnw ddim yn y rhestr bellach.</translation>
    </message>
    <message>
        <source>The PostgreSQL tools on this computer are older than the server (or than the tools that made the backup). Please install the newer ones.</source>
        <translation>Mae&apos;r offer PostgreSQL ar y cyfrifiadur hwn yn hŷn na&apos;r gweinydd (neu na&apos;r offer a wnaeth y copi wrth gefn). Gosodwch y rhai mwy newydd.</translation>
    </message>
    <message>
        <source>The Welsh list has {n} line to fill in.</source>
        <translation>Mae gan y rhestr Gymraeg {n} llinell i&apos;w llenwi.</translation>
    </message>
    <message>
        <source>The Welsh list has {n} lines to fill in.</source>
        <translation>Mae gan y rhestr Gymraeg {n} o linellau i&apos;w llenwi.</translation>
    </message>
    <message>
        <source>The Welsh list is empty: every Welsh letter has your own texts in Welsh.</source>
        <translation>Mae&apos;r rhestr Gymraeg yn wag: mae eich testunau eich hun yn Gymraeg ym mhob llythyr Cymraeg.</translation>
    </message>
    <message>
        <source>The activity&apos;s title</source>
        <translation>Teitl y gweithgaredd</translation>
    </message>
    <message>
        <source>The aim for feedback on time must be between 1% and 100%. Most organisations use 90%.</source>
        <translation>Rhaid i&apos;r nod ar gyfer adborth mewn pryd fod rhwng 1% a 100%. Mae&apos;r rhan fwyaf o sefydliadau&apos;n defnyddio 90%.</translation>
    </message>
    <message>
        <source>The audio letter could not be made: espeak-ng gave sound in a form we did not expect.</source>
        <translation>Methu gwneud y llythyr sain: rhoddodd espeak-ng sain mewn ffurf nad oedden ni&apos;n ei disgwyl.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be used: it is not a complete server backup. Nothing was changed. ({exc})</source>
        <translation>Does dim modd defnyddio&apos;r copi wrth gefn {name}: dydy e ddim yn gopi cyflawn o&apos;r gweinydd. Chafodd dim byd ei newid. ({exc})</translation>
    </message>
    <message>
        <source>The backup {name} cannot be used: {message} Nothing was changed.</source>
        <translation>Does dim modd defnyddio&apos;r copi wrth gefn {name}: {message} Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <source>The backup {name} is not a Participation Tracker backup (it has no {missing} table). Nothing was changed.</source>
        <translation>Dydy&apos;r copi wrth gefn {name} ddim yn gopi wrth gefn Participation Tracker (does dim tabl {missing} ynddo). Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <source>The backup {name} was made by a newer version of Participation Tracker. Please install the newer version to restore it. Nothing was changed.</source>
        <translation>Cafodd y copi wrth gefn {name} ei wneud gan fersiwn mwy newydd o Participation Tracker. Gosodwch y fersiwn mwy newydd i&apos;w adfer. Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <source>The change we plan to make</source>
        <translation>Y newid rydyn ni&apos;n bwriadu ei wneud</translation>
    </message>
    <message>
        <source>The checks made on a data file (SQLite&apos;s integrity check, the lock file) are not run on a server: the server looks after its own storage.</source>
        <translation>Dydy&apos;r gwiriadau rydyn ni&apos;n eu gwneud ar ffeil ddata (gwiriad cyfanrwydd SQLite, y ffeil gloi) ddim yn cael eu rhedeg ar weinydd: mae&apos;r gweinydd yn gofalu am ei storfa ei hun.</translation>
    </message>
    <message>
        <source>The connection to the server at {where} was lost. Nothing of this step was saved. Check the computer is on the network and the server is running, then try again.</source>
        <translation>Cafodd y cysylltiad â&apos;r gweinydd yn {where} ei golli. Chafodd dim byd o&apos;r cam hwn ei gadw. Gwiriwch fod y cyfrifiadur ar y rhwydwaith a bod y gweinydd yn rhedeg, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The copy of the {name} table on the server does not match the file, so nothing was kept on the server. The data file was not changed.</source>
        <translation>Dydy&apos;r copi o&apos;r tabl {name} ar y gweinydd ddim yn cyfateb i&apos;r ffeil, felly chafodd dim byd ei gadw ar y gweinydd. Chafodd y ffeil ddata mo&apos;i newid.</translation>
    </message>
    <message>
        <source>The data file cannot be protected until it is sound: {problems}</source>
        <translation>Does dim modd diogelu&apos;r ffeil ddata nes ei bod yn iawn: {problems}</translation>
    </message>
    <message>
        <source>The data file cannot be reached just now, so the change was not saved. If it is on a network drive or a USB stick, check it is still connected, then try again.</source>
        <translation>Does dim modd cyrraedd y ffeil ddata ar hyn o bryd, felly chafodd y newid mo&apos;i gadw. Os yw ar yriant rhwydwaith neu gof bach USB, gwiriwch ei fod wedi&apos;i gysylltu o hyd, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The data file is protected with a passphrase. Set {env}, or run this command yourself to type it.</source>
        <translation>Mae&apos;r ffeil ddata wedi&apos;i diogelu â chyfrinymadrodd. Gosodwch {env}, neu rhedwch y gorchymyn hwn eich hun i&apos;w deipio.</translation>
    </message>
    <message>
        <source>The data file {name} is protected with a passphrase. Please type the passphrase to open it.</source>
        <translation>Mae&apos;r ffeil ddata {name} wedi&apos;i diogelu â chyfrinymadrodd. Teipiwch y cyfrinymadrodd i&apos;w hagor.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be changed: it is read-only. Nothing in it was changed. Ask whoever looks after your computers to let you change it, or copy it to a folder you can change (such as Documents) and open the copy.</source>
        <translation>Does dim modd newid y ffeil ddata {path}: mae&apos;n ddarllen yn unig. Chafodd dim byd ynddi ei newid. Gofynnwch i bwy bynnag sy&apos;n gofalu am eich cyfrifiaduron adael i chi ei newid, neu copïwch hi i ffolder y gallwch ei newid (fel Dogfennau) ac agorwch y copi.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be reached just now, so the change was not saved. If it is on a network drive or a USB stick, check it is still connected, then try again.</source>
        <translation>Does dim modd cyrraedd y ffeil ddata {path} ar hyn o bryd, felly chafodd y newid mo&apos;i gadw. Os yw ar yriant rhwydwaith neu gof bach USB, gwiriwch ei fod wedi&apos;i gysylltu o hyd, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The data file {path} is damaged ({problem}), so it was not opened. Nothing in the file was changed.</source>
        <translation>Mae&apos;r ffeil ddata {path} wedi&apos;i difrodi ({problem}), felly chafodd hi mo&apos;i hagor. Chafodd dim byd yn y ffeil ei newid.</translation>
    </message>
    <message>
        <source>The data file {path} is now protected with your passphrase.</source>
        <translation>Mae&apos;r ffeil ddata {path} wedi&apos;i diogelu â&apos;ch cyfrinymadrodd nawr.</translation>
    </message>
    <message>
        <source>The data file {path} no longer needs a passphrase. Anyone who can reach the file can now read it.</source>
        <translation>Does dim angen cyfrinymadrodd ar y ffeil ddata {path} bellach. Gall unrhyw un sy&apos;n gallu cyrraedd y ffeil ei darllen nawr.</translation>
    </message>
    <message>
        <source>The data file {path} was made by a newer version of Participation Tracker, so it was not opened. Nothing in the file was changed. Please install the newer version to open it.</source>
        <translation>Cafodd y ffeil ddata {path} ei gwneud gan fersiwn mwy newydd o Participation Tracker, felly chafodd hi mo&apos;i hagor. Chafodd dim byd yn y ffeil ei newid. Gosodwch y fersiwn mwy newydd i&apos;w hagor.</translation>
    </message>
    <message>
        <source>The date they told us is before the change was done ({done_on}). Please check the date.</source>
        <translation>Mae&apos;r dyddiad y dywedon nhw wrthym ni cyn i&apos;r newid gael ei wneud ({done_on}). Gwiriwch y dyddiad.</translation>
    </message>
    <message>
        <source>The decision date is before the suggestion was raised ({raised_on}). Please check it.</source>
        <translation>Mae dyddiad y penderfyniad cyn i&apos;r awgrym gael ei godi ({raised_on}). Gwiriwch ef.</translation>
    </message>
    <message>
        <source>The details of {ref} were erased, so that record cannot be merged. Choose another.</source>
        <translation>Cafodd manylion {ref} eu dileu, felly does dim modd cyfuno&apos;r cofnod hwnnw. Dewiswch un arall.</translation>
    </message>
    <message>
        <source>The details of {who} were removed. Their figures are kept.</source>
        <translation>Cafodd manylion {who} eu tynnu. Mae eu ffigurau&apos;n cael eu cadw.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Nothing was half-written: the data file is as it was before. Make room on the disk (empty the recycle bin, or move files you do not need), then try again.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly chafodd y newid mo&apos;i gadw. Chafodd dim byd ei hanner ysgrifennu: mae&apos;r ffeil ddata fel yr oedd o&apos;r blaen. Gwnewch le ar y ddisg (gwagiwch y bin ailgylchu, neu symudwch ffeiliau nad oes eu hangen arnoch), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full, so {what} could not be saved. Nothing was half-written. Make room on the disk (empty the recycle bin, or move files you do not need), or choose another place, then try again.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal {folder} yn llawn, felly doedd dim modd cadw {what}. Chafodd dim byd ei hanner ysgrifennu. Gwnewch le ar y ddisg (gwagiwch y bin ailgylchu, neu symudwch ffeiliau nad oes eu hangen arnoch), neu dewiswch le arall, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full, so the change was not saved. Nothing was half-written: the data file is as it was before. Make room on the disk (empty the recycle bin, or move files you do not need), then try again.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal {path} yn llawn, felly chafodd y newid mo&apos;i gadw. Chafodd dim byd ei hanner ysgrifennu: mae&apos;r ffeil ddata fel yr oedd o&apos;r blaen. Gwnewch le ar y ddisg (gwagiwch y bin ailgylchu, neu symudwch ffeiliau nad oes eu hangen arnoch), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The end date is before the start date. Please check them.</source>
        <translation>Mae&apos;r dyddiad gorffen cyn y dyddiad dechrau. Gwiriwch nhw.</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}. Please swap them.</source>
        <translation>Mae&apos;r dyddiad gorffen {end} cyn y dyddiad dechrau {start}. Cyfnewidiwch nhw.</translation>
    </message>
    <message>
        <source>The erasure is saved: their details are gone from every record, and the app will not show them again. But the last step did not finish: the data file could not be rewritten to clear the old text out of its spare space ({problem}). Until it is, someone with special tools could still read the old details in the file.</source>
        <translation>Mae&apos;r dileu wedi&apos;i gadw: mae eu manylion wedi mynd o bob cofnod, a fydd yr ap ddim yn eu dangos eto. Ond wnaeth y cam olaf ddim gorffen: doedd dim modd ailysgrifennu&apos;r ffeil ddata i glirio&apos;r hen destun o&apos;i lle sbâr ({problem}). Nes bydd hynny wedi&apos;i wneud, gallai rhywun ag offer arbennig ddarllen yr hen fanylion yn y ffeil o hyd.</translation>
    </message>
    <message>
        <source>The feedback promise must be between 1 and 365 days. Most organisations use 28.</source>
        <translation>Rhaid i&apos;r addewid adborth fod rhwng 1 a 365 diwrnod. Mae&apos;r rhan fwyaf o sefydliadau&apos;n defnyddio 28.</translation>
    </message>
    <message>
        <source>The field {extra} has extra marks after its name. Please write it as {{{name}}}.</source>
        <translation>Mae marciau ychwanegol ar ôl enw&apos;r maes {extra}. Ysgrifennwch ef fel {{{name}}}.</translation>
    </message>
    <message>
        <source>The field {{{name}}} cannot be used in “{value}”. It can only be used in {where}.</source>
        <translation>Does dim modd defnyddio&apos;r maes {{{name}}} yn “{value}”. Dim ond yn {where} y gellir ei ddefnyddio.</translation>
    </message>
    <message>
        <source>The field {{{name}}} is not one we know.{hint} You can use: {usable}.</source>
        <translation>Dydy&apos;r maes {{{name}}} ddim yn un rydyn ni&apos;n ei adnabod.{hint} Gallwch ddefnyddio: {usable}.</translation>
    </message>
    <message>
        <source>The file cannot be read as a database.</source>
        <translation>Does dim modd darllen y ffeil fel cronfa ddata.</translation>
    </message>
    <message>
        <source>The file has a part called “{part}”, which letters do not have.</source>
        <translation>Mae gan y ffeil ran o&apos;r enw “{part}”, sydd ddim gan lythyrau.</translation>
    </message>
    <message>
        <source>The file {path} was not opened.</source>
        <translation>Chafodd y ffeil {path} mo&apos;i hagor.</translation>
    </message>
    <message>
        <source>The first user must be an administrator, so that someone can look after the other users.</source>
        <translation>Rhaid i&apos;r defnyddiwr cyntaf fod yn weinyddwr, er mwyn i rywun allu gofalu am y defnyddwyr eraill.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be found, so {what} could not be saved. If it is on a network drive or a USB stick, check that it is connected, then try again, or choose another place.</source>
        <translation>Methu dod o hyd i&apos;r ffolder {folder}, felly doedd dim modd cadw {what}. Os yw ar yriant rhwydwaith neu gof bach USB, gwiriwch ei fod wedi&apos;i gysylltu, yna rhowch gynnig arall arni, neu dewiswch le arall.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another place for {what}.</source>
        <translation>Dydy&apos;r ffolder {folder} ddim yn bod. Dewiswch le arall ar gyfer {what}.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only, so {what} could not be saved there. Choose another folder (such as Documents), or ask whoever looks after your computers to let you save files in it.</source>
        <translation>Mae&apos;r ffolder {folder} yn ddarllen yn unig, felly doedd dim modd cadw {what} yno. Dewiswch ffolder arall (fel Dogfennau), neu gofynnwch i bwy bynnag sy&apos;n gofalu am eich cyfrifiaduron adael i chi gadw ffeiliau ynddo.</translation>
    </message>
    <message>
        <source>The folder {parent} cannot be found, so the data file {name} cannot be opened. If it is on a network drive or a USB stick, check that it is connected (and that you are signed in to the network), then try again.</source>
        <translation>Methu dod o hyd i&apos;r ffolder {parent}, felly does dim modd agor y ffeil ddata {name}. Os yw ar yriant rhwydwaith neu gof bach USB, gwiriwch ei fod wedi&apos;i gysylltu (a&apos;ch bod wedi mewngofnodi i&apos;r rhwydwaith), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist. Please choose another place to save the letters.</source>
        <translation>Dydy&apos;r ffolder {parent} ddim yn bod. Dewiswch le arall i gadw&apos;r llythyrau.</translation>
    </message>
    <message>
        <source>The folder {parent} is read-only, so the data file {name} cannot be changed (the app keeps small working files beside it while it is open). Nothing in it was changed. Ask whoever looks after your computers to let you change files in that folder, or copy the data file to a folder you can change (such as Documents) and open the copy.</source>
        <translation>Mae&apos;r ffolder {parent} yn ddarllen yn unig, felly does dim modd newid y ffeil ddata {name} (mae&apos;r ap yn cadw ffeiliau gwaith bach wrth ei hymyl tra mae hi ar agor). Chafodd dim byd ynddi ei newid. Gofynnwch i bwy bynnag sy&apos;n gofalu am eich cyfrifiaduron adael i chi newid ffeiliau yn y ffolder honno, neu copïwch y ffeil ddata i ffolder y gallwch ei newid (fel Dogfennau) ac agorwch y copi.</translation>
    </message>
    <message>
        <source>The heading and opening are different for each kind of letter. Please save them one kind at a time.</source>
        <translation>Mae&apos;r pennawd a&apos;r agoriad yn wahanol ar gyfer pob math o lythyr. Cadwch nhw un math ar y tro.</translation>
    </message>
    <message>
        <source>The list of texts to check has {n} line.</source>
        <translation>Mae gan y rhestr o destunau i&apos;w gwirio {n} llinell.</translation>
    </message>
    <message>
        <source>The list of texts to check has {n} lines.</source>
        <translation>Mae gan y rhestr o destunau i&apos;w gwirio {n} o linellau.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>Rhaid i&apos;r logo fod yn llun PNG neu JPEG.</translation>
    </message>
    <message>
        <source>The logo picture is too big. Please use one under 5 MB.</source>
        <translation>Mae llun y logo yn rhy fawr. Defnyddiwch un o dan 5 MB.</translation>
    </message>
    <message>
        <source>The mail server would not send to {to}. Please check the email address in the person&apos;s record.</source>
        <translation>Wnaeth y gweinydd post ddim anfon at {to}. Gwiriwch y cyfeiriad e-bost yng nghofnod y person.</translation>
    </message>
    <message>
        <source>The mail server {name} asks for a user name and password. Please fill in the User name and Password.</source>
        <translation>Mae&apos;r gweinydd post {name} yn gofyn am enw defnyddiwr a chyfrinair. Llenwch yr Enw defnyddiwr a&apos;r Cyfrinair.</translation>
    </message>
    <message>
        <source>The mail server {name} closed the connection. Please check the Security matches the Port (STARTTLS with 587, SSL/TLS with 465), then try again.</source>
        <translation>Caeodd y gweinydd post {name} y cysylltiad. Gwiriwch fod y Diogelwch yn cyfateb i&apos;r Porth (STARTTLS gyda 587, SSL/TLS gyda 465), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The mail server {name} could not be reached. Please check the Server name and the Port, and that this computer is online.</source>
        <translation>Methu cyrraedd y gweinydd post {name}. Gwiriwch Enw&apos;r gweinydd a&apos;r Porth, a bod y cyfrifiadur hwn ar-lein.</translation>
    </message>
    <message>
        <source>The mail server {name} did not accept the user name and password. Please check the Password (and the User name), then try again.</source>
        <translation>Wnaeth y gweinydd post {name} ddim derbyn yr enw defnyddiwr a&apos;r cyfrinair. Gwiriwch y Cyfrinair (a&apos;r Enw defnyddiwr), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The mail server {name} does not offer STARTTLS on port {port}. Please check the Security and the Port: many servers use SSL/TLS on port 465 instead.</source>
        <translation>Dydy&apos;r gweinydd post {name} ddim yn cynnig STARTTLS ar borth {port}. Gwiriwch y Diogelwch a&apos;r Porth: mae llawer o weinyddion yn defnyddio SSL/TLS ar borth 465 yn lle hynny.</translation>
    </message>
    <message>
        <source>The mail server {name} is not taking connections on port {port}. Please check the Port (often 587 or 465), or try again later.</source>
        <translation>Dydy&apos;r gweinydd post {name} ddim yn derbyn cysylltiadau ar borth {port}. Gwiriwch y Porth (587 neu 465 yn aml), neu rhowch gynnig arall arni nes ymlaen.</translation>
    </message>
    <message>
        <source>The mail server {name} refused a safe (TLS) connection on port {port}. Please check the Security matches the Port: STARTTLS with 587, SSL/TLS with 465.</source>
        <translation>Gwrthododd y gweinydd post {name} gysylltiad diogel (TLS) ar borth {port}. Gwiriwch fod y Diogelwch yn cyfateb i&apos;r Porth: STARTTLS gyda 587, SSL/TLS gyda 465.</translation>
    </message>
    <message>
        <source>The mail server {name} said no ({smtp_code}). Please check the settings, or ask your email provider.</source>
        <translation>Dywedodd y gweinydd post {name} na ({smtp_code}). Gwiriwch y gosodiadau, neu gofynnwch i&apos;ch darparwr e-bost.</translation>
    </message>
    <message>
        <source>The mail server {name} took too long to answer on port {port}. Please check the Port and the Server name, and that this computer is online.</source>
        <translation>Cymerodd y gweinydd post {name} ormod o amser i ateb ar borth {port}. Gwiriwch y Porth ac Enw&apos;r gweinydd, a bod y cyfrifiadur hwn ar-lein.</translation>
    </message>
    <message>
        <source>The mail server {name} would not send from {value}. Please check the Sender address is one this account may send from.</source>
        <translation>Wnaeth y gweinydd post {name} ddim anfon o {value}. Gwiriwch fod Cyfeiriad yr anfonwr yn un y caiff y cyfrif hwn anfon ohono.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not valid for {name}, or is not signed by an authority this computer trusts, so nothing was sent. Please check the Server name is exactly the one your email provider gives.</source>
        <translation>Dydy tystysgrif y gweinydd post ddim yn ddilys ar gyfer {name}, neu dydy hi ddim wedi&apos;i llofnodi gan awdurdod y mae&apos;r cyfrifiadur hwn yn ymddiried ynddo, felly chafodd dim byd ei anfon. Gwiriwch mai Enw&apos;r gweinydd yw&apos;r union un y mae eich darparwr e-bost yn ei roi.</translation>
    </message>
    <message>
        <source>The new copy of the data file did not pass its check, so nothing was changed. ({problems})</source>
        <translation>Wnaeth y copi newydd o&apos;r ffeil ddata ddim pasio ei wiriad, felly chafodd dim byd ei newid. ({problems})</translation>
    </message>
    <message>
        <source>The newest good backup is {backup} (made {day} {month} {year} at {clock}). To use it, choose File, then Restore from backup, or run: partapp restore &quot;{backup}&quot;</source>
        <translation>Y copi wrth gefn da mwyaf newydd yw {backup} (a wnaed {day} {month} {year} am {clock}). I&apos;w ddefnyddio, dewiswch Ffeil, yna Adfer o gopi wrth gefn, neu rhedwch: partapp restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>The person&apos;s details were erased. Their record is now {ref}, called “{name}”.</source>
        <translation>Cafodd manylion y person eu dileu. {ref} yw eu cofnod nawr, o&apos;r enw “{name}”.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535. Most servers use 5432.</source>
        <translation>Mae&apos;r porth yn rhif o 1 i 65535. Mae&apos;r rhan fwyaf o weinyddion yn defnyddio 5432.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535. Most servers use 587 (STARTTLS) or 465 (SSL/TLS).</source>
        <translation>Mae&apos;r porth yn rhif o 1 i 65535. Mae&apos;r rhan fwyaf o weinyddion yn defnyddio 587 (STARTTLS) neu 465 (SSL/TLS).</translation>
    </message>
    <message>
        <source>The reason for the decision</source>
        <translation>Y rheswm dros y penderfyniad</translation>
    </message>
    <message>
        <source>The reference {ref} is already used by someone else. Please choose another, or leave it empty.</source>
        <translation>Mae rhywun arall yn defnyddio&apos;r cyfeirnod {ref} yn barod. Dewiswch un arall, neu gadewch ef yn wag.</translation>
    </message>
    <message>
        <source>The restore did not finish as it should. The copy made before it is {path}.</source>
        <translation>Wnaeth yr adfer ddim gorffen fel y dylai. Y copi a wnaed cyn hynny yw {path}.</translation>
    </message>
    <message>
        <source>The sender address should look like name@example.org.</source>
        <translation>Dylai cyfeiriad yr anfonwr edrych fel enw@example.org.</translation>
    </message>
    <message>
        <source>The server at {where} did not accept the password for {user}. Type the password again (Settings, Database server, or partapp --server-password), or ask your IT support for the right one.</source>
        <translation>Wnaeth y gweinydd yn {where} ddim derbyn y cyfrinair ar gyfer {user}. Teipiwch y cyfrinair eto (Gosodiadau, Gweinydd cronfa ddata, neu partapp --server-password), neu gofynnwch i&apos;ch cymorth TG am yr un cywir.</translation>
    </message>
    <message>
        <source>The server at {where} did not answer. Check the computer is on the network, then try again.</source>
        <translation>Wnaeth y gweinydd yn {where} ddim ateb. Gwiriwch fod y cyfrifiadur ar y rhwydwaith, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The server at {where} does not let {user} connect from this computer. Ask your IT support to allow it.</source>
        <translation>Dydy&apos;r gweinydd yn {where} ddim yn gadael i {user} gysylltu o&apos;r cyfrifiadur hwn. Gofynnwch i&apos;ch cymorth TG ei ganiatáu.</translation>
    </message>
    <message>
        <source>The server at {where} has no database called {database}. Check its name in Settings, Database server (or the address).</source>
        <translation>Does gan y gweinydd yn {where} ddim cronfa ddata o&apos;r enw {database}. Gwiriwch ei henw yn Gosodiadau, Gweinydd cronfa ddata (neu&apos;r cyfeiriad).</translation>
    </message>
    <message>
        <source>The server at {where} is busy: too many computers are connected to it. Wait a minute, then try again.</source>
        <translation>Mae&apos;r gweinydd yn {where} yn brysur: mae gormod o gyfrifiaduron wedi cysylltu ag ef. Arhoswch funud, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The server at {where} is not taking connections. Check the server is running and the port is right, then try again.</source>
        <translation>Dydy&apos;r gweinydd yn {where} ddim yn derbyn cysylltiadau. Gwiriwch fod y gweinydd yn rhedeg a bod y porth yn gywir, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The server at {where} needs a password for {user}, and none is kept on this computer. Type it in Settings, Database server, or run partapp --server-password.</source>
        <translation>Mae angen cyfrinair ar y gweinydd yn {where} ar gyfer {user}, a does dim un yn cael ei gadw ar y cyfrifiadur hwn. Teipiwch ef yn Gosodiadau, Gweinydd cronfa ddata, neu rhedwch partapp --server-password.</translation>
    </message>
    <message>
        <source>The server at {where} only takes connections that use TLS. In Settings, Database server, set TLS to Always (or add ?sslmode=require to the address).</source>
        <translation>Dim ond cysylltiadau sy&apos;n defnyddio TLS mae&apos;r gweinydd yn {where} yn eu derbyn. Yn Gosodiadau, Gweinydd cronfa ddata, gosodwch TLS i Bob amser (neu ychwanegwch ?sslmode=require at y cyfeiriad).</translation>
    </message>
    <message>
        <source>The server checks each page it reads (data checksums are on).</source>
        <translation>Mae&apos;r gweinydd yn gwirio pob tudalen mae&apos;n ei darllen (mae symiau gwirio data ymlaen).</translation>
    </message>
    <message>
        <source>The server could not be reached. Check it is running and this computer is online.</source>
        <translation>Methu cyrraedd y gweinydd. Gwiriwch ei fod yn rhedeg a bod y cyfrifiadur hwn ar-lein.</translation>
    </message>
    <message>
        <source>The server database already has tables in it. move-to copies into an empty database only, so that nothing there is overwritten. Ask whoever runs the server for a new, empty one. Nothing was copied.</source>
        <translation>Mae tablau yn y gronfa ddata ar y gweinydd yn barod. Mae move-to yn copïo i gronfa ddata wag yn unig, fel nad oes dim byd yno&apos;n cael ei ysgrifennu drosto. Gofynnwch i bwy bynnag sy&apos;n rhedeg y gweinydd am un newydd, wag. Chafodd dim byd ei gopïo.</translation>
    </message>
    <message>
        <source>The server database answers and every table can be read: {people}, {suggestions}, {feedback}.</source>
        <translation>Mae cronfa ddata&apos;r gweinydd yn ateb, ac mae modd darllen pob tabl: {people}, {suggestions}, {feedback}.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password in the database address.</source>
        <translation>Wnaeth y gweinydd ddim derbyn yr enw defnyddiwr na&apos;r cyfrinair yng nghyfeiriad y gronfa ddata.</translation>
    </message>
    <message>
        <source>The server name is just the name, such as db.example.org, with no spaces, @ or /.</source>
        <translation>Dim ond yr enw yw enw&apos;r gweinydd, fel db.example.org, heb fylchau, @ na /.</translation>
    </message>
    <message>
        <source>The server name is just the name, such as smtp.example.org, with no spaces, @ or /.</source>
        <translation>Dim ond yr enw yw enw&apos;r gweinydd, fel smtp.example.org, heb fylchau, @ na /.</translation>
    </message>
    <message>
        <source>The server refused a row of the {name} table (a file lets in some values a server does not, such as text longer than its column). Nothing was kept on the server, and the data file was not changed. ({name2})</source>
        <translation>Gwrthododd y gweinydd res o&apos;r tabl {name} (mae ffeil yn derbyn rhai gwerthoedd nad yw gweinydd yn eu derbyn, fel testun sy&apos;n hirach na&apos;i golofn). Chafodd dim byd ei gadw ar y gweinydd, a chafodd y ffeil ddata mo&apos;i newid. ({name2})</translation>
    </message>
    <message>
        <source>The server&apos;s user in the database address is not allowed to do this.</source>
        <translation>Does dim hawl gan ddefnyddiwr y gweinydd yng nghyfeiriad y gronfa ddata i wneud hyn.</translation>
    </message>
    <message>
        <source>The signer&apos;s job title</source>
        <translation>Teitl swydd y llofnodwr</translation>
    </message>
    <message>
        <source>The text of {count} letters sent to them was removed.</source>
        <translation>Cafodd testun {count} llythyr a anfonwyd atyn nhw ei dynnu.</translation>
    </message>
    <message>
        <source>The two did not match. Nothing was changed.</source>
        <translation>Doedd y ddau ddim yr un fath. Chafodd dim byd ei newid.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd ddim yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>Dydy&apos;r ddau gyfrinair ddim yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>The user name {name} is already taken. Please choose another.</source>
        <translation>Mae&apos;r enw defnyddiwr {name} wedi&apos;i gymryd yn barod. Dewiswch un arall.</translation>
    </message>
    <message>
        <source>The user {user} may not change the database {database} on the server at {where}. Ask your IT support to make {user} the database&apos;s owner.</source>
        <translation>Chaiff y defnyddiwr {user} ddim newid y gronfa ddata {database} ar y gweinydd yn {where}. Gofynnwch i&apos;ch cymorth TG wneud {user} yn berchennog y gronfa ddata.</translation>
    </message>
    <message>
        <source>The wait before asking if a change made a difference must be between 1 and 52 weeks. Most organisations use 8.</source>
        <translation>Rhaid i&apos;r aros cyn gofyn a wnaeth newid wahaniaeth fod rhwng 1 a 52 wythnos. Mae&apos;r rhan fwyaf o sefydliadau&apos;n defnyddio 8.</translation>
    </message>
    <message>
        <source>The year must start in a month from 1 to 12.</source>
        <translation>Rhaid i&apos;r flwyddyn ddechrau mewn mis o 1 i 12.</translation>
    </message>
    <message>
        <source>The {what} could not be made: {name} stopped with a problem. Check it is installed properly, then try again.</source>
        <translation>Methu gwneud y {what}: stopiodd {name} gyda phroblem. Gwiriwch ei fod wedi&apos;i osod yn iawn, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Their name, address or contact details were taken out of {where} (suggestions, decisions, notes, letters).</source>
        <translation>Cafodd eu henw, eu cyfeiriad neu eu manylion cyswllt eu tynnu o {where} (awgrymiadau, penderfyniadau, nodiadau, llythyrau).</translation>
    </message>
    <message>
        <source>There are no letters to mark as sent.</source>
        <translation>Does dim llythyrau i&apos;w marcio fel rhai wedi&apos;u hanfon.</translation>
    </message>
    <message>
        <source>There are no staff users, so sign-in is off.</source>
        <translation>Does dim defnyddwyr staff, felly mae mewngofnodi wedi&apos;i ddiffodd.</translation>
    </message>
    <message>
        <source>There are two columns called “{text}”. Please remove one of them.</source>
        <translation>Mae dwy golofn o&apos;r enw “{text}”. Tynnwch un ohonyn nhw.</translation>
    </message>
    <message>
        <source>There is a {{ without a }} to close it, in “{shown}”. Fields look like {{first_name}}. To print a {{ on its own, type {{{{.</source>
        <translation>Mae {{ heb }} i&apos;w gau, yn “{shown}”. Mae meysydd yn edrych fel {{first_name}}. I argraffu {{ ar ei ben ei hun, teipiwch {{{{.</translation>
    </message>
    <message>
        <source>There is a }} without a {{ before it, in “{shown}”. Fields look like {{first_name}}. To print a }} on its own, type }}}}.</source>
        <translation>Mae }} heb {{ o&apos;i flaen, yn “{shown}”. Mae meysydd yn edrych fel {{first_name}}. I argraffu }} ar ei ben ei hun, teipiwch }}}}.</translation>
    </message>
    <message>
        <source>There is already a file called {name} in {folder}. Please choose another folder, or move that file first.</source>
        <translation>Mae ffeil o&apos;r enw {name} yn {folder} yn barod. Dewiswch ffolder arall, neu symudwch y ffeil honno yn gyntaf.</translation>
    </message>
    <message>
        <source>There is already a {what} called “{name}”.</source>
        <translation>Mae {what} o&apos;r enw “{name}” yn bod yn barod.</translation>
    </message>
    <message>
        <source>There is already an office called &quot;{name}&quot;. Please choose another name.</source>
        <translation>Mae swyddfa o&apos;r enw &quot;{name}&quot; yn barod. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>There is an empty {}. Put a field name inside the brackets, like {first_name}.</source>
        <translation>Mae {} gwag. Rhowch enw maes y tu mewn i&apos;r cromfachau, fel {first_name}.</translation>
    </message>
    <message>
        <source>There is no address for this person. Please add one before posting.</source>
        <translation>Does dim cyfeiriad ar gyfer y person hwn. Ychwanegwch un cyn postio.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Does dim ffeil copi wrth gefn yn {path}.</translation>
    </message>
    <message>
        <source>There is no backup file at {source}.</source>
        <translation>Does dim ffeil copi wrth gefn yn {source}.</translation>
    </message>
    <message>
        <source>There is no data file at {db_path} to back up.</source>
        <translation>Does dim ffeil ddata yn {db_path} i wneud copi wrth gefn ohoni.</translation>
    </message>
    <message>
        <source>There is no data file at {path} to move.</source>
        <translation>Does dim ffeil ddata yn {path} i&apos;w symud.</translation>
    </message>
    <message>
        <source>There is no data file at {path}.</source>
        <translation>Does dim ffeil ddata yn {path}.</translation>
    </message>
    <message>
        <source>There is no data file at {path}. Check the name and try again.</source>
        <translation>Does dim ffeil ddata yn {path}. Gwiriwch yr enw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>There is no folder at {path}. Plug in the USB stick or make the folder, then try again.</source>
        <translation>Does dim ffolder yn {path}. Rhowch y cof bach USB i mewn neu gwnewch y ffolder, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>There is no group called “{name}”. Please use one of: {allowed}. You can add groups in Settings.</source>
        <translation>Does dim grŵp o&apos;r enw “{name}”. Defnyddiwch un o: {allowed}. Gallwch ychwanegu grwpiau yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>There is no office called &quot;{name}&quot;. The offices are: {names}.</source>
        <translation>Does dim swyddfa o&apos;r enw &quot;{name}&quot;. Y swyddfeydd yw: {names}.</translation>
    </message>
    <message>
        <source>There is no password for the mail server on this computer. Please type it in Settings, Mail server.</source>
        <translation>Does dim cyfrinair ar gyfer y gweinydd post ar y cyfrifiadur hwn. Teipiwch ef yn Gosodiadau, Gweinydd post.</translation>
    </message>
    <message>
        <source>There is no person with the id {person_id}.</source>
        <translation>Does dim person â&apos;r rhif adnabod {person_id}.</translation>
    </message>
    <message>
        <source>There is no user called {name}.</source>
        <translation>Does dim defnyddiwr o&apos;r enw {name}.</translation>
    </message>
    <message>
        <source>There is no user called {user}. See them with: partapp users list</source>
        <translation>Does dim defnyddiwr o&apos;r enw {user}. Gwelwch nhw gyda: partapp users list</translation>
    </message>
    <message>
        <source>There is no {name} wording for this letter yet, so it is in English. You can add {name} wording in Settings.</source>
        <translation>Does dim geiriad {name} ar gyfer y llythyr hwn eto, felly mae yn Saesneg. Gallwch ychwanegu geiriad {name} yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>There is nobody with the reference {refs}.</source>
        <translation>Does neb gyda&apos;r cyfeirnod {refs}.</translation>
    </message>
    <message>
        <source>There is nobody with the reference {ref}.</source>
        <translation>Does neb â&apos;r cyfeirnod {ref}.</translation>
    </message>
    <message>
        <source>There is nobody with the reference {text}. Check it on the person&apos;s page.</source>
        <translation>Does neb â&apos;r cyfeirnod {text}. Gwiriwch ef ar dudalen y person.</translation>
    </message>
    <message>
        <source>There is nothing to import. The workbook needs a sheet called People or Suggestions, with the column names in the first row.</source>
        <translation>Does dim i&apos;w fewnforio. Mae angen dalen o&apos;r enw People neu Suggestions yn y llyfr gwaith, gydag enwau&apos;r colofnau yn y rhes gyntaf.</translation>
    </message>
    <message>
        <source>There is one office, so the app shows nothing about offices. Add another with: partapp offices add NAME --first NAME</source>
        <translation>Mae un swyddfa, felly dydy&apos;r ap yn dangos dim am swyddfeydd. Ychwanegwch un arall gyda: partapp offices add ENW --first ENW</translation>
    </message>
    <message>
        <source>There must always be one office in use.</source>
        <translation>Rhaid cael un swyddfa yn cael ei defnyddio bob amser.</translation>
    </message>
    <message>
        <source>There was nothing new to add.</source>
        <translation>Doedd dim byd newydd i&apos;w ychwanegu.</translation>
    </message>
    <message>
        <source>They are not marked as sent yet.</source>
        <translation>Dydyn nhw ddim wedi&apos;u nodi fel rhai wedi&apos;u hanfon eto.</translation>
    </message>
    <message>
        <source>This change is not done yet, so nobody can say if it made a difference. Please choose a change that is done.</source>
        <translation>Dydy&apos;r newid hwn ddim wedi&apos;i wneud eto, felly all neb ddweud a wnaeth wahaniaeth. Dewiswch newid sydd wedi&apos;i wneud.</translation>
    </message>
    <message>
        <source>This column is missing. Please add it to the first row, which holds the column names.</source>
        <translation>Mae&apos;r golofn hon ar goll. Ychwanegwch hi at y rhes gyntaf, sy&apos;n dal enwau&apos;r colofnau.</translation>
    </message>
    <message>
        <source>This copy of Participation Tracker cannot use passphrases: the encryption part is not installed. Ask whoever installed it to add it (pip install partapp[encryption]).</source>
        <translation>All y copi hwn o Participation Tracker ddim defnyddio cyfrinymadroddion: dydy&apos;r rhan amgryptio ddim wedi&apos;i gosod. Gofynnwch i bwy bynnag a&apos;i gosododd i&apos;w hychwanegu (pip install partapp[encryption]).</translation>
    </message>
    <message>
        <source>This data file already has records. Sample data can only go into an empty file.</source>
        <translation>Mae cofnodion yn y ffeil ddata hon yn barod. Dim ond i ffeil wag y gall data enghreifftiol fynd.</translation>
    </message>
    <message>
        <source>This data file has no passphrase to remove.</source>
        <translation>Does dim cyfrinymadrodd i&apos;w dynnu ar y ffeil ddata hon.</translation>
    </message>
    <message>
        <source>This data file is already protected with a passphrase.</source>
        <translation>Mae&apos;r ffeil ddata hon wedi&apos;i diogelu â chyfrinymadrodd yn barod.</translation>
    </message>
    <message>
        <source>This data file is marked with more than one version. Choose another file or restore a backup.</source>
        <translation>Mae mwy nag un fersiwn wedi&apos;i nodi ar y ffeil ddata hon. Dewiswch ffeil arall neu adferwch gopi wrth gefn.</translation>
    </message>
    <message>
        <source>This data file was made by a newer version of Participation Tracker. Please install the newer version to open it. Nothing in the file was changed.</source>
        <translation>Cafodd y ffeil ddata hon ei gwneud gan fersiwn mwy newydd o Participation Tracker. Gosodwch y fersiwn mwy newydd i&apos;w hagor. Chafodd dim byd yn y ffeil ei newid.</translation>
    </message>
    <message>
        <source>This database was not made by Participation Tracker. Choose another file.</source>
        <translation>Chafodd y gronfa ddata hon mo&apos;i gwneud gan Participation Tracker. Dewiswch ffeil arall.</translation>
    </message>
    <message>
        <source>This file holds only zeros ({size:,} bytes) and no records: it is not a data file. This happens when a copy did not finish or a disk failed.</source>
        <translation>Does dim ond sero yn y ffeil hon ({size:,} beit) a dim cofnodion: dydy hi ddim yn ffeil ddata. Mae hyn yn digwydd pan na orffennodd copi neu pan fethodd disg.</translation>
    </message>
    <message>
        <source>This file is empty (it has 0 bytes): nothing was ever saved into it. This happens when a copy did not finish.</source>
        <translation>Mae&apos;r ffeil hon yn wag (0 beit): chafodd dim byd erioed ei gadw ynddi. Mae hyn yn digwydd pan na orffennodd copi.</translation>
    </message>
    <message>
        <source>This file is empty. The first row should hold the column names.</source>
        <translation>Mae&apos;r ffeil hon yn wag. Dylai&apos;r rhes gyntaf ddal enwau&apos;r colofnau.</translation>
    </message>
    <message>
        <source>This file is not a Participation Tracker data file (it is not a database at all), or its start is badly damaged.</source>
        <translation>Dydy&apos;r ffeil hon ddim yn ffeil ddata Participation Tracker (dydy hi ddim yn gronfa ddata o gwbl), neu mae ei dechrau wedi&apos;i difrodi&apos;n ddrwg.</translation>
    </message>
    <message>
        <source>This file is {what}, not a Participation Tracker data file.</source>
        <translation>Math y ffeil hon: {what}. Dydy hi ddim yn ffeil ddata Participation Tracker.</translation>
    </message>
    <message>
        <source>This is a SQLite file made by another program (it holds tables such as {shown}), not a Participation Tracker data file.</source>
        <translation>Ffeil SQLite a wnaed gan raglen arall yw hon (mae&apos;n dal tablau fel {shown}), nid ffeil ddata Participation Tracker.</translation>
    </message>
    <message>
        <source>This is a database with nothing in it: no tables and no records.</source>
        <translation>Cronfa ddata heb ddim byd ynddi yw hon: dim tablau a dim cofnodion.</translation>
    </message>
    <message>
        <source>This is a text file, not a Participation Tracker data file.</source>
        <translation>Ffeil destun yw hon, nid ffeil ddata Participation Tracker.</translation>
    </message>
    <message>
        <source>This is an easy read letter, but {label} ({which}) {problems}. Please make it easier before printing. You can change it {where}.</source>
        <translation>Llythyr hawdd ei ddarllen yw hwn, ond mae problem gyda&apos;r testun hwn: {label} ({which}). Mae&apos;n {problems}. Gwnewch e&apos;n haws cyn argraffu. Gallwch ei newid {where}.</translation>
    </message>
    <message>
        <source>This is not a server address. It looks like postgresql+psycopg://user@server/database.</source>
        <translation>Dydy hwn ddim yn gyfeiriad gweinydd. Mae&apos;n edrych fel postgresql+psycopg://user@server/database.</translation>
    </message>
    <message>
        <source>This is the only administrator. Please make someone else an administrator first.</source>
        <translation>Dyma&apos;r unig weinyddwr. Gwnewch rywun arall yn weinyddwr yn gyntaf.</translation>
    </message>
    <message>
        <source>This person did not raise any of the suggestions behind this change. Please choose someone who did.</source>
        <translation>Wnaeth y person hwn ddim codi unrhyw un o&apos;r awgrymiadau y tu ôl i&apos;r newid hwn. Dewiswch rywun a wnaeth.</translation>
    </message>
    <message>
        <source>This person is not waiting to hear from you. To write to them anyway, choose the suggestions.</source>
        <translation>Dydy&apos;r person hwn ddim yn aros i glywed gennych chi. I ysgrifennu ato beth bynnag, dewiswch yr awgrymiadau.</translation>
    </message>
    <message>
        <source>This person withdrew their consent on {day}. Please check before sending.</source>
        <translation>Cafodd caniatâd y person hwn ei dynnu&apos;n ôl ar {day}. Gwiriwch cyn anfon.</translation>
    </message>
    <message>
        <source>This person&apos;s details were already erased.</source>
        <translation>Cafodd manylion y person hwn eu dileu yn barod.</translation>
    </message>
    <message>
        <source>This person&apos;s details were removed, so there is no history to show.</source>
        <translation>Cafodd manylion y person hwn eu tynnu, felly does dim hanes i&apos;w ddangos.</translation>
    </message>
    <message>
        <source>This server database was made by a newer version of Participation Tracker. Please install the newer version.</source>
        <translation>Cafodd y gronfa ddata hon ar y gweinydd ei gwneud gan fersiwn mwy newydd o Participation Tracker. Gosodwch y fersiwn mwy newydd.</translation>
    </message>
    <message>
        <source>This server database was not made by Participation Tracker (it has no version table).</source>
        <translation>Nid Participation Tracker wnaeth y gronfa ddata hon ar y gweinydd (does dim tabl fersiwn ynddi).</translation>
    </message>
    <message>
        <source>This wording is too long. Please keep each part to {max_part_length} characters or fewer.</source>
        <translation>Mae&apos;r geiriad hwn yn rhy hir. Cadwch bob rhan i {max_part_length} nod neu lai.</translation>
    </message>
    <message>
        <source>To start a new data file, choose File, then New data file, or run partapp init with a new file name.</source>
        <translation>I ddechrau ffeil ddata newydd, dewiswch Ffeil, yna Ffeil ddata newydd, neu rhedwch partapp init gydag enw ffeil newydd.</translation>
    </message>
    <message>
        <source>Type YES to go on: </source>
        <translation>Teipiwch YES i fynd ymlaen: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Teipiwch e eto: </translation>
    </message>
    <message>
        <source>Updated {people}.</source>
        <translation>Diweddarwyd {people}.</translation>
    </message>
    <message>
        <source>We can only read .xlsx workbooks and CSV files. Please save it as an Excel workbook (.xlsx) or as CSV, then try again.</source>
        <translation>Dim ond llyfrau gwaith .xlsx a ffeiliau CSV y gallwn ni eu darllen. Cadwch hi fel llyfr gwaith Excel (.xlsx) neu fel CSV, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>We cannot find this file. Please check it is in {parent} and try again.</source>
        <translation>Allwn ni ddim dod o hyd i&apos;r ffeil hon. Gwiriwch ei bod yn {parent} a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>We cannot open this as an Excel workbook. It may be damaged or protected with a password. Please save it again as .xlsx (without a password) and try again.</source>
        <translation>Allwn ni ddim agor hon fel llyfr gwaith Excel. Efallai ei bod wedi&apos;i difrodi neu wedi&apos;i diogelu â chyfrinair. Cadwch hi eto fel .xlsx (heb gyfrinair) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>We cannot open this file ({strerror}). If it is open in another program, close it and try again.</source>
        <translation>Allwn ni ddim agor y ffeil hon ({strerror}). Os yw ar agor mewn rhaglen arall, caewch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>We cannot read the letters in this file. Please save it again as “CSV UTF-8” and try again.</source>
        <translation>Allwn ni ddim darllen y llythrennau yn y ffeil hon. Cadwch hi eto fel “CSV UTF-8” a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>We cannot read this file as CSV after row {count}. Please open it in your spreadsheet program, save it as CSV again and try again.</source>
        <translation>Allwn ni ddim darllen y ffeil hon fel CSV ar ôl rhes {count}. Agorwch hi yn eich rhaglen daenlen, cadwch hi fel CSV eto a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>We cannot save the files in {folder} ({strerror}). Please choose another folder.</source>
        <translation>Allwn ni ddim cadw&apos;r ffeiliau yn {folder} ({strerror}). Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>We cannot tell if this is a list of people or of suggestions. The first row should hold the column names: ref, first_name... for people, or date, suggestion... for suggestions.</source>
        <translation>Allwn ni ddim dweud ai rhestr o bobl neu o awgrymiadau yw hon. Dylai&apos;r rhes gyntaf ddal enwau&apos;r colofnau: ref, first_name... ar gyfer pobl, neu date, suggestion... ar gyfer awgrymiadau.</translation>
    </message>
    <message>
        <source>What we can do instead</source>
        <translation>Beth allwn ni ei wneud yn lle hynny</translation>
    </message>
    <message>
        <source>What we did (the change)</source>
        <translation>Beth wnaethon ni (y newid)</translation>
    </message>
    <message>
        <source>Who it was passed on to</source>
        <translation>At bwy y cafodd ei basio</translation>
    </message>
    <message>
        <source>Who to contact if someone is not happy</source>
        <translation>Pwy i gysylltu â nhw os nad yw rhywun yn hapus</translation>
    </message>
    <message>
        <source>Wrote {n} audio file beside {beside}: {names}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} ffeil sain wrth ymyl {beside}: {names}.</translation>
    </message>
    <message>
        <source>Wrote {n} audio file: {names}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} ffeil sain: {names}.</translation>
    </message>
    <message>
        <source>Wrote {n} audio files beside {beside}: {names}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} o ffeiliau sain wrth ymyl {beside}: {names}.</translation>
    </message>
    <message>
        <source>Wrote {n} audio files: {names}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} o ffeiliau sain: {names}.</translation>
    </message>
    <message>
        <source>Wrote {n} audit entries to {file}</source>
        <translation>Rydyn ni wedi ysgrifennu {n} o gofnodion archwilio yn {file}</translation>
    </message>
    <message>
        <source>Wrote {n} audit entry to {file}</source>
        <translation>Rydyn ni wedi ysgrifennu {n} cofnod archwilio yn {file}</translation>
    </message>
    <message>
        <source>Wrote {n} braille file beside {beside}: {names}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} ffeil braille wrth ymyl {beside}: {names}.</translation>
    </message>
    <message>
        <source>Wrote {n} braille file: {names}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} ffeil braille: {names}.</translation>
    </message>
    <message>
        <source>Wrote {n} braille files beside {beside}: {names}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} o ffeiliau braille wrth ymyl {beside}: {names}.</translation>
    </message>
    <message>
        <source>Wrote {n} braille files: {names}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} o ffeiliau braille: {names}.</translation>
    </message>
    <message>
        <source>Wrote {n} email ready to send beside {beside}: {names}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} e-bost yn barod i&apos;w anfon wrth ymyl {beside}: {names}.</translation>
    </message>
    <message>
        <source>Wrote {n} email ready to send: {names}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} e-bost yn barod i&apos;w anfon: {names}.</translation>
    </message>
    <message>
        <source>Wrote {n} emails ready to send beside {beside}: {names}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} o negeseuon e-bost yn barod i&apos;w hanfon wrth ymyl {beside}: {names}.</translation>
    </message>
    <message>
        <source>Wrote {n} emails ready to send: {names}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} o negeseuon e-bost yn barod i&apos;w hanfon: {names}.</translation>
    </message>
    <message>
        <source>Wrote {n} file to {folder}</source>
        <translation>Rydyn ni wedi ysgrifennu {n} ffeil yn {folder}</translation>
    </message>
    <message>
        <source>Wrote {n} files to {folder}</source>
        <translation>Rydyn ni wedi ysgrifennu {n} o ffeiliau yn {folder}</translation>
    </message>
    <message>
        <source>Wrote {n} letter to {name}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} llythyr yn {name}.</translation>
    </message>
    <message>
        <source>Wrote {n} letters to {name}.</source>
        <translation>Rydyn ni wedi ysgrifennu {n} o lythyrau yn {name}.</translation>
    </message>
    <message>
        <source>You can only put records in the offices you work in. Please choose one of them.</source>
        <translation>Dim ond yn y swyddfeydd rydych chi&apos;n gweithio ynddyn nhw y gallwch chi roi cofnodion. Dewiswch un ohonyn nhw.</translation>
    </message>
    <message>
        <source>You can only see the offices you work in. Please ask an administrator if you need another one.</source>
        <translation>Dim ond y swyddfeydd rydych chi&apos;n gweithio ynddyn nhw y gallwch chi eu gweld. Gofynnwch i weinyddwr os oes angen un arall arnoch chi.</translation>
    </message>
    <message>
        <source>You can only see the offices you work in. Please ask an administrator if you need to see all of them.</source>
        <translation>Dim ond y swyddfeydd rydych chi&apos;n gweithio ynddyn nhw y gallwch chi eu gweld. Gofynnwch i weinyddwr os oes angen i chi weld pob un.</translation>
    </message>
    <message>
        <source>Your account has been turned off. Please ask an administrator.</source>
        <translation>Mae eich cyfrif wedi&apos;i ddiffodd. Gofynnwch i weinyddwr.</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Eich cyfeiriad</translation>
    </message>
    <message>
        <source>Your current password is not right. Please try again.</source>
        <translation>Dydy eich cyfrinair presennol ddim yn iawn. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>dogfen PDF</translation>
    </message>
    <message>
        <source>a Word, Excel or zip file</source>
        <translation>ffeil Word, Excel neu zip</translation>
    </message>
    <message>
        <source>a coordinator or an administrator</source>
        <translation>cydlynydd neu weinyddwr</translation>
    </message>
    <message>
        <source>a few words about the call</source>
        <translation>ychydig eiriau am yr alwad</translation>
    </message>
    <message>
        <source>a photo (JPEG)</source>
        <translation>ffotograff (JPEG)</translation>
    </message>
    <message>
        <source>a picture (GIF)</source>
        <translation>llun (GIF)</translation>
    </message>
    <message>
        <source>a picture (PNG)</source>
        <translation>llun (PNG)</translation>
    </message>
    <message>
        <source>activity {n}</source>
        <translation>gweithgaredd {n}</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>gweinyddwr</translation>
    </message>
    <message>
        <source>an old Word or Excel file</source>
        <translation>hen ffeil Word neu Excel</translation>
    </message>
    <message>
        <source>another program, or the app on another computer, has the file open. Close it first</source>
        <translation>mae rhaglen arall, neu&apos;r ap ar gyfrifiadur arall, wedi agor y ffeil. Caewch hi yn gyntaf</translation>
    </message>
    <message>
        <source>at {clock} on {day} {month} {year}</source>
        <translation>am {clock} ar {day} {month} {year}</translation>
    </message>
    <message>
        <source>at {clock} today</source>
        <translation>am {clock} heddiw</translation>
    </message>
    <message>
        <source>back up the server database</source>
        <translation>gwneud copi wrth gefn o&apos;r gronfa ddata ar y gweinydd</translation>
    </message>
    <message>
        <source>by writing an easy read version: in Settings, on the Organisation tab, fill in “Who they can contact: easy read version”</source>
        <translation>drwy ysgrifennu fersiwn hawdd ei darllen: yn y Gosodiadau, ar y tab Eich sefydliad, llenwch “Pwy y gallan nhw gysylltu â nhw: fersiwn hawdd ei darllen”</translation>
    </message>
    <message>
        <source>by writing an easy read version: on the Activities page, open the activity and fill in “Title: easy read version”</source>
        <translation>drwy ysgrifennu fersiwn hawdd ei darllen: ar y dudalen Gweithgareddau, agorwch y gweithgaredd a llenwch “Teitl: fersiwn hawdd ei darllen”</translation>
    </message>
    <message>
        <source>by writing an easy read version: on the Changes page, open the change and fill in “What changed: easy read version”</source>
        <translation>drwy ysgrifennu fersiwn hawdd ei darllen: ar y dudalen Newidiadau, agorwch y newid a llenwch “Beth newidiodd: fersiwn hawdd ei darllen”</translation>
    </message>
    <message>
        <source>by writing an easy read version: on the Suggestions page, choose the suggestion, then “The decision in easy read”</source>
        <translation>drwy ysgrifennu fersiwn hawdd ei darllen: ar y dudalen Awgrymiadau, dewiswch yr awgrym, yna “Y penderfyniad hawdd ei ddarllen”</translation>
    </message>
    <message>
        <source>change</source>
        <translation>newid</translation>
    </message>
    <message>
        <source>change {n}</source>
        <translation>newid {n}</translation>
    </message>
    <message>
        <source>decision on suggestion {n}</source>
        <translation>penderfyniad ar awgrym {n}</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grŵp</translation>
    </message>
    <message>
        <source>has a sentence of {n} words (easy read needs {most} or fewer)</source>
        <translation>cynnwys brawddeg o {n} gair (mae angen {most} gair neu lai mewn testun hawdd ei ddarllen)</translation>
    </message>
    <message>
        <source>how it reached us</source>
        <translation>sut y daeth atom ni</translation>
    </message>
    <message>
        <source>how it was sent</source>
        <translation>sut y cafodd ei anfon</translation>
    </message>
    <message>
        <source>how much people were involved</source>
        <translation>faint y cymerodd pobl ran</translation>
    </message>
    <message>
        <source>how they like to hear back</source>
        <translation>sut maen nhw&apos;n hoffi clywed yn ôl</translation>
    </message>
    <message>
        <source>how they told us</source>
        <translation>sut y dywedon nhw wrthym ni</translation>
    </message>
    <message>
        <source>in Settings</source>
        <translation>yn y Gosodiadau</translation>
    </message>
    <message>
        <source>its start is damaged, so it cannot be read as a database</source>
        <translation>mae ei dechrau wedi&apos;i difrodi, felly does dim modd ei darllen fel cronfa ddata</translation>
    </message>
    <message>
        <source>mail server</source>
        <translation>gweinydd post</translation>
    </message>
    <message>
        <source>move-to copies a data file to a PostgreSQL server. Give its address, like postgresql+psycopg://user@server/database.</source>
        <translation>Mae move-to yn copïo ffeil ddata i weinydd PostgreSQL. Rhowch ei gyfeiriad, fel postgresql+psycopg://user@server/database.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>dim rheswm wedi&apos;i roi</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>dim un eto</translation>
    </message>
    <message>
        <source>on the Activities page: open the activity</source>
        <translation>ar y dudalen Gweithgareddau: agorwch y gweithgaredd</translation>
    </message>
    <message>
        <source>on the Changes page: open the change</source>
        <translation>ar y dudalen Newidiadau: agorwch y newid</translation>
    </message>
    <message>
        <source>on the Suggestions page (record the decision again with new words)</source>
        <translation>ar y dudalen Awgrymiadau (cofnodwch y penderfyniad eto â geiriau newydd)</translation>
    </message>
    <message>
        <source>on the Suggestions page: choose the suggestion, then “The decision in Welsh”</source>
        <translation>ar y dudalen Awgrymiadau: dewiswch yr awgrym, yna “Y penderfyniad yn Gymraeg”</translation>
    </message>
    <message>
        <source>organisation details</source>
        <translation>manylion y sefydliad</translation>
    </message>
    <message>
        <source>other needs</source>
        <translation>anghenion eraill</translation>
    </message>
    <message>
        <source>parts of it cannot be read</source>
        <translation>does dim modd darllen rhannau ohoni</translation>
    </message>
    <message>
        <source>read the backup</source>
        <translation>darllen y copi wrth gefn</translation>
    </message>
    <message>
        <source>restore the backup (the server database was not changed)</source>
        <translation>adfer y copi wrth gefn (chafodd y gronfa ddata ar y gweinydd mo&apos;i newid)</translation>
    </message>
    <message>
        <source>service</source>
        <translation>gwasanaeth</translation>
    </message>
    <message>
        <source>someone who is signed in</source>
        <translation>rhywun sydd wedi mewngofnodi</translation>
    </message>
    <message>
        <source>the Welsh part of the letter</source>
        <translation>rhan Gymraeg y llythyr</translation>
    </message>
    <message>
        <source>the access support given</source>
        <translation>y cymorth mynediad a roddwyd</translation>
    </message>
    <message>
        <source>the activity&apos;s title</source>
        <translation>teitl y gweithgaredd</translation>
    </message>
    <message>
        <source>the activity&apos;s title in Welsh</source>
        <translation>teitl y gweithgaredd yn Gymraeg</translation>
    </message>
    <message>
        <source>the activity&apos;s title, easy read version</source>
        <translation>teitl y gweithgaredd, fersiwn hawdd ei darllen</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>y cyfeiriad</translation>
    </message>
    <message>
        <source>the address in Welsh</source>
        <translation>y cyfeiriad yn Gymraeg</translation>
    </message>
    <message>
        <source>the aim for feedback on time</source>
        <translation>y nod ar gyfer adborth mewn pryd</translation>
    </message>
    <message>
        <source>the app&apos;s user</source>
        <translation>defnyddiwr yr ap</translation>
    </message>
    <message>
        <source>the audio letter</source>
        <translation>y llythyr sain</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>y log archwilio</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>y copi wrth gefn</translation>
    </message>
    <message>
        <source>the braille letter</source>
        <translation>y llythyr braille</translation>
    </message>
    <message>
        <source>the change we plan to make</source>
        <translation>y newid rydyn ni&apos;n bwriadu ei wneud</translation>
    </message>
    <message>
        <source>the charity number</source>
        <translation>rhif yr elusen</translation>
    </message>
    <message>
        <source>the complaints contact</source>
        <translation>y cyswllt ar gyfer cwynion</translation>
    </message>
    <message>
        <source>the consent date</source>
        <translation>dyddiad y caniatâd</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>y gronfa ddata</translation>
    </message>
    <message>
        <source>the database check found problems in it</source>
        <translation>daeth gwiriad y gronfa ddata o hyd i broblemau ynddi</translation>
    </message>
    <message>
        <source>the database name</source>
        <translation>enw&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>gweinydd y gronfa ddata</translation>
    </message>
    <message>
        <source>the date consent was withdrawn</source>
        <translation>y dyddiad y cafodd caniatâd ei dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>the date feedback was sent</source>
        <translation>y dyddiad y cafodd adborth ei anfon</translation>
    </message>
    <message>
        <source>the date it was decided</source>
        <translation>y dyddiad y cafodd ei benderfynu</translation>
    </message>
    <message>
        <source>the date it was done</source>
        <translation>y dyddiad y cafodd ei wneud</translation>
    </message>
    <message>
        <source>the date it was held</source>
        <translation>y dyddiad y cafodd ei gynnal</translation>
    </message>
    <message>
        <source>the date it was raised</source>
        <translation>y dyddiad y cafodd ei godi</translation>
    </message>
    <message>
        <source>the date it was sent</source>
        <translation>y dyddiad y cafodd ei anfon</translation>
    </message>
    <message>
        <source>the date of the call</source>
        <translation>dyddiad yr alwad</translation>
    </message>
    <message>
        <source>the date the change was done</source>
        <translation>y dyddiad y cafodd y newid ei wneud</translation>
    </message>
    <message>
        <source>the date they agreed to answer</source>
        <translation>y dyddiad y cytunon nhw i ateb</translation>
    </message>
    <message>
        <source>the date they told us</source>
        <translation>y dyddiad y dywedon nhw wrthym ni</translation>
    </message>
    <message>
        <source>the date they were sent</source>
        <translation>y dyddiad y cawson nhw eu hanfon</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>y penderfyniad</translation>
    </message>
    <message>
        <source>the disk is full: it needs free space about the size of the data file. Make room on the disk first</source>
        <translation>mae&apos;r ddisg yn llawn: mae angen lle gwag tua maint y ffeil ddata. Gwnewch le ar y ddisg yn gyntaf</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>y dyddiad dyledus</translation>
    </message>
    <message>
        <source>the email</source>
        <translation>yr e-bost</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>y cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>the expenses paid</source>
        <translation>y treuliau a dalwyd</translation>
    </message>
    <message>
        <source>the explanation</source>
        <translation>yr esboniad</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>yr allforio</translation>
    </message>
    <message>
        <source>the facilitator&apos;s name</source>
        <translation>enw&apos;r hwylusydd</translation>
    </message>
    <message>
        <source>the feedback promise</source>
        <translation>yr addewid adborth</translation>
    </message>
    <message>
        <source>the figures</source>
        <translation>y ffigurau</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>y ffeil</translation>
    </message>
    <message>
        <source>the file could not be changed just now. If it is on a network drive or a USB stick, check it is connected first</source>
        <translation>doedd dim modd newid y ffeil ar hyn o bryd. Os yw ar yriant rhwydwaith neu gof bach USB, gwiriwch ei bod wedi&apos;i chysylltu yn gyntaf</translation>
    </message>
    <message>
        <source>the file or its folder is read-only. Ask whoever looks after your computers to let you change it first</source>
        <translation>mae&apos;r ffeil neu ei ffolder yn ddarllen yn unig. Gofynnwch i bwy bynnag sy&apos;n gofalu am eich cyfrifiaduron adael i chi ei newid yn gyntaf</translation>
    </message>
    <message>
        <source>the first address line</source>
        <translation>llinell gyntaf y cyfeiriad</translation>
    </message>
    <message>
        <source>the first month</source>
        <translation>y mis cyntaf</translation>
    </message>
    <message>
        <source>the first name</source>
        <translation>yr enw cyntaf</translation>
    </message>
    <message>
        <source>the format</source>
        <translation>y fformat</translation>
    </message>
    <message>
        <source>the format (email and phone use the standard print wording)</source>
        <translation>y fformat (mae e-bost a ffôn yn defnyddio geiriad y print safonol)</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>enw&apos;r grŵp</translation>
    </message>
    <message>
        <source>the hours</source>
        <translation>yr oriau</translation>
    </message>
    <message>
        <source>the interpreter needed</source>
        <translation>y cyfieithydd sydd ei angen</translation>
    </message>
    <message>
        <source>the kind of feedback</source>
        <translation>y math o adborth</translation>
    </message>
    <message>
        <source>the kind of letter</source>
        <translation>y math o lythyr</translation>
    </message>
    <message>
        <source>the kind of reason</source>
        <translation>y math o reswm</translation>
    </message>
    <message>
        <source>the kind of suggestion</source>
        <translation>y math o awgrym</translation>
    </message>
    <message>
        <source>the last name</source>
        <translation>y cyfenw</translation>
    </message>
    <message>
        <source>the lawful basis</source>
        <translation>y sail gyfreithlon</translation>
    </message>
    <message>
        <source>the letter</source>
        <translation>y llythyr</translation>
    </message>
    <message>
        <source>the letter to {ref} was sent, but could not be marked as sent ({why}). Please mark it as sent by hand.</source>
        <translation>cafodd y llythyr at {ref} ei anfon, ond doedd dim modd nodi ei fod wedi&apos;i anfon ({why}). Nodwch ei fod wedi&apos;i anfon â llaw.</translation>
    </message>
    <message>
        <source>the letters</source>
        <translation>y llythyrau</translation>
    </message>
    <message>
        <source>the level&apos;s name</source>
        <translation>enw&apos;r lefel</translation>
    </message>
    <message>
        <source>the list of Welsh texts to add</source>
        <translation>y rhestr o destunau Cymraeg i&apos;w hychwanegu</translation>
    </message>
    <message>
        <source>the list of backup folders</source>
        <translation>y rhestr o ffolderi copïau wrth gefn</translation>
    </message>
    <message>
        <source>the list of texts to check</source>
        <translation>y rhestr o destunau i&apos;w gwirio</translation>
    </message>
    <message>
        <source>the lists</source>
        <translation>y rhestrau</translation>
    </message>
    <message>
        <source>the name letters are signed by</source>
        <translation>yr enw sy&apos;n llofnodi llythyrau</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>y nodiadau</translation>
    </message>
    <message>
        <source>the number of people who did not give a name</source>
        <translation>nifer y bobl na roddodd enw</translation>
    </message>
    <message>
        <source>the office&apos;s address</source>
        <translation>cyfeiriad y swyddfa</translation>
    </message>
    <message>
        <source>the office&apos;s address in Welsh</source>
        <translation>cyfeiriad y swyddfa yn Gymraeg</translation>
    </message>
    <message>
        <source>the office&apos;s email address</source>
        <translation>cyfeiriad e-bost y swyddfa</translation>
    </message>
    <message>
        <source>the office&apos;s name</source>
        <translation>enw&apos;r swyddfa</translation>
    </message>
    <message>
        <source>the office&apos;s name in Welsh</source>
        <translation>enw&apos;r swyddfa yn Gymraeg</translation>
    </message>
    <message>
        <source>the office&apos;s phone number</source>
        <translation>rhif ffôn y swyddfa</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>enw&apos;r sefydliad</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>enw&apos;r person</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>y rhif ffôn</translation>
    </message>
    <message>
        <source>the postcode</source>
        <translation>y cod post</translation>
    </message>
    <message>
        <source>the poster</source>
        <translation>y poster</translation>
    </message>
    <message>
        <source>the preferred name</source>
        <translation>yr enw sy&apos;n well ganddyn nhw</translation>
    </message>
    <message>
        <source>the printed letters</source>
        <translation>y llythyrau printiedig</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>y rheswm</translation>
    </message>
    <message>
        <source>the reason for the decision</source>
        <translation>y rheswm dros y penderfyniad</translation>
    </message>
    <message>
        <source>the reason in Welsh</source>
        <translation>y rheswm yn Gymraeg</translation>
    </message>
    <message>
        <source>the reason, easy read version</source>
        <translation>y rheswm, fersiwn hawdd ei darllen</translation>
    </message>
    <message>
        <source>the reference</source>
        <translation>y cyfeirnod</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>yr adroddiad</translation>
    </message>
    <message>
        <source>the second address line</source>
        <translation>ail linell y cyfeiriad</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>cyfeiriad yr anfonwr</translation>
    </message>
    <message>
        <source>the server name</source>
        <translation>enw&apos;r gweinydd</translation>
    </message>
    <message>
        <source>the service&apos;s name</source>
        <translation>enw&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>the signatory&apos;s job title</source>
        <translation>teitl swydd y llofnodwr</translation>
    </message>
    <message>
        <source>the signatory&apos;s job title in Welsh</source>
        <translation>teitl swydd y llofnodwr yn Gymraeg</translation>
    </message>
    <message>
        <source>the small number limit</source>
        <translation>y terfyn rhifau bach</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>y statws</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>y crynodeb</translation>
    </message>
    <message>
        <source>the supporter&apos;s address</source>
        <translation>cyfeiriad y cefnogwr</translation>
    </message>
    <message>
        <source>the supporter&apos;s name</source>
        <translation>enw&apos;r cefnogwr</translation>
    </message>
    <message>
        <source>the templates</source>
        <translation>y templedi</translation>
    </message>
    <message>
        <source>the town</source>
        <translation>y dref</translation>
    </message>
    <message>
        <source>the type of activity</source>
        <translation>y math o weithgaredd</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>yr enw defnyddiwr</translation>
    </message>
    <message>
        <source>the website</source>
        <translation>y wefan</translation>
    </message>
    <message>
        <source>the weeks to wait before asking if a change helped</source>
        <translation>yr wythnosau i aros cyn gofyn a wnaeth newid helpu</translation>
    </message>
    <message>
        <source>the years to keep</source>
        <translation>y blynyddoedd i gadw</translation>
    </message>
    <message>
        <source>their answer (Yes, A bit, No or Not sure)</source>
        <translation>eu hateb (Ie, Ychydig, Na neu Ddim yn siŵr)</translation>
    </message>
    <message>
        <source>their own words</source>
        <translation>eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>this Welsh letter</source>
        <translation>y llythyr Cymraeg hwn</translation>
    </message>
    <message>
        <source>this activity</source>
        <translation>y gweithgaredd hwn</translation>
    </message>
    <message>
        <source>this change</source>
        <translation>y newid hwn</translation>
    </message>
    <message>
        <source>this person&apos;s details</source>
        <translation>manylion y person hwn</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>y cofnod hwn</translation>
    </message>
    <message>
        <source>this suggestion</source>
        <translation>yr awgrym hwn</translation>
    </message>
    <message>
        <source>uses hard words: {swaps}</source>
        <translation>defnyddio geiriau anodd: {swaps}</translation>
    </message>
    <message>
        <source>what changed</source>
        <translation>beth newidiodd</translation>
    </message>
    <message>
        <source>what changed, easy read version</source>
        <translation>beth newidiodd, fersiwn hawdd ei darllen</translation>
    </message>
    <message>
        <source>what changed, in Welsh</source>
        <translation>beth newidiodd, yn Gymraeg</translation>
    </message>
    <message>
        <source>what they said</source>
        <translation>beth ddywedon nhw</translation>
    </message>
    <message>
        <source>what we can do instead</source>
        <translation>beth allwn ni ei wneud yn lle hynny</translation>
    </message>
    <message>
        <source>what we can do instead, easy read version</source>
        <translation>beth allwn ni ei wneud yn lle hynny, fersiwn hawdd ei darllen</translation>
    </message>
    <message>
        <source>what we can do instead, in Welsh</source>
        <translation>beth allwn ni ei wneud yn lle hynny, yn Gymraeg</translation>
    </message>
    <message>
        <source>what we did (the change)</source>
        <translation>beth wnaethon ni (y newid)</translation>
    </message>
    <message>
        <source>who decided</source>
        <translation>pwy benderfynodd</translation>
    </message>
    <message>
        <source>who is doing it</source>
        <translation>pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>who it was passed on to</source>
        <translation>at bwy y cafodd ei basio</translation>
    </message>
    <message>
        <source>who it was passed on to, easy read version</source>
        <translation>at bwy y cafodd ei basio, fersiwn hawdd ei darllen</translation>
    </message>
    <message>
        <source>who it was passed on to, in Welsh</source>
        <translation>at bwy y cafodd ei basio, yn Gymraeg</translation>
    </message>
    <message>
        <source>who made the call</source>
        <translation>pwy wnaeth yr alwad</translation>
    </message>
    <message>
        <source>who printed them</source>
        <translation>pwy a&apos;u hargraffodd</translation>
    </message>
    <message>
        <source>who recorded it</source>
        <translation>pwy a&apos;i cofnododd</translation>
    </message>
    <message>
        <source>who sent it</source>
        <translation>pwy a&apos;i hanfonodd</translation>
    </message>
    <message>
        <source>who sent them</source>
        <translation>pwy a&apos;u hanfonodd</translation>
    </message>
    <message>
        <source>who to contact if someone is not happy</source>
        <translation>pwy i gysylltu â nhw os nad yw rhywun yn hapus</translation>
    </message>
    <message>
        <source>who to contact if someone is not happy, easy read version</source>
        <translation>pwy i gysylltu â nhw os nad yw rhywun yn hapus, fersiwn hawdd ei darllen</translation>
    </message>
    <message>
        <source>who to contact if someone is not happy, in Welsh</source>
        <translation>pwy i gysylltu â nhw os nad yw rhywun yn hapus, yn Gymraeg</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oes</translation>
    </message>
    <message>
        <source>your organisation&apos;s details</source>
        <translation>manylion eich sefydliad</translation>
    </message>
    <message>
        <source>{actor} changed {what} {when}, after you opened it.</source>
        <translation>Fe wnaeth {actor} newid {what} {when}, ar ôl i chi ei agor.</translation>
    </message>
    <message>
        <source>{count} older backups still hold their details. Delete them when you no longer need them:</source>
        <translation>Mae {count} copi wrth gefn hŷn yn dal eu manylion o hyd. Dilëwch nhw pan nad oes eu hangen arnoch mwyach:</translation>
    </message>
    <message>
        <source>{count} older backups still hold their details; delete them when you no longer need them.</source>
        <translation>Mae {count} copi wrth gefn hŷn yn dal eu manylion o hyd; dilëwch nhw pan nad oes eu hangen arnoch mwyach.</translation>
    </message>
    <message>
        <source>{count} suggestions were raised at this activity, so it cannot be removed.</source>
        <translation>Cafodd {count} awgrym eu codi yn y gweithgaredd hwn, felly does dim modd ei dynnu.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{exe} is not in the folder {named}, named in {env_tools} or the {tools_setting} setting. Please name the folder that holds the PostgreSQL tools (its bin folder).</source>
        <translation>Dydy {exe} ddim yn y ffolder {named}, a enwyd yn {env_tools} neu yn y gosodiad {tools_setting}. Enwch y ffolder sy&apos;n dal offer PostgreSQL (ei ffolder bin).</translation>
    </message>
    <message>
        <source>{exe} was not found on this computer. Backups of a server database are made with the PostgreSQL client tools: install them (the same version as the server, or newer), or set {env_tools} to the folder that holds them.</source>
        <translation>Methu dod o hyd i {exe} ar y cyfrifiadur hwn. Mae copïau wrth gefn o gronfa ddata ar weinydd yn cael eu gwneud gydag offer cleient PostgreSQL: gosodwch nhw (yr un fersiwn â&apos;r gweinydd, neu un mwy newydd), neu gosodwch {env_tools} i&apos;r ffolder sy&apos;n eu dal.</translation>
    </message>
    <message>
        <source>{file} ({n} page)</source>
        <translation>{file} ({n} dudalen)</translation>
    </message>
    <message>
        <source>{file} ({n} pages)</source>
        <translation>{file} ({n} o dudalennau)</translation>
    </message>
    <message>
        <source>{file}, column &quot;{column}&quot;</source>
        <translation>{file}, colofn &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>{file}, row {row}</source>
        <translation>{file}, rhes {row}</translation>
    </message>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;</source>
        <translation>{file}, rhes {row}, colofn &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} ac yn {second}</translation>
    </message>
    <message>
        <source>{found} But: {problem}</source>
        <translation>{found} Ond: {problem}</translation>
    </message>
    <message>
        <source>{host} (port {port})</source>
        <translation>{host} (porth {port})</translation>
    </message>
    <message>
        <source>{label} (“{short}”, {record}) has no Welsh version, so it is in English in {part}. You can add the Welsh {where}.</source>
        <translation>{label} (“{short}”, {record}): does dim fersiwn Gymraeg, felly mae&apos;r testun yn Saesneg yn {part}. Gallwch ychwanegu&apos;r Gymraeg {where}.</translation>
    </message>
    <message>
        <source>{label} (“{short}”, {record}) says “{time_words}”, but it was written on {day}. It may be out of date now. Please check it before printing. You can change it {where}.</source>
        <translation>{label} (“{short}”, {record}): mae&apos;n dweud “{time_words}”, ond cafodd ei ysgrifennu ar {day}. Efallai ei fod wedi dyddio erbyn hyn. Gwiriwch e cyn argraffu. Gallwch ei newid {where}.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future. Please use today ({today}) or an earlier date.</source>
        <translation>{label}: all hwn ddim bod yn y dyfodol. Defnyddiwch heddiw ({today}) neu ddyddiad cynharach.</translation>
    </message>
    <message>
        <source>{label} is too long. Please keep it to {max_length} characters or fewer (it has {count}).</source>
        <translation>{label}: mae&apos;n rhy hir. Cadwch ef i {max_length} nod neu lai (mae ganddo {count}).</translation>
    </message>
    <message>
        <source>{label} looks too large. Please check it.</source>
        <translation>{label}: mae&apos;n edrych yn rhy fawr. Gwiriwch ef.</translation>
    </message>
    <message>
        <source>{label} must be a number, like 12.50.</source>
        <translation>{label}: rhaid iddo fod yn rhif, fel 12.50.</translation>
    </message>
    <message>
        <source>{label} must be a whole number, like 3.</source>
        <translation>{label}: rhaid iddo fod yn rhif cyfan, fel 3.</translation>
    </message>
    <message>
        <source>{label} must be zero or more.</source>
        <translation>{label}: rhaid iddo fod yn sero neu fwy.</translation>
    </message>
    <message>
        <source>{label} {date} looks wrong. Please check the year.</source>
        <translation>{label}: mae {date} yn edrych yn anghywir. Gwiriwch y flwyddyn.</translation>
    </message>
    <message>
        <source>{label} “{text}” has the month first (US order). We read dates with the day first. Write dates like 2025-04-01 or 1 April 2025.</source>
        <translation>{label}: mae&apos;r mis yn gyntaf yn “{text}” (trefn UDA). Rydyn ni&apos;n darllen dyddiadau gyda&apos;r diwrnod yn gyntaf. Ysgrifennwch ddyddiadau fel 2025-04-01 neu 1 Ebrill 2025.</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a date we understand. Please write it like 2025-04-01 (year, month, day).</source>
        <translation>{label}: dydy “{text}” ddim yn ddyddiad rydyn ni&apos;n ei ddeall. Ysgrifennwch ef fel 2025-04-01 (blwyddyn, mis, diwrnod).</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a date we understand. Write dates like 2025-04-01 or 1 April 2025.</source>
        <translation>{label}: dydy “{text}” ddim yn ddyddiad rydyn ni&apos;n ei ddeall. Ysgrifennwch ddyddiadau fel 2025-04-01 neu 1 Ebrill 2025.</translation>
    </message>
    <message>
        <source>{n:,} activities</source>
        <translation>{n:,} o weithgareddau</translation>
    </message>
    <message>
        <source>{n:,} activity</source>
        <translation>{n:,} gweithgaredd</translation>
    </message>
    <message>
        <source>{n:,} change</source>
        <translation>{n:,} newid</translation>
    </message>
    <message>
        <source>{n:,} changes</source>
        <translation>{n:,} o newidiadau</translation>
    </message>
    <message>
        <source>{n:,} decision</source>
        <translation>{n:,} penderfyniad</translation>
    </message>
    <message>
        <source>{n:,} decisions</source>
        <translation>{n:,} o benderfyniadau</translation>
    </message>
    <message>
        <source>{n:,} letter or call</source>
        <translation>{n:,} llythyr neu alwad</translation>
    </message>
    <message>
        <source>{n:,} letters and calls</source>
        <translation>{n:,} o lythyrau a galwadau</translation>
    </message>
    <message>
        <source>{n:,} people</source>
        <translation>{n:,} o bobl</translation>
    </message>
    <message>
        <source>{n:,} person</source>
        <translation>{n:,} person</translation>
    </message>
    <message>
        <source>{n:,} row</source>
        <translation>{n:,} rhes</translation>
    </message>
    <message>
        <source>{n:,} rows</source>
        <translation>{n:,} o resi</translation>
    </message>
    <message>
        <source>{n:,} suggestion</source>
        <translation>{n:,} awgrym</translation>
    </message>
    <message>
        <source>{n:,} suggestions</source>
        <translation>{n:,} o awgrymiadau</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} a {n} arall</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>Gall {name} fewngofnodi eto.</translation>
    </message>
    <message>
        <source>{name} is a file, not a folder. Choose a folder for {what}.</source>
        <translation>Ffeil yw {name}, nid ffolder. Dewiswch ffolder ar gyfer {what}.</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>{n} gweithgaredd</translation>
    </message>
    <message>
        <source>{n} activity</source>
        <translation>{n} gweithgaredd</translation>
    </message>
    <message>
        <source>{n} change</source>
        <translation>{n} newid</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} newid</translation>
    </message>
    <message>
        <source>{n} decision</source>
        <translation>{n} penderfyniad</translation>
    </message>
    <message>
        <source>{n} decisions</source>
        <translation>{n} penderfyniad</translation>
    </message>
    <message>
        <source>{n} email has no address to send to: add it to the person&apos;s record, or type it in when you send.</source>
        <translation>Does gan {n} e-bost ddim cyfeiriad i&apos;w anfon ato: ychwanegwch y cyfeiriad at gofnod y person, neu teipiwch e pan fyddwch chi&apos;n anfon.</translation>
    </message>
    <message>
        <source>{n} emails have no address to send to: add it to the person&apos;s record, or type it in when you send.</source>
        <translation>Does gan {n} o negeseuon e-bost ddim cyfeiriad i&apos;w hanfon ato: ychwanegwch y cyfeiriad at gofnod y person, neu teipiwch e pan fyddwch chi&apos;n anfon.</translation>
    </message>
    <message>
        <source>{n} feedback record</source>
        <translation>{n} cofnod adborth</translation>
    </message>
    <message>
        <source>{n} feedback records</source>
        <translation>{n} cofnod adborth</translation>
    </message>
    <message>
        <source>{n} letter</source>
        <translation>{n} llythyr</translation>
    </message>
    <message>
        <source>{n} letter had just been sent by another office, so it was not sent again.</source>
        <translation>Roedd swyddfa arall newydd anfon {n} llythyr, felly chafodd e mo&apos;i anfon eto.</translation>
    </message>
    <message>
        <source>{n} letter has characters our fonts cannot print (they show as boxes): please check them on the Letters page before posting.</source>
        <translation>Mae gan {n} llythyr nodau na all ein ffontiau eu hargraffu (maen nhw&apos;n dangos fel blychau): gwiriwch nhw ar y dudalen Llythyrau cyn postio.</translation>
    </message>
    <message>
        <source>{n} letters</source>
        <translation>{n} llythyr</translation>
    </message>
    <message>
        <source>{n} letters had just been sent by another office, so they were not sent again.</source>
        <translation>Roedd swyddfa arall newydd anfon {n} o lythyrau, felly chawson nhw mo&apos;u hanfon eto.</translation>
    </message>
    <message>
        <source>{n} letters have characters our fonts cannot print (they show as boxes): please check them on the Letters page before posting.</source>
        <translation>Mae gan {n} o lythyrau nodau na all ein ffontiau eu hargraffu (maen nhw&apos;n dangos fel blychau): gwiriwch nhw ar y dudalen Llythyrau cyn postio.</translation>
    </message>
    <message>
        <source>{n} older backup is not protected. Delete it, or keep it somewhere locked: {paths}</source>
        <translation>Dydy {n} copi wrth gefn hŷn ddim wedi&apos;i ddiogelu. Dilëwch ef, neu cadwch ef rywle dan glo: {paths}</translation>
    </message>
    <message>
        <source>{n} older backups are not protected. Delete them, or keep them somewhere locked: {paths}</source>
        <translation>Dydy {n} o gopïau wrth gefn hŷn ddim wedi&apos;u diogelu. Dilëwch nhw, neu cadwch nhw rywle dan glo: {paths}</translation>
    </message>
    <message>
        <source>{n} other connection to this database is open (another office may have the app open). Its next step may fail while it is replaced: ask them to close the app and open it again afterwards.</source>
        <translation>Mae {n} cysylltiad arall â&apos;r gronfa ddata hon ar agor (efallai fod gan swyddfa arall yr ap ar agor). Gallai ei gam nesaf fethu tra mae&apos;n cael ei disodli: gofynnwch iddyn nhw gau&apos;r ap a&apos;i agor eto wedyn.</translation>
    </message>
    <message>
        <source>{n} other connections to this database are open (other offices may have the app open). Their next step may fail while it is replaced: ask them to close the app and open it again afterwards.</source>
        <translation>Mae {n} o gysylltiadau eraill â&apos;r gronfa ddata hon ar agor (efallai fod gan swyddfeydd eraill yr ap ar agor). Gallai eu cam nesaf fethu tra mae&apos;n cael ei disodli: gofynnwch iddyn nhw gau&apos;r ap a&apos;i agor eto wedyn.</translation>
    </message>
    <message>
        <source>{n} other place</source>
        <translation>{n} lle arall</translation>
    </message>
    <message>
        <source>{n} other places</source>
        <translation>{n} lle arall</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} o bobl</translation>
    </message>
    <message>
        <source>{n} people were already up to date.</source>
        <translation>Roedd {n} o bobl yn gyfredol yn barod.</translation>
    </message>
    <message>
        <source>{n} people would like a phone call instead of a letter: see the Letters page.</source>
        <translation>Hoffai {n} o bobl gael galwad ffôn yn lle llythyr: gwelwch y dudalen Llythyrau.</translation>
    </message>
    <message>
        <source>{n} person</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <source>{n} person was already up to date.</source>
        <translation>Roedd {n} person yn gyfredol yn barod.</translation>
    </message>
    <message>
        <source>{n} person would like a phone call instead of a letter: see the Letters page.</source>
        <translation>Hoffai {n} person gael galwad ffôn yn lle llythyr: gwelwch y dudalen Llythyrau.</translation>
    </message>
    <message>
        <source>{n} place mentions the first name “{name}” on its own. It may be someone else with the same name, so it was left. Please read it and take the name out if it is about this person:</source>
        <translation>Mae {n} lle yn sôn am yr enw cyntaf “{name}” ar ei ben ei hun. Efallai mai rhywun arall â&apos;r un enw yw e, felly cafodd ei adael. Darllenwch ef a thynnwch yr enw allan os yw&apos;n sôn am y person hwn:</translation>
    </message>
    <message>
        <source>{n} places mention the first name “{name}” on its own. It may be someone else with the same name, so it was left. Please read each one and take the name out if it is about this person:</source>
        <translation>Mae {n} lle yn sôn am yr enw cyntaf “{name}” ar ei ben ei hun. Efallai mai rhywun arall â&apos;r un enw yw e, felly cafodd ei adael. Darllenwch bob un a thynnwch yr enw allan os yw&apos;n sôn am y person hwn:</translation>
    </message>
    <message>
        <source>{n} record points to a record that is missing</source>
        <translation>mae {n} cofnod yn pwyntio at gofnod sydd ar goll</translation>
    </message>
    <message>
        <source>{n} records point to records that are missing</source>
        <translation>mae {n} cofnod yn pwyntio at gofnodion sydd ar goll</translation>
    </message>
    <message>
        <source>{n} service</source>
        <translation>{n} gwasanaeth</translation>
    </message>
    <message>
        <source>{n} services</source>
        <translation>{n} gwasanaeth</translation>
    </message>
    <message>
        <source>{n} suggestion</source>
        <translation>{n} awgrym</translation>
    </message>
    <message>
        <source>{n} suggestion was already in the database, so we left it as it was.</source>
        <translation>Roedd {n} awgrym yn y gronfa ddata yn barod, felly gadawon ni ef fel yr oedd.</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} awgrym</translation>
    </message>
    <message>
        <source>{n} suggestions were already in the database, so we left them as they were.</source>
        <translation>Roedd {n} awgrym yn y gronfa ddata yn barod, felly gadawon ni nhw fel yr oedden nhw.</translation>
    </message>
    <message>
        <source>{n} table</source>
        <translation>{n} tabl</translation>
    </message>
    <message>
        <source>{n} tables</source>
        <translation>{n} o dablau</translation>
    </message>
    <message>
        <source>{option}: {message}</source>
        <translation>{option}: {message}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a data file.</source>
        <translation>Ffolder yw {path}, nid ffeil ddata.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the name of a data file instead.</source>
        <translation>Ffolder yw {path}. Rhowch enw ffeil ddata yn lle hynny.</translation>
    </message>
    <message>
        <source>{path}: no problems found (full check).</source>
        <translation>{path}: does dim problemau (gwiriad llawn).</translation>
    </message>
    <message>
        <source>{question} is not an equality question we ask.</source>
        <translation>Dydy {question} ddim yn gwestiwn cydraddoldeb rydyn ni&apos;n ei ofyn.</translation>
    </message>
    <message>
        <source>{ref} has a history ({what}), so the record cannot simply be removed. If it is a second record of someone, merge it with theirs. If their details must go, erase them (Privacy).</source>
        <translation>Mae gan {ref} hanes ({what}), felly does dim modd tynnu&apos;r cofnod yn syml. Os yw&apos;n ail gofnod o rywun, cyfunwch ef â&apos;u cofnod nhw. Os oes rhaid i&apos;w manylion fynd, dilëwch nhw (Preifatrwydd).</translation>
    </message>
    <message>
        <source>{removed} is now part of {name} ({ref}): {moved} moved across, with their equality answers. The record {removed} is removed.</source>
        <translation>Mae {removed} nawr yn rhan o {name} ({ref}): symudwyd {moved} draw, gyda&apos;u hatebion cydraddoldeb. Mae&apos;r cofnod {removed} wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>{removed} is now part of {name} ({ref}): {moved} moved across. The record {removed} is removed.</source>
        <translation>Mae {removed} nawr yn rhan o {name} ({ref}): symudwyd {moved} draw. Mae&apos;r cofnod {removed} wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} a {last}</translation>
    </message>
    <message>
        <source>{target} is a folder. Choose a file name for {what}.</source>
        <translation>Ffolder yw {target}. Dewiswch enw ffeil ar gyfer {what}.</translation>
    </message>
    <message>
        <source>{used} people are in this group, so it cannot be removed. You can hide it from lists instead (untick Active).</source>
        <translation>Mae {used} o bobl yn y grŵp hwn, felly does dim modd ei dynnu. Gallwch ei guddio o restrau yn lle hynny (dad-diciwch Dangos yn y rhestrau).</translation>
    </message>
    <message>
        <source>{used} records use this service, so it cannot be removed. You can hide it from lists instead (untick Active).</source>
        <translation>Mae {used} o gofnodion yn defnyddio&apos;r gwasanaeth hwn, felly does dim modd ei dynnu. Gallwch ei guddio o restrau yn lle hynny (dad-diciwch Dangos yn y rhestrau).</translation>
    </message>
    <message>
        <source>{user} now works in every office.</source>
        <translation>Mae {user} nawr yn gweithio ym mhob swyddfa.</translation>
    </message>
    <message>
        <source>{user} now works in: {offices}.</source>
        <translation>Mae {user} nawr yn gweithio yn: {offices}.</translation>
    </message>
    <message>
        <source>{user} on {machine} has this file open (since {clock} today). Only one person can use the data file at a time, so it was not opened. Please ask them to close Participation Tracker, then try again.</source>
        <translation>Mae&apos;r ffeil hon ar agor gan {user} ar {machine} (ers {clock} heddiw). Dim ond un person all ddefnyddio&apos;r ffeil ddata ar y tro, felly chafodd hi mo&apos;i hagor. Gofynnwch iddyn nhw gau Participation Tracker, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{user} on {machine} has this file open (since {day} {month} {year} at {clock}). Only one person can use the data file at a time, so it was not opened. Please ask them to close Participation Tracker, then try again.</source>
        <translation>Mae&apos;r ffeil hon ar agor gan {user} ar {machine} (ers {day} {month} {year} am {clock}). Dim ond un person all ddefnyddio&apos;r ffeil ddata ar y tro, felly chafodd hi mo&apos;i hagor. Gofynnwch iddyn nhw gau Participation Tracker, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{what} is no longer in the records, so this cannot be done.</source>
        <translation>{what}: dydy hwn ddim yn y cofnodion bellach, felly does dim modd gwneud hyn.</translation>
    </message>
    <message>
        <source>{what} was changed again after that, so this cannot be done. Open it to change it by hand.</source>
        <translation>{what}: cafodd ei newid eto ar ôl hynny, felly does dim modd gwneud hyn. Agorwch ef i&apos;w newid eich hun.</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>{who} Nothing of yours is saved yet. Choose Reload to see their version (what you typed is then lost), or Keep mine to save yours over theirs.</source>
        <translation>{who} Dydy dim o&apos;ch gwaith chi wedi&apos;i gadw eto. Dewiswch Ail-lwytho i weld eu fersiwn nhw (bydd yr hyn a deipiwyd gennych yn cael ei golli), neu Cadw fy fersiwn i i gadw eich un chi dros eu hun nhw.</translation>
    </message>
    <message>
        <source>“{email}” does not look like an email address. It should look like name@example.org.</source>
        <translation>Dydy “{email}” ddim yn edrych fel cyfeiriad e-bost. Dylai edrych fel enw@example.org.</translation>
    </message>
    <message>
        <source>“{lang}” is not a language code. Please use a short code like en or cy.</source>
        <translation>Dydy “{lang}” ddim yn god iaith. Defnyddiwch god byr fel en neu cy.</translation>
    </message>
    <message>
        <source>“{part}” is not a part of a letter.</source>
        <translation>Dydy “{part}” ddim yn rhan o lythyr.</translation>
    </message>
    <message>
        <source>“{short}”, {record}</source>
        <translation>“{short}”, {record}</translation>
    </message>
    <message>
        <source>“{text}” is not a UK postcode. Please type it like LD8 8YT, or leave it empty. For an address outside the UK, put its postal code in the town column.</source>
        <translation>Dydy “{text}” ddim yn god post yn y DU. Teipiwch ef fel LD8 8YT, neu gadewch ef yn wag. Ar gyfer cyfeiriad y tu allan i&apos;r DU, rhowch ei god post yng ngholofn y dref.</translation>
    </message>
    <message>
        <source>“{text}” is not a language we know. Please use English or Welsh (or a short code like en, cy).</source>
        <translation>Dydy “{text}” ddim yn iaith rydyn ni&apos;n ei hadnabod. Defnyddiwch Saesneg neu Gymraeg (neu god byr fel en, cy).</translation>
    </message>
    <message>
        <source>“{text}” is not one of the choices for {label}. Please use one of: {allowed}.</source>
        <translation>Dydy “{text}” ddim yn un o&apos;r dewisiadau ar gyfer {label}. Defnyddiwch un o: {allowed}.</translation>
    </message>
    <message>
        <source>“{word}” (say “{plain}”)</source>
        <translation>“{word}” (dywedwch “{plain}”)</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Use the arrow keys to move, and Enter to open.</source>
        <translation>Defnyddiwch y bysellau saeth i symud, ac Enter i agor.</translation>
    </message>
</context>
</TS>
