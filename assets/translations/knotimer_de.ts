<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;knotimer {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A hold timer for calf self-massage. It is a self-care aid, not medical advice: if a calf is swollen, warm, red or suddenly painful, please see a doctor before massaging it.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;knotimer {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Timer zum Halten von Druckpunkten bei der Selbstmassage der Waden. Er unterstützt Sie bei der Selbstfürsorge und ersetzt keinen ärztlichen Rat: Ist eine Wade geschwollen, warm, gerötet oder plötzlich schmerzhaft, lassen Sie das bitte ärztlich abklären, bevor Sie sie massieren.&lt;/p&gt;&lt;p&gt;MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About knotimer</source>
        <translation>Über knotimer</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Hold started: {n} seconds</source>
        <translation>Haltephase gestartet: {n} Sekunden</translation>
    </message>
    <message>
        <source>Ten seconds left</source>
        <translation>Noch zehn Sekunden</translation>
    </message>
    <message>
        <source>Release: the hold is complete</source>
        <translation>Loslassen: Die Haltephase ist vorbei</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>{what}: {value} ({n} of %n hold(s), {span})</source>
        <comment>n: the holds this reading comes from; %n: the holds in that window</comment>
        <translation>
            <numerusform>{what}: {value} ({n} von %n Haltephase, {span})</numerusform>
            <numerusform>{what}: {value} ({n} von %n Haltephasen, {span})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A hold eased it by {value} on average (%n hold(s) rated before and after).</source>
        <translation>
            <numerusform>Eine Haltephase hat ihn im Schnitt um {value} gelindert (%n Haltephase vorher und nachher bewertet).</numerusform>
            <numerusform>Eine Haltephase hat ihn im Schnitt um {value} gelindert (%n Haltephasen vorher und nachher bewertet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It let go early in {n} of %n hold(s).</source>
        <translation>
            <numerusform>Er hat sich in {n} von %n Haltephase früher gelöst.</numerusform>
            <numerusform>Er hat sich in {n} von %n Haltephasen früher gelöst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln Haltephase</numerusform>
            <numerusform>%Ln Haltephasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln spot(s)</source>
        <translation>
            <numerusform>%Ln Stelle</numerusform>
            <numerusform>%Ln Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It let go before the end in {n} of %n hold(s).</source>
        <translation>
            <numerusform>Er hat sich in {n} von %n Haltephase vor dem Ende gelöst.</numerusform>
            <numerusform>Er hat sich in {n} von %n Haltephasen vor dem Ende gelöst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tenderness of %n rated hold(s), each before and after.</source>
        <translation>
            <numerusform>Empfindlichkeit bei %n bewerteten Haltephase, vorher und nachher.</numerusform>
            <numerusform>Empfindlichkeit bei %n bewerteten Haltephasen, jeweils vorher und nachher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} – {last} (%Ln day(s))</source>
        <translation>
            <numerusform>{first} – {last} (%Ln Tag)</numerusform>
            <numerusform>{first} – {last} (%Ln Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a report of %n page(s) to {path}</source>
        <translation>
            <numerusform>Bericht mit %n Seite gespeichert unter {path}</numerusform>
            <numerusform>Bericht mit %n Seiten gespeichert unter {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other knot(s), held less</source>
        <translation>
            <numerusform>%n weiterer Knoten, seltener gehalten</numerusform>
            <numerusform>%n weitere Knoten, seltener gehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spots marked close together on the same muscle are counted as one knot; the %n most held are numbered.</source>
        <translation>
            <numerusform>Dicht beieinander markierte Stellen auf demselben Muskel zählen als ein Knoten; der am häufigsten gehaltene ist nummeriert.</numerusform>
            <numerusform>Dicht beieinander markierte Stellen auf demselben Muskel zählen als ein Knoten; die %n am häufigsten gehaltenen sind nummeriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) made before the damage was found are saved in it.</source>
        <translation>
            <numerusform>%n Haltephase, die vor dem Entdecken des Schadens entstand, ist darin gespeichert.</numerusform>
            <numerusform>%n Haltephasen, die vor dem Entdecken des Schadens entstanden, sind darin gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read; they stay in the damaged file.</source>
        <translation>
            <numerusform>%n Zeile ließ sich nicht lesen; sie bleibt in der beschädigten Datei.</numerusform>
            <numerusform>%n Zeilen ließen sich nicht lesen; sie bleiben in der beschädigten Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup that checks out is from {day}, with %Ln hold(s). Whatever was saved after that day and can still be read in the damaged file is copied back into it; the damaged file itself is kept as it is.</source>
        <translation>
            <numerusform>Die neueste einwandfreie Sicherung ist vom {day}, mit %Ln Haltephase. Was nach diesem Tag gespeichert wurde und sich aus der beschädigten Datei noch lesen lässt, wird hineinkopiert; die beschädigte Datei selbst bleibt unverändert erhalten.</numerusform>
            <numerusform>Die neueste einwandfreie Sicherung ist vom {day}, mit %Ln Haltephasen. Was nach diesem Tag gespeichert wurde und sich aus der beschädigten Datei noch lesen lässt, wird hineinkopiert; die beschädigte Datei selbst bleibt unverändert erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CueChoices</name>
    <message>
        <source>Sound when a hold &amp;starts</source>
        <translation>Ton beim &amp;Start einer Haltephase</translation>
    </message>
    <message>
        <source>A short sound when a hold starts</source>
        <translation>Ein kurzer Ton, wenn eine Haltephase beginnt</translation>
    </message>
    <message>
        <source>Soft &amp;ticks in the last 3 seconds</source>
        <translation>Leises Tic&amp;ken in den letzten 3 Sekunden</translation>
    </message>
    <message>
        <source>Soft ticks at 3, 2 and 1 s left</source>
        <translation>Leises Ticken bei noch 3, 2 und 1 s</translation>
    </message>
    <message>
        <source>Sound when time is &amp;up</source>
        <translation>Ton, wenn die &amp;Zeit um ist</translation>
    </message>
    <message>
        <source>A clear, longer sound when time is up</source>
        <translation>Ein klarer, längerer Ton, wenn die Zeit um ist</translation>
    </message>
    <message>
        <source>&amp;Repeat the end sound until I respond</source>
        <translation>Endton &amp;wiederholen, bis ich reagiere</translation>
    </message>
    <message>
        <source>Repeat the end sound every few seconds until a key, a click or letting go</source>
        <translation>Den Endton alle paar Sekunden wiederholen, bis Sie eine Taste drücken, klicken oder loslassen</translation>
    </message>
    <message>
        <source>Spoken &amp;prompts</source>
        <translation>&amp;Gesprochene Hinweise</translation>
    </message>
    <message>
        <source>Say &quot;hold&quot;, &quot;ten seconds left&quot; and &quot;release&quot; where a voice is installed</source>
        <translation>„Halten“, „noch zehn Sekunden“ und „loslassen“ sagen, wenn eine Stimme installiert ist</translation>
    </message>
    <message>
        <source>&amp;Flash the window when time is up</source>
        <translation>Fenster auf&amp;blinken lassen, wenn die Zeit um ist</translation>
    </message>
    <message>
        <source>A coloured wash over the window when time is up</source>
        <translation>Ein farbiger Schleier über dem Fenster, wenn die Zeit um ist</translation>
    </message>
    <message>
        <source>Seconds left in the system tra&amp;y</source>
        <translation>Restsekunden in der S&amp;ystemleiste</translation>
    </message>
    <message>
        <source>Where a system tray exists</source>
        <translation>Wo es eine Systemleiste gibt</translation>
    </message>
</context>
<context>
    <name>CueMenu</name>
    <message>
        <source>&amp;Cues</source>
        <translation>Si&amp;gnale</translation>
    </message>
    <message>
        <source>Volume of the sounds</source>
        <translation>Lautstärke der Töne</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Empfindlich</translation>
    </message>
    <message>
        <source>Last hold</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Spot {number}, {name}, {holds}, {held} held</source>
        <translation>Stelle {number}, {name}, {holds}, {held} gehalten</translation>
    </message>
    <message>
        <source>tenderness {change}</source>
        <translation>Empfindlichkeit {change}</translation>
    </message>
</context>
<context>
    <name>DaysPage</name>
    <message>
        <source>Calendar: days with holds are in bold, shaded darker the more holds</source>
        <translation>Kalender: Tage mit Haltephasen sind fett, und je mehr Haltephasen, desto dunkler</translation>
    </message>
    <message>
        <source>&amp;Edit this day</source>
        <translation>Diesen Tag &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Edit this day</source>
        <translation>Diesen Tag bearbeiten</translation>
    </message>
    <message>
        <source>Delete &amp;hold</source>
        <translation>Haltephase &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected hold</source>
        <translation>Die gewählte Haltephase löschen</translation>
    </message>
    <message>
        <source>Delete this d&amp;ay</source>
        <translation>Diesen Ta&amp;g löschen</translation>
    </message>
    <message>
        <source>Delete this day</source>
        <translation>Diesen Tag löschen</translation>
    </message>
    <message>
        <source>Re&amp;port for this day (PDF)…</source>
        <translation>Be&amp;richt für diesen Tag (PDF)…</translation>
    </message>
    <message>
        <source>Report for this day as a PDF</source>
        <translation>Bericht für diesen Tag als PDF</translation>
    </message>
    <message>
        <source>The day&apos;s spots on the calf diagram</source>
        <translation>Die Stellen des Tages auf der Wadenzeichnung</translation>
    </message>
    <message>
        <source>The day&apos;s spots</source>
        <translation>Die Stellen des Tages</translation>
    </message>
    <message>
        <source>The day&apos;s sessions</source>
        <translation>Die Sitzungen des Tages</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Tenderness</source>
        <translation>Empfindlichkeit</translation>
    </message>
    <message>
        <source>The day&apos;s holds</source>
        <translation>Die Haltephasen des Tages</translation>
    </message>
    <message>
        <source>&amp;Spots</source>
        <translation>&amp;Stellen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>H&amp;olds</source>
        <translation>&amp;Haltephasen</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Session {n}: {start}–{end}, {holds}, {held} held</source>
        <translation>Sitzung {n}: {start}–{end}, {holds}, {held} gehalten</translation>
    </message>
    <message>
        <source>No holds on this day.</source>
        <translation>An diesem Tag gab es keine Haltephasen.</translation>
    </message>
    <message>
        <source>{day}: {spots}, {holds}</source>
        <translation>{day}: {spots}, {holds}</translation>
    </message>
    <message>
        <source>at {time} on {spot}</source>
        <translation>um {time} an {spot}</translation>
    </message>
</context>
<context>
    <name>DiagramWidget</name>
    <message>
        <source>Calf diagram</source>
        <translation>Wadenzeichnung</translation>
    </message>
    <message>
        <source>Both calves seen from behind. Click a muscle, or use the arrow keys and Enter, to mark a knot.</source>
        <translation>Beide Waden von hinten gesehen. Klicken Sie auf einen Muskel oder nutzen Sie die Pfeiltasten und Enter, um einen Knoten zu markieren.</translation>
    </message>
    <message>
        <source>The spot stays where it was: that place is outside the calves.</source>
        <translation>Die Stelle bleibt, wo sie war: Dieser Ort liegt außerhalb der Waden.</translation>
    </message>
    <message>
        <source>Nothing marked: that spot is outside the calf muscles.</source>
        <translation>Nichts markiert: Diese Stelle liegt außerhalb der Wadenmuskeln.</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>außerhalb</translation>
    </message>
</context>
<context>
    <name>EditDialogs</name>
    <message>
        <source>That spot is being held: finish the hold first.</source>
        <translation>Diese Stelle wird gerade gehalten: Beenden Sie zuerst die Haltephase.</translation>
    </message>
    <message>
        <source>Delete this spot?</source>
        <translation>Diese Stelle löschen?</translation>
    </message>
    <message numerus="yes">
        <source>{name} also has %n hold(s) on other days. Delete the spot with all its holds, or only today&apos;s holds (the spot stays in those days&apos; lists)?</source>
        <translation>
            <numerusform>{name} hat auch an einem anderen Tag %n Haltephase. Die Stelle mit allen Haltephasen löschen oder nur die von heute (dann bleibt die Stelle in der Liste jenes Tages)?</numerusform>
            <numerusform>{name} hat auch an anderen Tagen %n Haltephasen. Die Stelle mit allen Haltephasen löschen oder nur die von heute (dann bleibt die Stelle in den Listen jener Tage)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &amp;everything</source>
        <translation>&amp;Alles löschen</translation>
    </message>
    <message>
        <source>Only &amp;today&apos;s holds</source>
        <translation>Nur die von &amp;heute</translation>
    </message>
    <message>
        <source>Select a spot first to write a note on it.</source>
        <translation>Wählen Sie zuerst eine Stelle, um eine Notiz dazu zu schreiben.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A note on {name}:</source>
        <translation>Notiz zu {name}:</translation>
    </message>
    <message>
        <source>Delete all your data?</source>
        <translation>Alle Ihre Daten löschen?</translation>
    </message>
    <message>
        <source>This deletes every spot and hold knotimer has recorded, and its backups. It cannot be undone. Export or print a report first if you want to keep a copy.</source>
        <translation>Damit werden alle Stellen und Haltephasen, die knotimer aufgezeichnet hat, samt Sicherungen gelöscht. Das lässt sich nicht rückgängig machen. Exportieren Sie vorher Ihre Daten oder drucken Sie einen Bericht, wenn Sie eine Kopie behalten möchten.</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Undone: {what}.</source>
        <translation>Rückgängig gemacht: {what}.</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation>Wiederhergestellt: {what}.</translation>
    </message>
    <message>
        <source>Could not save this change, so nothing changed: {error}</source>
        <translation>Diese Änderung ließ sich nicht speichern, daher hat sich nichts geändert: {error}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Effort</name>
    <message>
        <source>{n}+</source>
        <translation>{n}+</translation>
    </message>
</context>
<context>
    <name>EffortLegend</name>
    <message>
        <source>Calendar legend</source>
        <translation>Legende des Kalenders</translation>
    </message>
    <message>
        <source>No days with holds yet.</source>
        <translation>Noch keine Tage mit Haltephasen.</translation>
    </message>
    <message>
        <source>Days shaded by holds that day, light to dark: {ranges}.</source>
        <translation>Tage nach Anzahl der Haltephasen eingefärbt, von hell nach dunkel: {ranges}.</translation>
    </message>
    <message>
        <source>Holds a day:</source>
        <translation>Haltephasen pro Tag:</translation>
    </message>
</context>
<context>
    <name>EndNotice</name>
    <message>
        <source>Hold again</source>
        <translation>Noch einmal halten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Desktop notifications are not available here ({reason}).</source>
        <translation>Desktop-Benachrichtigungen sind hier nicht verfügbar ({reason}).</translation>
    </message>
</context>
<context>
    <name>GlobalShortcuts</name>
    <message>
        <source>Hold the selected spot (press-and-hold: keep it down)</source>
        <translation>Die gewählte Stelle halten (bei „Gedrückt halten“: Taste gedrückt lassen)</translation>
    </message>
    <message>
        <source>Hold the last spot again</source>
        <translation>Die letzte Stelle noch einmal halten</translation>
    </message>
    <message>
        <source>This desktop offers no shortcuts from anywhere ({reason}): the play/pause media key starts and pauses a hold while a spot is selected, even when knotimer is in the background.</source>
        <translation>Diese Arbeitsumgebung bietet keine systemweiten Tastenkürzel ({reason}): Die Medientaste Wiedergabe/Pause startet und pausiert eine Haltephase, solange eine Stelle gewählt ist, auch wenn knotimer im Hintergrund ist.</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>die Anfrage wurde abgelehnt</translation>
    </message>
</context>
<context>
    <name>HandsFree</name>
    <message>
        <source>No desktop session bus was found ({reason}): media keys, shortcuts from anywhere, keeping the screen awake and notifications are off. The keys in knotimer&apos;s window work as always.</source>
        <translation>Es wurde kein Sitzungsbus der Arbeitsumgebung gefunden ({reason}): Medientasten, systemweite Tastenkürzel, das Wachhalten des Bildschirms und Benachrichtigungen sind aus. Die Tasten im Fenster von knotimer funktionieren wie immer.</translation>
    </message>
    <message>
        <source>Hold complete</source>
        <translation>Haltephase vorbei</translation>
    </message>
    <message>
        <source>{spot}: you can let go now.</source>
        <translation>{spot}: Sie können jetzt loslassen.</translation>
    </message>
</context>
<context>
    <name>HandsFreePage</name>
    <message>
        <source>&amp;Press and hold: a hold lasts while the hold key is down</source>
        <translation>&amp;Gedrückt halten: Eine Haltephase dauert, solange die Haltetaste gedrückt ist</translation>
    </message>
    <message>
        <source>Hold key</source>
        <translation>Haltetaste</translation>
    </message>
    <message>
        <source>Use &amp;Space</source>
        <translation>&amp;Leertaste verwenden</translation>
    </message>
    <message>
        <source>A USB foot pedal types a key: click the box and press the pedal to make it the hold key. Without press and hold, the hold key starts and pauses a hold. The play/pause key of a keyboard, headset or remote works too, also while knotimer is in the background.</source>
        <translation>Ein USB-Fußschalter sendet eine Taste: Klicken Sie in das Feld und treten Sie den Schalter, um ihn zur Haltetaste zu machen. Ohne „Gedrückt halten“ startet und pausiert die Haltetaste eine Haltephase. Die Taste Wiedergabe/Pause einer Tastatur, eines Headsets oder einer Fernbedienung funktioniert auch, selbst wenn knotimer im Hintergrund ist.</translation>
    </message>
    <message>
        <source>Hold &amp;key</source>
        <translation>&amp;Haltetaste</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>Heat map legend</source>
        <translation>Legende der Heatmap</translation>
    </message>
    <message>
        <source>rarely held</source>
        <translation>selten gehalten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln Haltephase</numerusform>
            <numerusform>%Ln Haltephasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most held: about %Ln hold(s)</source>
        <translation>
            <numerusform>am häufigsten: etwa %Ln Haltephase</numerusform>
            <numerusform>am häufigsten: etwa %Ln Haltephasen</numerusform>
        </translation>
    </message>
    <message>
        <source>least tender: avg {n}</source>
        <translation>am wenigsten empfindlich: Ø {n}</translation>
    </message>
    <message>
        <source>avg {n}</source>
        <translation>Ø {n}</translation>
    </message>
    <message>
        <source>most tender: avg {n}</source>
        <translation>am empfindlichsten: Ø {n}</translation>
    </message>
    <message>
        <source>Nothing to show in this time.</source>
        <translation>In diesem Zeitraum gibt es nichts zu zeigen.</translation>
    </message>
    <message>
        <source>Colour: how often a place was held, from {low} to {high}.</source>
        <translation>Farbe: wie oft eine Stelle gehalten wurde, von {low} bis {high}.</translation>
    </message>
    <message>
        <source>Colour: how tender a place was before a hold (0–10, on average), from {low} to {high}.</source>
        <translation>Farbe: wie empfindlich eine Stelle vor einer Haltephase war (0–10, im Schnitt), von {low} bis {high}.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>0-9 (1 then 0 = 10)</source>
        <translation>0–9 (1, dann 0 = 10)</translation>
    </message>
    <message>
        <source>Tenderness before the next hold, or after the one just finished</source>
        <translation>Empfindlichkeit vor der nächsten Haltephase oder nach der gerade beendeten</translation>
    </message>
    <message>
        <source>Click a muscle</source>
        <translation>Klick auf einen Muskel</translation>
    </message>
    <message>
        <source>Mark a knot there, or select the spot you click near</source>
        <translation>Dort einen Knoten markieren oder die Stelle wählen, in deren Nähe Sie klicken</translation>
    </message>
    <message>
        <source>Drag a spot</source>
        <translation>Stelle ziehen</translation>
    </message>
    <message>
        <source>Move it to where the knot really is</source>
        <translation>Sie dorthin verschieben, wo der Knoten wirklich sitzt</translation>
    </message>
    <message>
        <source>Arrow keys, Enter</source>
        <translation>Pfeiltasten, Enter</translation>
    </message>
    <message>
        <source>On the diagram: move the crosshair, mark a knot</source>
        <translation>In der Zeichnung: das Fadenkreuz bewegen, einen Knoten markieren</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>On the diagram: step through today&apos;s spots</source>
        <translation>In der Zeichnung: durch die Stellen von heute gehen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>On the diagram: remove the selected spot</source>
        <translation>In der Zeichnung: die gewählte Stelle entfernen</translation>
    </message>
    <message>
        <source>Keyboard and mouse</source>
        <translation>Tastatur und Maus</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How to use knotimer&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Sit down, cross the sore leg over the other (or turn the knee outwards) so you can reach the back of the calf.&lt;/li&gt;&lt;li&gt;Warm the calf up with long, gentle strokes, then work across it with your thumbs. The guided routine (Ctrl+G) walks you through this.&lt;/li&gt;&lt;li&gt;Press a little deeper to find a knot: a spot that feels tighter or more tender. Click the same place on the diagram.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Space&lt;/b&gt; and keep a steady, moderate pressure on the knot. The sound and the flash tell you when the time is up. If the knot lets go earlier, press &lt;b&gt;Enter&lt;/b&gt;; for more time, press &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Every hold is saved as soon as it ends. Today&apos;s list shows what you treated.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;knotimer is a self-care aid, not medical advice. If a calf is swollen, warm or red, or the pain came on suddenly, please see a doctor before massaging it (Help ▸ Before you start).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;So nutzen Sie knotimer&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Setzen Sie sich hin und legen Sie das schmerzende Bein über das andere (oder drehen Sie das Knie nach außen), sodass Sie die Rückseite der Wade erreichen.&lt;/li&gt;&lt;li&gt;Wärmen Sie die Wade mit langen, sanften Streichungen auf und arbeiten Sie dann mit den Daumen quer über den Muskel. Die geführte Routine (Strg+G) leitet Sie dabei an.&lt;/li&gt;&lt;li&gt;Drücken Sie etwas tiefer, um einen Knoten zu finden: eine Stelle, die sich fester oder empfindlicher anfühlt. Klicken Sie dieselbe Stelle in der Zeichnung an.&lt;/li&gt;&lt;li&gt;Drücken Sie die &lt;b&gt;Leertaste&lt;/b&gt; und halten Sie einen gleichmäßigen, mäßigen Druck auf den Knoten. Ton und Aufblinken zeigen Ihnen, wann die Zeit um ist. Löst sich der Knoten früher, drücken Sie &lt;b&gt;Enter&lt;/b&gt;; für mehr Zeit drücken Sie &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Jede Haltephase wird gespeichert, sobald sie endet. Die Liste von heute zeigt, was Sie behandelt haben.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;knotimer unterstützt Sie bei der Selbstfürsorge und ersetzt keinen ärztlichen Rat. Ist eine Wade geschwollen, warm oder gerötet oder kam der Schmerz plötzlich, lassen Sie das bitte ärztlich abklären, bevor Sie sie massieren (Hilfe ▸ Bevor Sie beginnen).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>How to use knotimer</source>
        <translation>So nutzen Sie knotimer</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History – knotimer</source>
        <translation>Verlauf – knotimer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Ansichten des Verlaufs</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Tage</translation>
    </message>
    <message>
        <source>&amp;Recurring knots</source>
        <translation>&amp;Wiederkehrende Knoten</translation>
    </message>
</context>
<context>
    <name>HoldCommands</name>
    <message>
        <source>The heel is bone: there is no knot to hold there. Choose a muscle.</source>
        <translation>Die Ferse ist Knochen: Dort gibt es keinen Knoten zu halten. Wählen Sie einen Muskel.</translation>
    </message>
</context>
<context>
    <name>HoldDisplay</name>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>time is up: let go</source>
        <translation>Zeit um: loslassen</translation>
    </message>
    <message>
        <source>held {held}</source>
        <translation>{held} gehalten</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>How tender now?</source>
        <translation>Wie empfindlich jetzt?</translation>
    </message>
    <message>
        <source>press 0-9 (1 then 0 for 10)</source>
        <translation>0–9 drücken (1, dann 0 für 10)</translation>
    </message>
    <message>
        <source>next knot</source>
        <translation>nächster Knoten</translation>
    </message>
    <message>
        <source>{step} · paused</source>
        <translation>{step} · pausiert</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>&amp;Start hold</source>
        <translation>Halten &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Pause step</source>
        <translation>Schritt &amp;pausieren</translation>
    </message>
</context>
<context>
    <name>HoldFeedback</name>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Ten seconds left</source>
        <translation>Noch zehn Sekunden</translation>
    </message>
</context>
<context>
    <name>HoldFlow</name>
    <message>
        <source>First click the knot on the diagram, then press Space.</source>
        <translation>Klicken Sie zuerst den Knoten in der Zeichnung an und drücken Sie dann die Leertaste.</translation>
    </message>
    <message>
        <source>Holding… press Space to pause, Enter if the knot lets go, Esc to cancel.</source>
        <translation>Halten … Leertaste zum Pausieren, Enter, wenn sich der Knoten löst, Esc zum Abbrechen.</translation>
    </message>
    <message>
        <source>A hold can last up to 90 seconds.</source>
        <translation>Eine Haltephase kann bis zu 90 Sekunden dauern.</translation>
    </message>
    <message>
        <source>Saved: {held} on this spot ({outcome}).</source>
        <translation>Gespeichert: {held} an dieser Stelle ({outcome}).</translation>
    </message>
</context>
<context>
    <name>HoldPanel</name>
    <message>
        <source>Hold countdown</source>
        <translation>Countdown der Haltephase</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length in seconds</source>
        <translation>Haltedauer in Sekunden</translation>
    </message>
    <message>
        <source>How long each hold lasts, from 10 to 30 seconds</source>
        <translation>Wie lange jede Haltephase dauert, von 10 bis 30 Sekunden</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>Hold for {n} seconds</source>
        <translation>{n} Sekunden halten</translation>
    </message>
</context>
<context>
    <name>HoldTray</name>
    <message>
        <source>{n} s left</source>
        <translation>noch {n} s</translation>
    </message>
    <message>
        <source>Hold complete</source>
        <translation>Haltephase vorbei</translation>
    </message>
    <message>
        <source>You can release {spot} now.</source>
        <translation>Sie können {spot} jetzt loslassen.</translation>
    </message>
</context>
<context>
    <name>KnotDetail</name>
    <message>
        <source>How the knot changed</source>
        <translation>Wie sich der Knoten verändert hat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Each hold: tender before → after</source>
        <translation>Empfindlich vorher → nachher</translation>
    </message>
    <message>
        <source>Let go after</source>
        <translation>Gelöst nach</translation>
    </message>
    <message>
        <source>The knot&apos;s days, latest first</source>
        <translation>Die Tage des Knotens, der neueste zuerst</translation>
    </message>
    <message>
        <source>The knot, day &amp;by day</source>
        <translation>Der Knoten, Tag &amp;für Tag</translation>
    </message>
    <message>
        <source>Choose a knot in the list or on the map.</source>
        <translation>Wählen Sie einen Knoten in der Liste oder auf der Karte.</translation>
    </message>
    <message>
        <source>Knot {n}: {name}</source>
        <translation>Knoten {n}: {name}</translation>
    </message>
    <message>
        <source>Tender before a hold ({windows}): {change}</source>
        <translation>Empfindlich vor einer Haltephase ({windows}): {change}</translation>
    </message>
    <message>
        <source>Not rated before a hold yet.</source>
        <translation>Vor einer Haltephase noch nicht bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>Let go after ({windows}): {change}; early in {n} of %n hold(s)</source>
        <translation>
            <numerusform>Gelöst nach ({windows}): {change}; früher gelöst in {n} von %n Haltephase</numerusform>
            <numerusform>Gelöst nach ({windows}): {change}; früher gelöst in {n} von %n Haltephasen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnotModel</name>
    <message>
        <source>Tenderness just before a hold (0–10): its first week → its latest week (first day → latest day for a knot younger than two weeks). &apos;avg&apos; marks an average of several ratings.</source>
        <translation>Empfindlichkeit direkt vor einer Haltephase (0–10): seine erste Woche → seine letzte Woche (erster Tag → letzter Tag bei einem Knoten, der jünger als zwei Wochen ist). „Ø“ kennzeichnet einen Durchschnitt mehrerer Bewertungen.</translation>
    </message>
    <message>
        <source>How long it took to let go (holds you ended with Enter): its first week → its latest week. Sooner is better.</source>
        <translation>Wie lange es dauerte, bis er sich löste (Haltephasen, die Sie mit Enter beendet haben): seine erste Woche → seine letzte Woche. Kürzer ist besser.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Knot</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Tender before</source>
        <translation>Empfindlich vorher</translation>
    </message>
    <message>
        <source>Let go after</source>
        <translation>Gelöst nach</translation>
    </message>
    <message>
        <source>Knot {n}, {name}, {holds} on {days}</source>
        <translation>Knoten {n}, {name}, {holds} an {days}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>tender before a hold {change} ({windows})</source>
        <translation>empfindlich vor einer Haltephase {change} ({windows})</translation>
    </message>
    <message>
        <source>let go after {change}</source>
        <translation>gelöst nach {change}</translation>
    </message>
</context>
<context>
    <name>KnotsPage</name>
    <message>
        <source>How far back</source>
        <translation>Wie weit zurück</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>how &amp;often held</source>
        <translation>wie &amp;oft gehalten</translation>
    </message>
    <message>
        <source>&amp;tenderness</source>
        <translation>&amp;Empfindlichkeit</translation>
    </message>
    <message>
        <source>Heat map of recurring knots</source>
        <translation>Heatmap der wiederkehrenden Knoten</translation>
    </message>
    <message>
        <source>Recurring knots</source>
        <translation>Wiederkehrende Knoten</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <source>&amp;Knots</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>No holds in this time yet.</source>
        <translation>In diesem Zeitraum noch keine Haltephasen.</translation>
    </message>
    <message numerus="yes">
        <source>The %n most held knot(s) are numbered; the list has all {m}.</source>
        <translation>
            <numerusform>Der am häufigsten gehaltene Knoten ist nummeriert; die Liste enthält alle {m}.</numerusform>
            <numerusform>Die %n am häufigsten gehaltenen Knoten sind nummeriert; die Liste enthält alle {m}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The colours go from the least to the most held place shown.</source>
        <translation>Die Farben reichen von der am seltensten bis zur am häufigsten gehaltenen Stelle, die hier zu sehen ist.</translation>
    </message>
    <message>
        <source>No knot here was rated before a hold yet.</source>
        <translation>Hier wurde noch kein Knoten vor einer Haltephase bewertet.</translation>
    </message>
    <message>
        <source>The colours go from the least to the most tender place shown, by its ratings before a hold; places rated once or twice show faintly.</source>
        <translation>Die Farben reichen von der am wenigsten bis zur am stärksten empfindlichen Stelle, die hier zu sehen ist, nach ihren Bewertungen vor einer Haltephase; ein- oder zweimal bewertete Stellen erscheinen blass.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language takes effect the next time knotimer starts.</source>
        <translation>Eine andere Sprache gilt ab dem nächsten Start von knotimer.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>Ha&amp;lten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Holds not saved</source>
        <translation>Haltephasen nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) could not be saved ({reason}). Quit anyway and lose them?</source>
        <translation>
            <numerusform>%n Haltephase ließ sich nicht speichern ({reason}). Trotzdem beenden und sie verlieren?</numerusform>
            <numerusform>%n Haltephasen ließen sich nicht speichern ({reason}). Trotzdem beenden und sie verlieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s spots</source>
        <translation>Die Stellen von heute</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>{n} s hold, ready</source>
        <translation>{n} s halten, bereit</translation>
    </message>
    <message>
        <source>{n} s left</source>
        <translation>noch {n} s</translation>
    </message>
    <message>
        <source>No spot selected</source>
        <translation>Keine Stelle gewählt</translation>
    </message>
</context>
<context>
    <name>MiniTimerWindow</name>
    <message>
        <source>knotimer</source>
        <translation>knotimer</translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation>Mini-Timer</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <source>Keep a steady, moderate pressure on the knot.</source>
        <translation>Halten Sie einen gleichmäßigen, mäßigen Druck auf den Knoten.</translation>
    </message>
    <message>
        <source>Find a knot with your thumb, then click the same place on the diagram.</source>
        <translation>Suchen Sie mit dem Daumen einen Knoten und klicken Sie dann dieselbe Stelle in der Zeichnung an.</translation>
    </message>
    <message>
        <source>Press Space and press the knot until the end sound.</source>
        <translation>Drücken Sie die Leertaste und drücken Sie den Knoten bis zum Endton.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Automatic (your language)</source>
        <translation>Automatisch (Ihre Sprache)</translation>
    </message>
    <message>
        <source>No voice is installed on this computer.</source>
        <translation>Auf diesem Computer ist keine Stimme installiert.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After a pause this long, the next hold starts a new session</source>
        <translation>Nach einer so langen Pause beginnt die nächste Haltephase eine neue Sitzung</translation>
    </message>
    <message>
        <source>Default hold</source>
        <translation>Übliche Haltedauer</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>New session after a pause of</source>
        <translation>Neue Sitzung nach einer Pause von</translation>
    </message>
    <message>
        <source>Routine: warm-up</source>
        <translation>Routine: Aufwärmen</translation>
    </message>
    <message>
        <source>Routine: cross-fibre strokes</source>
        <translation>Routine: Querstreichen</translation>
    </message>
    <message>
        <source>Routine: finding knots</source>
        <translation>Routine: Knoten suchen</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Cues</source>
        <translation>Sig&amp;nale</translation>
    </message>
    <message>
        <source>&amp;Hands-free</source>
        <translation>&amp;Freihändig</translation>
    </message>
    <message>
        <source>S&amp;ounds</source>
        <translation>&amp;Töne</translation>
    </message>
</context>
<context>
    <name>PressHold</name>
    <message>
        <source>Holding while the key is down: let go when the knot has had enough.</source>
        <translation>Gehalten, solange die Taste gedrückt ist: Lassen Sie los, wenn der Knoten genug hat.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Restore the backup of {day}</source>
        <translation>Die Sicherung vom {day} wiederherstellen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>There is no backup that checks out, so knotimer starts a new record, with whatever can still be read in the damaged file.</source>
        <translation>Es gibt keine einwandfreie Sicherung. Daher beginnt knotimer eine neue Aufzeichnung mit allem, was sich aus der beschädigten Datei noch lesen lässt.</translation>
    </message>
    <message>
        <source>knotimer: your record could not be read</source>
        <translation>knotimer: Ihre Aufzeichnung ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>knotimer could not read your record: the database file is damaged.</source>
        <translation>knotimer konnte Ihre Aufzeichnung nicht lesen: Die Datenbankdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>Nothing has been deleted. knotimer moved the damaged file aside, unchanged, to:
{path}

{backup}</source>
        <translation>Es wurde nichts gelöscht. knotimer hat die beschädigte Datei unverändert beiseitegelegt, nach:
{path}

{backup}</translation>
    </message>
    <message>
        <source>What SQLite found: {reason}

Files moved aside:
{files}</source>
        <translation>Was SQLite gefunden hat: {reason}

Beiseitegelegte Dateien:
{files}</translation>
    </message>
    <message>
        <source>the database was damaged ({reason}); it was moved aside to {path}</source>
        <translation>die Datenbank war beschädigt ({reason}); sie wurde nach {path} beiseitegelegt</translation>
    </message>
    <message>
        <source>Start a new record with what can still be read</source>
        <translation>Neue Aufzeichnung mit dem beginnen, was sich noch lesen lässt</translation>
    </message>
    <message>
        <source>knotimer: no record found</source>
        <translation>knotimer: keine Aufzeichnung gefunden</translation>
    </message>
    <message>
        <source>knotimer found no record at {path}, but it found backups.</source>
        <translation>knotimer hat unter {path} keine Aufzeichnung gefunden, aber Sicherungen.</translation>
    </message>
    <message>
        <source>Restore it, or start a new, empty record (the backups stay where they are).</source>
        <translation>Stellen Sie sie wieder her oder beginnen Sie eine neue, leere Aufzeichnung (die Sicherungen bleiben, wo sie sind).</translation>
    </message>
    <message>
        <source>Start a new, empty record</source>
        <translation>Neue, leere Aufzeichnung beginnen</translation>
    </message>
    <message>
        <source>knotimer cannot save</source>
        <translation>knotimer kann nicht speichern</translation>
    </message>
    <message>
        <source>knotimer cannot save your holds: {where}. Nothing has been changed, and nothing was saved anywhere else. Make it writable for you, or start knotimer with --data-dir and a folder you can write to.</source>
        <translation>knotimer kann Ihre Haltephasen nicht speichern: {where}. Es wurde nichts geändert und nichts anderswo gespeichert. Machen Sie den Ort für sich beschreibbar oder starten Sie knotimer mit --data-dir und einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>knotimer is too old for this record</source>
        <translation>knotimer ist zu alt für diese Aufzeichnung</translation>
    </message>
    <message>
        <source>Your record at {path} was saved by a newer version of knotimer (record format {version}; this version reads up to {known}). knotimer has left it untouched. Please use the newer knotimer again.</source>
        <translation>Ihre Aufzeichnung unter {path} wurde von einer neueren Version von knotimer gespeichert (Format {version}; diese Version liest bis {known}). knotimer hat sie nicht angerührt. Bitte verwenden Sie wieder den neueren knotimer.</translation>
    </message>
    <message>
        <source>knotimer is open on another computer</source>
        <translation>knotimer ist auf einem anderen Computer geöffnet</translation>
    </message>
    <message>
        <source>knotimer seems to be open on the computer &apos;{host}&apos; (this folder is shared). Please close it there first: two knotimers must not use the same record at once.</source>
        <translation>knotimer scheint auf dem Computer „{host}“ geöffnet zu sein (dieser Ordner wird geteilt). Bitte schließen Sie es dort zuerst: Zwei knotimer dürfen nicht gleichzeitig dieselbe Aufzeichnung nutzen.</translation>
    </message>
    <message>
        <source>knotimer is already running</source>
        <translation>knotimer läuft bereits</translation>
    </message>
    <message>
        <source>knotimer is already running (process {pid}) with the same record, but it is not answering, so its window could not be brought forward. Please look for it on your screen or taskbar.</source>
        <translation>knotimer läuft bereits (Prozess {pid}) mit derselben Aufzeichnung, antwortet aber nicht, daher ließ sich sein Fenster nicht nach vorn holen. Bitte suchen Sie es auf dem Bildschirm oder in der Taskleiste.</translation>
    </message>
    <message>
        <source>knotimer is already running with the same record, but it is not answering, so its window could not be brought forward. Please look for it on your screen or taskbar.</source>
        <translation>knotimer läuft bereits mit derselben Aufzeichnung, antwortet aber nicht, daher ließ sich sein Fenster nicht nach vorn holen. Bitte suchen Sie es auf dem Bildschirm oder in der Taskleiste.</translation>
    </message>
</context>
<context>
    <name>ReleaseChart</name>
    <message>
        <source>Time to release</source>
        <translation>Zeit bis zum Lösen</translation>
    </message>
    <message>
        <source>It has not let go before the end of a hold yet. When a knot lets go, press Enter: the time it took shows here.</source>
        <translation>Er hat sich bisher nicht vor dem Ende einer Haltephase gelöst. Wenn sich ein Knoten löst, drücken Sie Enter: Die Zeit bis dahin erscheint dann hier.</translation>
    </message>
    <message>
        <source>Average time to release: {first} at first, {last} lately.</source>
        <translation>Zeit bis zum Lösen im Schnitt: anfangs {first}, zuletzt {last}.</translation>
    </message>
    <message>
        <source>let go after (s), {average}</source>
        <translation>gelöst nach (s), {average}</translation>
    </message>
    <message>
        <source>let go (s)</source>
        <translation>gelöst (s)</translation>
    </message>
    <message>
        <source>full time</source>
        <translation>volle Zeit</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Durchschnitt</translation>
    </message>
</context>
<context>
    <name>RoutineControl</name>
    <message>
        <source>Finish what is running first (Esc).</source>
        <translation>Beenden Sie zuerst, was gerade läuft (Esc).</translation>
    </message>
</context>
<context>
    <name>RoutineGuide</name>
    <message>
        <source>You left the routine. The free timer is yours again.</source>
        <translation>Sie haben die Routine verlassen. Der Timer steht Ihnen wieder frei zur Verfügung.</translation>
    </message>
    <message>
        <source>Routine done. Well done — take it easy for a moment.</source>
        <translation>Routine geschafft. Gut gemacht – gönnen Sie sich einen Moment Ruhe.</translation>
    </message>
    <message>
        <source>No knots marked on this leg: moving on.</source>
        <translation>An diesem Bein sind keine Knoten markiert: Es geht weiter.</translation>
    </message>
    <message>
        <source>This knot needs care (see the note): press Space to hold it gently yourself, or N to skip it.</source>
        <translation>Dieser Knoten braucht Vorsicht (siehe Hinweis): Drücken Sie die Leertaste, um ihn selbst sanft zu halten, oder N, um ihn zu überspringen.</translation>
    </message>
    <message>
        <source>Move your thumb to the next knot; the hold starts by itself.</source>
        <translation>Gehen Sie mit dem Daumen zum nächsten Knoten; die Haltephase beginnt von selbst.</translation>
    </message>
    <message>
        <source>Hold cancelled: Space holds this knot again, N skips it.</source>
        <translation>Haltephase abgebrochen: Die Leertaste hält diesen Knoten noch einmal, N überspringt ihn.</translation>
    </message>
    <message>
        <source>1 · Warm-up</source>
        <translation>1 · Aufwärmen</translation>
    </message>
    <message>
        <source>2 · Cross-fibre strokes</source>
        <translation>2 · Querstreichen</translation>
    </message>
    <message>
        <source>3 · Find knots</source>
        <translation>3 · Knoten suchen</translation>
    </message>
    <message>
        <source>4 · Hold each knot</source>
        <translation>4 · Jeden Knoten halten</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Beinwechsel</translation>
    </message>
    <message>
        <source>Left calf · {title}</source>
        <translation>Linke Wade · {title}</translation>
    </message>
    <message>
        <source>Right calf · {title}</source>
        <translation>Rechte Wade · {title}</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Cross-fibre strokes</source>
        <translation>Querstreichen</translation>
    </message>
    <message>
        <source>Find knots</source>
        <translation>Knoten suchen</translation>
    </message>
    <message>
        <source>Hold each knot</source>
        <translation>Jeden Knoten halten</translation>
    </message>
    <message>
        <source>Stroke gently with the pads of your fingers, from the ankle up to the top of the calf, again and again. Oil or cream helps, but dry is fine too.</source>
        <translation>Streichen Sie mit den Fingerkuppen sanft vom Knöchel bis zum oberen Ende der Wade, immer wieder. Öl oder Creme hilft, es geht aber auch ohne.</translation>
    </message>
    <message>
        <source>With your thumbs, draw short lines across the calf. Start low and work your way up to the top of the calf.</source>
        <translation>Ziehen Sie mit den Daumen kurze Striche quer über die Wade. Beginnen Sie unten und arbeiten Sie sich bis zum oberen Ende der Wade hoch.</translation>
    </message>
    <message>
        <source>Press a little deeper with your thumb. A knot feels tighter or more tender than the muscle around it: click each one on the diagram.</source>
        <translation>Drücken Sie mit dem Daumen etwas tiefer. Ein Knoten fühlt sich fester oder empfindlicher an als der Muskel drumherum: Klicken Sie jeden in der Zeichnung an.</translation>
    </message>
    <message>
        <source>Keep steady, moderate pressure on each knot until the timer ends or it lets go (Enter). N skips a knot, R holds the last one again.</source>
        <translation>Halten Sie auf jedem Knoten einen gleichmäßigen, mäßigen Druck, bis der Timer endet oder der Knoten sich löst (Enter). N überspringt einen Knoten, R hält den letzten noch einmal.</translation>
    </message>
    <message>
        <source>Uncross your legs and cross them the other way round.</source>
        <translation>Lösen Sie die überschlagenen Beine und schlagen Sie sie andersherum übereinander.</translation>
    </message>
</context>
<context>
    <name>RoutinePanel</name>
    <message>
        <source>Guided routine</source>
        <translation>Geführte Routine</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Next (N)</source>
        <translation>Weiter (N)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Verlassen (Esc)</translation>
    </message>
    <message>
        <source>Knot {n} of {total}</source>
        <translation>Knoten {n} von {total}</translation>
    </message>
    <message>
        <source>next knot in a moment</source>
        <translation>gleich der nächste Knoten</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <source>Go on (Space)</source>
        <translation>Weiter (Leertaste)</translation>
    </message>
</context>
<context>
    <name>RoutineStart</name>
    <message>
        <source>Guided routine</source>
        <translation>Geführte Routine</translation>
    </message>
    <message>
        <source>Which calf would you like to massage?</source>
        <translation>Welche Wade möchten Sie massieren?</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
    </message>
    <message>
        <source>&amp;Both, left first</source>
        <translation>&amp;Beide, links zuerst</translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you start:&lt;/b&gt; five quick questions about signs that need a doctor rather than massage (about 20 seconds).</source>
        <translation>&lt;b&gt;Bevor Sie beginnen:&lt;/b&gt; fünf kurze Fragen zu Anzeichen, die eher ärztlichen Rat als eine Massage brauchen (etwa 20 Sekunden).</translation>
    </message>
    <message>
        <source>Take the check</source>
        <translation>Fragen beantworten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Is one calf swollen, warm or red?</source>
        <translation>Ist eine Wade geschwollen, warm oder gerötet?</translation>
    </message>
    <message>
        <source>In the last few weeks, have you had an operation, been in bed or in a cast for days, or sat through a long flight?</source>
        <translation>Wurden Sie in den letzten Wochen operiert, lagen Sie tagelang im Bett oder im Gips, oder hatten Sie einen langen Flug?</translation>
    </message>
    <message>
        <source>Do you take medicine that thins your blood?</source>
        <translation>Nehmen Sie blutverdünnende Medikamente?</translation>
    </message>
    <message>
        <source>Have you ever had a blood clot in a leg or a lung?</source>
        <translation>Hatten Sie schon einmal ein Blutgerinnsel im Bein oder in der Lunge?</translation>
    </message>
    <message>
        <source>Did the pain start suddenly and sharply, like a snap or a kick?</source>
        <translation>Kam der Schmerz plötzlich und scharf, wie ein Peitschenhieb oder ein Tritt gegen die Wade?</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Calf pain is usually a tired muscle, but now and then it is something a doctor should see first. Five quick questions:</source>
        <translation>Wadenschmerzen kommen meist von einem müden Muskel, aber ab und zu steckt etwas dahinter, das zuerst ärztlich abgeklärt werden sollte. Fünf kurze Fragen:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes: {question}</source>
        <translation>Ja: {question}</translation>
    </message>
    <message>
        <source>No: {question}</source>
        <translation>Nein: {question}</translation>
    </message>
    <message>
        <source>Please see a doctor first</source>
        <translation>Bitte zuerst ärztlich abklären lassen</translation>
    </message>
    <message>
        <source>With that answer, the pain could come from something other than a tight muscle, such as a blood clot or a torn muscle. Massage could make that worse. Please ask a doctor before massaging this calf.

The guided routine stays off for now. The timer itself is still there if your doctor says massage is fine.</source>
        <translation>Bei dieser Antwort könnte der Schmerz eine andere Ursache haben als einen verspannten Muskel, zum Beispiel ein Blutgerinnsel oder einen Muskelfaserriss. Eine Massage könnte das verschlimmern. Bitte holen Sie ärztlichen Rat ein, bevor Sie diese Wade massieren.

Die geführte Routine bleibt vorerst ausgeschaltet. Den Timer selbst können Sie weiter nutzen, wenn Ihre Ärztin oder Ihr Arzt sagt, dass Massage unbedenklich ist.</translation>
    </message>
</context>
<context>
    <name>SafetyNote</name>
    <message>
        <source>A note on your answers</source>
        <translation>Ein Hinweis zu Ihren Antworten</translation>
    </message>
    <message>
        <source>Answer again…</source>
        <translation>Erneut beantworten…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please see a doctor today.&lt;/b&gt; A calf that is swollen, warm or red, or a pain that started suddenly, should be looked at before any massage. The guided routine stays off until then.</source>
        <translation>&lt;b&gt;Bitte lassen Sie das heute noch ärztlich ansehen.&lt;/b&gt; Eine geschwollene, warme oder gerötete Wade oder ein plötzlich aufgetretener Schmerz sollte vor jeder Massage untersucht werden. Bis dahin bleibt die geführte Routine ausgeschaltet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please ask a doctor first.&lt;/b&gt; With your answers, check with a doctor before massaging this calf. The guided routine stays off until then.</source>
        <translation>&lt;b&gt;Bitte holen Sie zuerst ärztlichen Rat ein.&lt;/b&gt; Nach Ihren Antworten sollten Sie vor dem Massieren dieser Wade ärztlich abklären lassen, ob das unbedenklich ist. Bis dahin bleibt die geführte Routine ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>A massage hold is being timed</source>
        <translation>Eine Haltephase der Massage läuft</translation>
    </message>
    <message>
        <source>knotimer cannot keep the screen awake here (no screensaver service answered); you may want to turn off screen blanking while you massage.</source>
        <translation>knotimer kann den Bildschirm hier nicht wach halten (kein Bildschirmschoner-Dienst hat geantwortet); schalten Sie das automatische Abschalten des Bildschirms während der Massage am besten selbst aus.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Spot {number}: {name}</source>
        <translation>Stelle {number}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) could not be saved yet ({reason}). knotimer keeps them and tries again every few seconds; please do not quit.</source>
        <translation>
            <numerusform>%n Haltephase ließ sich noch nicht speichern ({reason}). knotimer behält sie und versucht es alle paar Sekunden erneut; bitte nicht beenden.</numerusform>
            <numerusform>%n Haltephasen ließen sich noch nicht speichern ({reason}). knotimer behält sie und versucht es alle paar Sekunden erneut; bitte nicht beenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>All holds are saved.</source>
        <translation>Alle Haltephasen sind gespeichert.</translation>
    </message>
</context>
<context>
    <name>SessionLine</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>{sessions} · {held} held</source>
        <translation>{sessions} · {held} gehalten</translation>
    </message>
    <message>
        <source>Session {n}: {start}–{end}, {holds}, {held}</source>
        <translation>Sitzung {n}: {start}–{end}, {holds}, {held}</translation>
    </message>
</context>
<context>
    <name>ShutdownGuard</name>
    <message>
        <source>stopped by a signal, but some holds could not be saved</source>
        <translation>durch ein Signal beendet, aber einige Haltephasen ließen sich nicht speichern</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>knotimer&apos;s lock file {path} is not a plain file (it is a link, a folder or a device). knotimer has not opened it, has left it as it is, and has not started. Please remove it, then start knotimer again.</source>
        <translation>Die Sperrdatei {path} von knotimer ist keine gewöhnliche Datei (sondern ein Link, ein Ordner oder ein Gerät). knotimer hat sie nicht geöffnet, unverändert gelassen und ist nicht gestartet. Bitte entfernen Sie sie und starten Sie knotimer dann erneut.</translation>
    </message>
    <message>
        <source>the folder {folder} does not support file locks ({reason}); knotimer cannot make sure that it is open only once on it</source>
        <translation>der Ordner {folder} unterstützt keine Dateisperren ({reason}); knotimer kann nicht sicherstellen, dass es darauf nur einmal geöffnet ist</translation>
    </message>
    <message>
        <source>the folder {folder} does not support file locks ({reason}); knotimer makes sure it is open only once on this computer, but cannot tell if it is open on another one</source>
        <translation>der Ordner {folder} unterstützt keine Dateisperren ({reason}); knotimer stellt sicher, dass es auf diesem Computer nur einmal geöffnet ist, kann aber nicht erkennen, ob es auf einem anderen geöffnet ist</translation>
    </message>
</context>
<context>
    <name>SoundCheck</name>
    <message>
        <source>{name} is not a WAV, OGG, FLAC or MP3 file.</source>
        <translation>{name} ist keine WAV-, OGG-, FLAC- oder MP3-Datei.</translation>
    </message>
    <message>
        <source>{name} cannot be found.</source>
        <translation>{name} ist nicht zu finden.</translation>
    </message>
    <message>
        <source>{name} lasts longer than {n} seconds: please choose a short sound.</source>
        <translation>{name} dauert länger als {n} Sekunden: Bitte wählen Sie einen kurzen Ton.</translation>
    </message>
    <message>
        <source>{name} cannot be played as a sound here.</source>
        <translation>{name} lässt sich hier nicht als Ton abspielen.</translation>
    </message>
    <message>
        <source>{name} has no sound in it.</source>
        <translation>{name} enthält keinen Ton.</translation>
    </message>
    <message>
        <source>{message} The built-in sound plays instead.</source>
        <translation>{message} Stattdessen erklingt der eingebaute Ton.</translation>
    </message>
</context>
<context>
    <name>SoundsPage</name>
    <message>
        <source>Start of a hold</source>
        <translation>Beginn einer Haltephase</translation>
    </message>
    <message>
        <source>End of a hold</source>
        <translation>Ende einer Haltephase</translation>
    </message>
    <message>
        <source>Ticks</source>
        <translation>Ticken</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>Tonausgabe</translation>
    </message>
    <message>
        <source>The system&apos;s default</source>
        <translation>Standard des Systems</translation>
    </message>
    <message>
        <source>Play &amp;through</source>
        <translation>&amp;Wiedergabe über</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Choose a sound file for: {cue}</source>
        <translation>Tondatei auswählen für: {cue}</translation>
    </message>
    <message>
        <source>Built-in sound for: {cue}</source>
        <translation>Eingebauter Ton für: {cue}</translation>
    </message>
    <message>
        <source>Test the sound for: {cue}</source>
        <translation>Ton anhören für: {cue}</translation>
    </message>
    <message>
        <source>Your own sound can be a WAV, OGG, FLAC or MP3 file of up to 10 seconds. knotimer keeps a copy it can play at once, so the cues stay on time.</source>
        <translation>Ein eigener Ton kann eine WAV-, OGG-, FLAC- oder MP3-Datei von bis zu 10 Sekunden sein. knotimer legt eine Kopie an, die sich sofort abspielen lässt, damit die Signale pünktlich bleiben.</translation>
    </message>
    <message>
        <source>built-in sound</source>
        <translation>eingebauter Ton</translation>
    </message>
    <message>
        <source>Choose a sound</source>
        <translation>Ton auswählen</translation>
    </message>
    <message>
        <source>Sounds (*.wav *.ogg *.oga *.flac *.mp3)</source>
        <translation>Töne (*.wav *.ogg *.oga *.flac *.mp3)</translation>
    </message>
    <message>
        <source>This sound cannot be used</source>
        <translation>Dieser Ton lässt sich nicht verwenden</translation>
    </message>
    <message>
        <source>The sound you had stays as it was.</source>
        <translation>Der bisherige Ton bleibt, wie er war.</translation>
    </message>
</context>
<context>
    <name>SpotEdits</name>
    <message>
        <source>A hold is running: finish it before marking a new spot.</source>
        <translation>Eine Haltephase läuft: Beenden Sie sie, bevor Sie eine neue Stelle markieren.</translation>
    </message>
    <message>
        <source>Spot {number} marked: {name}. Press Space to hold it.</source>
        <translation>Stelle {number} markiert: {name}. Drücken Sie die Leertaste, um sie zu halten.</translation>
    </message>
    <message>
        <source>Select a spot first, then press Delete.</source>
        <translation>Wählen Sie zuerst eine Stelle und drücken Sie dann Entf.</translation>
    </message>
    <message>
        <source>{name} deleted. Ctrl+Z brings it back.</source>
        <translation>{name} gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Hold {name} deleted. Ctrl+Z brings it back.</source>
        <translation>Haltephase {name} gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>{day} deleted. Ctrl+Z brings it back.</source>
        <translation>{day} gelöscht. Strg+Z holt den Tag zurück.</translation>
    </message>
    <message>
        <source>How it feels now: {n} of 10, saved with this hold when it ends.</source>
        <translation>Wie es sich jetzt anfühlt: {n} von 10, wird mit dieser Haltephase gespeichert, wenn sie endet.</translation>
    </message>
    <message>
        <source>Tenderness after this hold: {n} of 10.</source>
        <translation>Empfindlichkeit nach dieser Haltephase: {n} von 10.</translation>
    </message>
    <message>
        <source>Tenderness before the hold: {n} of 10. Press Space.</source>
        <translation>Empfindlichkeit vor der Haltephase: {n} von 10. Drücken Sie die Leertaste.</translation>
    </message>
    <message>
        <source>Could not delete everything ({error}). knotimer finishes it at the next start.</source>
        <translation>Es ließ sich nicht alles löschen ({error}). knotimer erledigt den Rest beim nächsten Start.</translation>
    </message>
    <message>
        <source>All your knotimer data has been deleted.</source>
        <translation>Alle Ihre Daten in knotimer wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>the folder {folder} cannot be created ({error})</source>
        <translation>der Ordner {folder} lässt sich nicht anlegen ({error})</translation>
    </message>
    <message>
        <source>Nothing could be rescued from the damaged file ({error}).</source>
        <translation>Aus der beschädigten Datei ließ sich nichts retten ({error}).</translation>
    </message>
    <message>
        <source>From the damaged file, {spots} and {holds} not in the backup could still be read and are back in your record.</source>
        <comment>{spots}: &apos;2 spots&apos;, {holds}: &apos;5 holds&apos;</comment>
        <translation>Aus der beschädigten Datei ließen sich noch {spots} und {holds} lesen, die nicht in der Sicherung waren; sie sind wieder in Ihrer Aufzeichnung.</translation>
    </message>
    <message>
        <source>Deleting all your data did not finish last time, and could not be finished now ({error}). knotimer tries again at the next start.</source>
        <translation>Das Löschen all Ihrer Daten wurde beim letzten Mal nicht fertig und ließ sich auch jetzt nicht abschließen ({error}). knotimer versucht es beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>Deleting all your data did not finish last time (knotimer was stopped); it is finished now.</source>
        <translation>Das Löschen all Ihrer Daten wurde beim letzten Mal nicht fertig (knotimer wurde beendet); jetzt ist es abgeschlossen.</translation>
    </message>
    <message>
        <source>A hold left running last time could not be recorded yet: {error}</source>
        <translation>Eine Haltephase, die beim letzten Mal noch lief, ließ sich noch nicht aufzeichnen: {error}</translation>
    </message>
    <message>
        <source>knotimer stopped during a hold at {time} on {day}; it is kept as interrupted, with {held} s held.</source>
        <translation>knotimer wurde am {day} um {time} während einer Haltephase beendet; sie bleibt als unterbrochen erhalten, mit {held} s gehalten.</translation>
    </message>
    <message>
        <source>knotimer could not restore the backup</source>
        <translation>knotimer konnte die Sicherung nicht wiederherstellen</translation>
    </message>
    <message>
        <source>The backup {path} could not be restored ({error}). It is unchanged, and so is everything else in the folder.</source>
        <translation>Die Sicherung {path} ließ sich nicht wiederherstellen ({error}). Sie ist unverändert, ebenso alles andere im Ordner.</translation>
    </message>
    <message>
        <source>knotimer cannot open your record</source>
        <translation>knotimer kann Ihre Aufzeichnung nicht öffnen</translation>
    </message>
    <message>
        <source>knotimer could not open its record in {folder}: {reason}. Nothing has been changed.</source>
        <translation>knotimer konnte seine Aufzeichnung in {folder} nicht öffnen: {reason}. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>Choose a knot in the list or on the map to see its holds here.</source>
        <translation>Wählen Sie einen Knoten in der Liste oder auf der Karte, um hier seine Haltephasen zu sehen.</translation>
    </message>
    <message>
        <source>weekly average</source>
        <translation>Wochendurchschnitt</translation>
    </message>
    <message>
        <source>monthly average</source>
        <translation>Monatsdurchschnitt</translation>
    </message>
    <message>
        <source>average of a session</source>
        <translation>Durchschnitt einer Sitzung</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Tenderness, hold by hold</source>
        <translation>Empfindlichkeit, Haltephase für Haltephase</translation>
    </message>
    <message>
        <source>No tenderness ratings for this knot yet. Press a digit before a hold, and again after it.</source>
        <translation>Für diesen Knoten gibt es noch keine Bewertungen der Empfindlichkeit. Drücken Sie vor einer Haltephase eine Ziffer und danach noch einmal.</translation>
    </message>
    <message>
        <source>Average before a hold: {first} at first, {last} lately.</source>
        <translation>Durchschnitt vor einer Haltephase: anfangs {first}, zuletzt {last}.</translation>
    </message>
    <message>
        <source>before, {average}</source>
        <translation>vorher, {average}</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Durchschnitt</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>That spot is being held: finish the hold first.</source>
        <translation>Diese Stelle wird gerade gehalten: Beenden Sie zuerst die Haltephase.</translation>
    </message>
    <message>
        <source>Mark a spot on {name}</source>
        <translation>Stelle auf {name} markieren</translation>
    </message>
    <message>
        <source>The spot stays: it has holds now. Select it and press Delete to remove it.</source>
        <translation>Die Stelle bleibt: Sie hat inzwischen Haltephasen. Wählen Sie sie und drücken Sie Entf, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>Move the spot to {name}</source>
        <translation>Stelle nach {name} verschieben</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Delete the holds of {name} on this day</source>
        <translation>Die Haltephasen von {name} an diesem Tag löschen</translation>
    </message>
    <message>
        <source>Delete the hold {name}</source>
        <translation>Haltephase {name} löschen</translation>
    </message>
    <message>
        <source>Delete {day}</source>
        <translation>{day} löschen</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Rate tenderness after: {n}</source>
        <translation>Empfindlichkeit nachher bewerten: {n}</translation>
    </message>
    <message>
        <source>Rate tenderness before: {n}</source>
        <translation>Empfindlichkeit vorher bewerten: {n}</translation>
    </message>
    <message>
        <source>Hold on {name}</source>
        <translation>Haltephase auf {name}</translation>
    </message>
</context>
<context>
    <name>Wiring</name>
    <message>
        <source>No spot selected: click a knot on the diagram.</source>
        <translation>Keine Stelle gewählt: Klicken Sie einen Knoten in der Zeichnung an.</translation>
    </message>
    <message>
        <source>How tender is it now? {after} of 10 (keys 0-9, 1 then 0 for 10)</source>
        <translation>Wie empfindlich ist es jetzt? {after} von 10 (Tasten 0–9, 1, dann 0 für 10)</translation>
    </message>
    <message>
        <source>Before this hold: {before} of 10 · how it feels now: {after} (a digit)</source>
        <translation>Vor dieser Haltephase: {before} von 10 · wie es sich jetzt anfühlt: {after} (eine Ziffer)</translation>
    </message>
    <message>
        <source>Tenderness before the hold: {before} of 10 (keys 0-9, 1 then 0 for 10)</source>
        <translation>Empfindlichkeit vor der Haltephase: {before} von 10 (Tasten 0–9, 1, dann 0 für 10)</translation>
    </message>
    <message>
        <source>Click a knot on the calf diagram, then press Space.</source>
        <translation>Klicken Sie einen Knoten in der Wadenzeichnung an und drücken Sie dann die Leertaste.</translation>
    </message>
    <message>
        <source>There is no system tray here: the mini timer (Ctrl+M) keeps the countdown in view instead.</source>
        <translation>Hier gibt es keine Systemleiste: Stattdessen behält der Mini-Timer (Strg+M) den Countdown im Blick.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Start hold</source>
        <translation>Halten &amp;starten</translation>
    </message>
    <message>
        <source>Start holding the selected spot, or pause and resume a running hold (Space)</source>
        <translation>Die gewählte Stelle halten oder eine laufende Haltephase pausieren und fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Released early</source>
        <translation>&amp;Früher gelöst</translation>
    </message>
    <message>
        <source>The knot let go: end the hold now and keep the seconds held (Enter)</source>
        <translation>Der Knoten hat sich gelöst: die Haltephase jetzt beenden und die gehaltenen Sekunden behalten (Enter)</translation>
    </message>
    <message>
        <source>&amp;Cancel hold</source>
        <translation>Halten &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the hold without counting it (Esc)</source>
        <translation>Die Haltephase beenden, ohne sie zu zählen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Add 10 seconds</source>
        <translation>10 Sekunden &amp;dazu</translation>
    </message>
    <message>
        <source>Make the running hold 10 seconds longer, up to 90 seconds (+)</source>
        <translation>Die laufende Haltephase um 10 Sekunden verlängern, bis zu 90 Sekunden (+)</translation>
    </message>
    <message>
        <source>&amp;Hold again</source>
        <translation>Noch &amp;einmal halten</translation>
    </message>
    <message>
        <source>Hold the same spot once more (R)</source>
        <translation>Dieselbe Stelle noch einmal halten (R)</translation>
    </message>
    <message>
        <source>&amp;Export today as CSV…</source>
        <translation>Heute als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save today&apos;s holds as a spreadsheet file</source>
        <translation>Die Haltephasen von heute als Tabellendatei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close knotimer</source>
        <translation>knotimer schließen</translation>
    </message>
    <message>
        <source>&amp;About knotimer</source>
        <translation>Über &amp;knotimer</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Mini timer</source>
        <translation>&amp;Mini-Timer</translation>
    </message>
    <message>
        <source>A small countdown that stays above other windows (Ctrl+M)</source>
        <translation>Ein kleiner Countdown, der über anderen Fenstern bleibt (Strg+M)</translation>
    </message>
    <message>
        <source>Muscle &amp;names</source>
        <translation>Muskel&amp;namen</translation>
    </message>
    <message>
        <source>Write the muscle names on the diagram (Ctrl+N)</source>
        <translation>Die Namen der Muskeln in die Zeichnung schreiben (Strg+N)</translation>
    </message>
    <message>
        <source>Where knots &amp;usually are</source>
        <translation>Wo Knoten &amp;häufig sitzen</translation>
    </message>
    <message>
        <source>Faint circles where calf knots are often found (Ctrl+K)</source>
        <translation>Blasse Kreise, wo sich Wadenknoten oft finden (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Guided routine…</source>
        <translation>&amp;Geführte Routine…</translation>
    </message>
    <message>
        <source>Warm-up, strokes, find knots and hold them, step by step (Ctrl+G)</source>
        <translation>Aufwärmen, Streichen, Knoten suchen und halten, Schritt für Schritt (Strg+G)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>In the routine: go on to the next step, or skip this knot (N)</source>
        <translation>In der Routine: zum nächsten Schritt weitergehen oder diesen Knoten überspringen (N)</translation>
    </message>
    <message>
        <source>&amp;Before you start…</source>
        <translation>&amp;Bevor Sie beginnen…</translation>
    </message>
    <message>
        <source>A short check of signs that need a doctor</source>
        <translation>Kurze Fragen zu Anzeichen, die ärztlich abgeklärt werden sollten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key knotimer knows (F1 or ?)</source>
        <translation>Alle Tasten, die knotimer kennt (F1 oder ?)</translation>
    </message>
    <message>
        <source>&amp;How to use knotimer</source>
        <translation>&amp;So nutzen Sie knotimer</translation>
    </message>
    <message>
        <source>A short guide</source>
        <translation>Eine kurze Anleitung</translation>
    </message>
    <message>
        <source>&amp;Note for this spot…</source>
        <translation>&amp;Notiz zu dieser Stelle…</translation>
    </message>
    <message>
        <source>Write a note on the selected spot (F2)</source>
        <translation>Eine Notiz zur gewählten Stelle schreiben (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete this spot</source>
        <translation>Diese Stelle &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected spot and its holds; Ctrl+Z brings them back (Delete)</source>
        <translation>Die gewählte Stelle samt ihren Haltephasen löschen; Strg+Z holt sie zurück (Entf)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Past days on a calendar, and the knots that keep coming back (Ctrl+H)</source>
        <translation>Vergangene Tage im Kalender und die Knoten, die immer wiederkommen (Strg+H)</translation>
    </message>
    <message>
        <source>&amp;Report for a therapist (PDF)…</source>
        <translation>Be&amp;richt für die Therapie (PDF)…</translation>
    </message>
    <message>
        <source>Today&apos;s spots, holds and tenderness as a PDF to print or send (Ctrl+P)</source>
        <translation>Die Stellen, Haltephasen und Empfindlichkeit von heute als PDF zum Drucken oder Verschicken (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Hold length, cues, voice, theme, routine and your data (Ctrl+,)</source>
        <translation>Haltedauer, Signale, Stimme, Farbschema, Routine und Ihre Daten (Strg+,)</translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <source>Sound is not available ({reason}); knotimer will flash instead.</source>
        <translation>Ton ist nicht verfügbar ({reason}); knotimer blinkt stattdessen.</translation>
    </message>
    <message>
        <source>No sound device was found; knotimer will flash instead.</source>
        <translation>Es wurde kein Audiogerät gefunden; knotimer blinkt stattdessen.</translation>
    </message>
    <message>
        <source>Your sound {name} could not be played; the built-in one is back.</source>
        <translation>Ihr Ton {name} ließ sich nicht abspielen; der eingebaute ist wieder da.</translation>
    </message>
    <message>
        <source>No sound device could play knotimer&apos;s cues; it will flash instead.</source>
        <translation>Kein Audiogerät konnte die Signale von knotimer abspielen; es blinkt stattdessen.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>QLocale date pattern: 25 Nov 2026 (keep the letters d M y)</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QLocale date pattern: 25 November 2026</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>QLocale date pattern: Wed 25 Nov 2026</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <comment>QLocale date pattern: Wednesday, 25 November 2026</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QLocale date pattern: November 2026</comment>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>Export today&apos;s holds</source>
        <translation>Die Haltephasen von heute exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} ließ sich nicht schreiben: {error}</translation>
    </message>
    <message>
        <source>Exported {holds} to {path}</source>
        <translation>{holds} nach {path} exportiert</translation>
    </message>
</context>
<context>
    <name>knotimer</name>
    <message>
        <source>knotimer cannot find its folder</source>
        <translation>knotimer findet seinen Ordner nicht</translation>
    </message>
    <message>
        <source>already running; its window was brought forward</source>
        <translation>läuft bereits; sein Fenster wurde nach vorn geholt</translation>
    </message>
    <message>
        <source>knotimer cannot start</source>
        <translation>knotimer kann nicht starten</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made ({reason}). Your record itself is unaffected.</source>
        <translation>Die heutige Sicherung ließ sich nicht anlegen ({reason}). Ihre Aufzeichnung selbst ist davon nicht betroffen.</translation>
    </message>
</context>
<context>
    <name>knots</name>
    <message>
        <source>usual spot TP{n}</source>
        <translation>übliche Stelle TP{n}</translation>
    </message>
    <message>
        <source>upper, inner edge</source>
        <translation>oben, Innenrand</translation>
    </message>
    <message>
        <source>upper part</source>
        <translation>oberer Teil</translation>
    </message>
    <message>
        <source>upper, outer edge</source>
        <translation>oben, Außenrand</translation>
    </message>
    <message>
        <source>middle, inner edge</source>
        <translation>Mitte, Innenrand</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>middle, outer edge</source>
        <translation>Mitte, Außenrand</translation>
    </message>
    <message>
        <source>lower, inner edge</source>
        <translation>unten, Innenrand</translation>
    </message>
    <message>
        <source>lower part</source>
        <translation>unterer Teil</translation>
    </message>
    <message>
        <source>lower, outer edge</source>
        <translation>unten, Außenrand</translation>
    </message>
    <message>
        <source>{region} · {place}</source>
        <translation>{region} · {place}</translation>
    </message>
    <message>
        <source>avg {value}</source>
        <translation>Ø {value}</translation>
    </message>
    <message>
        <source>first week → latest week</source>
        <translation>erste Woche → letzte Woche</translation>
    </message>
    <message>
        <source>first day → latest day</source>
        <translation>erster Tag → letzter Tag</translation>
    </message>
    <message>
        <source>Not rated before a hold yet.</source>
        <translation>Vor einer Haltephase noch nicht bewertet.</translation>
    </message>
    <message>
        <source>Tenderness just before a hold, 0–10.</source>
        <translation>Empfindlichkeit direkt vor einer Haltephase, 0–10.</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Anfangs</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>It has not let go before the end of a hold yet (Enter ends a hold early).</source>
        <translation>Er hat sich bisher nicht vor dem Ende einer Haltephase gelöst (Enter beendet eine Haltephase früher).</translation>
    </message>
    <message>
        <source>Time until it let go (holds ended with Enter).</source>
        <translation>Zeit, bis er sich löste (mit Enter beendete Haltephasen).</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>medial gastrocnemius</source>
        <translation>Gastrocnemius innen</translation>
    </message>
    <message>
        <source>lateral gastrocnemius</source>
        <translation>Gastrocnemius außen</translation>
    </message>
    <message>
        <source>soleus</source>
        <translation>Soleus</translation>
    </message>
    <message>
        <source>fibularis longus</source>
        <translation>Fibularis longus</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>Achillessehne</translation>
    </message>
    <message>
        <source>back of the knee</source>
        <translation>Kniekehle</translation>
    </message>
    <message>
        <source>heel</source>
        <translation>Ferse</translation>
    </message>
    <message>
        <source>{side} · {muscle}</source>
        <translation>{side} · {muscle}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>bis zum Ende</translation>
    </message>
    <message>
        <source>released early</source>
        <translation>früher gelöst</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>The soleus lies deep under the calf: press gently here. A massage therapist can reach it better.</source>
        <translation>Der Soleus liegt tief unter der Wade: Drücken Sie hier sanft. In einer Massagepraxis kommt man besser an ihn heran.</translation>
    </message>
    <message>
        <source>Nerves and blood vessels run behind the knee: please no deep pressure here.</source>
        <translation>In der Kniekehle verlaufen Nerven und Blutgefäße: Hier bitte nicht fest drücken.</translation>
    </message>
    <message>
        <source>The Achilles tendon is a tendon, not a muscle: gentle strokes suit it better than a long, firm hold.</source>
        <translation>Die Achillessehne ist eine Sehne, kein Muskel: Sanftes Ausstreichen tut ihr besser als langer, fester Druck.</translation>
    </message>
    <message>
        <source>The heel is bone under a thick pad: there is no muscle knot to hold here.</source>
        <translation>Die Ferse ist Knochen unter einem dicken Polster: Hier gibt es keinen Muskelknoten zu halten.</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} Std. {m:02d} min</translation>
    </message>
    <message>
        <source>medial
gastroc.</source>
        <translation>Gastroc.
innen</translation>
    </message>
    <message>
        <source>lateral
gastroc.</source>
        <translation>Gastroc.
außen</translation>
    </message>
    <message>
        <source>fibul.</source>
        <translation>Fibul.</translation>
    </message>
    <message>
        <source>Achilles</source>
        <translation>Achilles</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Gastrocnemius TP1, the most common calf knot: inner calf, a little above the middle of the muscle. It can ache in the instep and behind the knee.</source>
        <translation>Gastrocnemius TP1, der häufigste Wadenknoten: innen an der Wade, etwas oberhalb der Muskelmitte. Er kann bis in den Fußrist und in die Kniekehle ausstrahlen.</translation>
    </message>
    <message>
        <source>Gastrocnemius TP2: outer calf, about the same height as TP1. Usually aches just around itself.</source>
        <translation>Gastrocnemius TP2: außen an der Wade, etwa auf der Höhe von TP1. Schmerzt meist nur an Ort und Stelle.</translation>
    </message>
    <message>
        <source>Gastrocnemius TP3: high on the inner calf, just below the back of the knee.</source>
        <translation>Gastrocnemius TP3: hoch innen an der Wade, knapp unter der Kniekehle.</translation>
    </message>
    <message>
        <source>Gastrocnemius TP4: high on the outer calf, just below the back of the knee.</source>
        <translation>Gastrocnemius TP4: hoch außen an der Wade, knapp unter der Kniekehle.</translation>
    </message>
    <message>
        <source>Soleus TP1: a few centimetres below the calf bulge, slightly to the inside. It can ache in the heel and the Achilles tendon.</source>
        <translation>Soleus TP1: einige Zentimeter unter der Wadenwölbung, etwas zur Innenseite hin. Er kann in die Ferse und die Achillessehne ausstrahlen.</translation>
    </message>
    <message>
        <source>Soleus TP2 (less common): high on the outer calf.</source>
        <translation>Soleus TP2 (seltener): hoch außen an der Wade.</translation>
    </message>
    <message>
        <source>Soleus TP3 (rare): above and to the outside of TP1.</source>
        <translation>Soleus TP3 (selten): oberhalb und außen von TP1.</translation>
    </message>
    <message>
        <source>A place where calf knots are often found.</source>
        <translation>Eine Stelle, an der sich oft Wadenknoten finden.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>knotimer — calf self-massage record</source>
        <translation>knotimer – Protokoll der Waden-Selbstmassage</translation>
    </message>
    <message>
        <source>Generated {date}, {time}</source>
        <translation>Erstellt am {date} um {time}</translation>
    </message>
    <message>
        <source>A self-care record kept by the person it describes, not a diagnosis and not medical advice.</source>
        <translation>Ein Selbstfürsorge-Protokoll, geführt von der Person, um die es geht – keine Diagnose und kein ärztlicher Rat.</translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation>Seite {n} von {m}</translation>
    </message>
    <message>
        <source>The top knots over time</source>
        <translation>Die häufigsten Knoten im Zeitverlauf</translation>
    </message>
    <message>
        <source>No tenderness ratings or times to release were recorded in this period, so there is nothing to chart.</source>
        <translation>In diesem Zeitraum wurden weder Empfindlichkeiten bewertet noch Zeiten bis zum Lösen erfasst, daher gibt es nichts darzustellen.</translation>
    </message>
    <message>
        <source>Each point: one knot&apos;s average of one day</source>
        <translation>Jeder Punkt: Durchschnitt eines Knotens an einem Tag</translation>
    </message>
    <message>
        <source>Each point: one knot&apos;s average of one week</source>
        <translation>Jeder Punkt: Durchschnitt eines Knotens in einer Woche</translation>
    </message>
    <message>
        <source>Each point: one knot&apos;s average of one month</source>
        <translation>Jeder Punkt: Durchschnitt eines Knotens in einem Monat</translation>
    </message>
    <message>
        <source>Each point: one knot&apos;s average of one year</source>
        <translation>Jeder Punkt: Durchschnitt eines Knotens in einem Jahr</translation>
    </message>
    <message>
        <source>time to release (s)</source>
        <translation>Zeit bis zum Lösen (s)</translation>
    </message>
    <message>
        <source>tender after</source>
        <translation>empfindlich nachher</translation>
    </message>
    <message>
        <source>tender before</source>
        <translation>empfindlich vorher</translation>
    </message>
    <message>
        <source>could not start writing the PDF</source>
        <translation>das Schreiben der PDF-Datei ließ sich nicht beginnen</translation>
    </message>
    <message>
        <source>could not start a new page</source>
        <translation>eine neue Seite ließ sich nicht beginnen</translation>
    </message>
    <message>
        <source>the PDF came out incomplete</source>
        <translation>die PDF-Datei ist unvollständig geworden</translation>
    </message>
    <message>
        <source>Save a report for your therapist</source>
        <translation>Einen Bericht für Ihre Therapie speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} ließ sich nicht schreiben: {error}</translation>
    </message>
    <message>
        <source>Knots, most held first</source>
        <translation>Knoten, die am häufigsten gehaltenen zuerst</translation>
    </message>
    <message>
        <source>Knot</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Anz.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Tender before</source>
        <translation>Empfindlich vorher</translation>
    </message>
    <message>
        <source>Eased per hold</source>
        <translation>Linde­rung</translation>
    </message>
    <message>
        <source>Let go after</source>
        <translation>Gelöst nach</translation>
    </message>
    <message>
        <source>Tender before: each knot&apos;s ratings just before a hold (0–10), its first week → its latest week (first day → latest day for a knot held less than two weeks); &apos;avg&apos; marks an average. Eased per hold: before minus after, on average, over the holds rated both times. Let go after: how long the knot took to let go, in holds ended with Enter. Different knots are never averaged together.</source>
        <translation>Empfindlich vorher: die Bewertungen eines Knotens direkt vor einer Haltephase (0–10), seine erste Woche → seine letzte Woche (erster Tag → letzter Tag bei einem Knoten, der kürzer als zwei Wochen gehalten wurde); „Ø“ kennzeichnet einen Durchschnitt. Linderung: vorher minus nachher je Haltephase, im Schnitt über die Haltephasen, die beide Male bewertet wurden. Gelöst nach: wie lange es dauerte, bis sich der Knoten löste, bei mit Enter beendeten Haltephasen. Verschiedene Knoten werden nie miteinander gemittelt.</translation>
    </message>
    <message>
        <source>avg {n}</source>
        <translation>Ø {n}</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <source>Year by year</source>
        <translation>Jahr für Jahr</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Let go early</source>
        <translation>Früher gelöst</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abge­brochen</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation>In diesem Zeitraum wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>{n} {outcome}</source>
        <comment>e.g. &apos;3 completed&apos;</comment>
        <translation>{n}× {outcome}</translation>
    </message>
    <message>
        <source>Spots marked</source>
        <translation>Markierte Stellen</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{n} von {m}</translation>
    </message>
    <message>
        <source>Days with holds</source>
        <translation>Tage mit Haltephasen</translation>
    </message>
    <message>
        <source>Knots (nearby spots counted as one)</source>
        <translation>Knoten (nahe Stellen als einer gezählt)</translation>
    </message>
    <message>
        <source>Holds</source>
        <comment>the summary: holds in all</comment>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>Let go early (ended with Enter)</source>
        <translation>Früher gelöst (mit Enter beendet)</translation>
    </message>
    <message>
        <source>Cancelled holds (not counted)</source>
        <translation>Abgebrochene Haltephasen (nicht gezählt)</translation>
    </message>
    <message>
        <source>Both calves are seen from behind; left and right are the person&apos;s own legs. The numbers on the drawing match the table.</source>
        <translation>Beide Waden sind von hinten gesehen; links und rechts sind die eigenen Beine der Person. Die Nummern in der Zeichnung entsprechen der Tabelle.</translation>
    </message>
    <message>
        <source>In this record</source>
        <translation>In dieser Aufzeichnung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Spots, in the order marked</source>
        <translation>Stellen, in der Reihenfolge der Markierung</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Every hold, in the order made</source>
        <translation>Alle Haltephasen, in zeitlicher Reihenfolge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Tender before → after (0–10)</source>
        <translation>Empfindlich vorher → nachher (0–10)</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>no speech engine is installed</source>
        <translation>es ist keine Sprachausgabe installiert</translation>
    </message>
    <message>
        <source>the speech engine did not start</source>
        <translation>die Sprachausgabe ist nicht gestartet</translation>
    </message>
    <message>
        <source>Spoken prompts are not available ({reason}).</source>
        <translation>Gesprochene Hinweise sind nicht verfügbar ({reason}).</translation>
    </message>
</context>
</TS>
