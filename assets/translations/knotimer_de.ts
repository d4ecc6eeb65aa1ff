<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;knotimer {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A hold timer for calf self-massage. It is a self-care aid, not medical advice: if a calf is swollen, warm, red or suddenly painful, please see a doctor before massaging it.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About knotimer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>{what}: {value} ({n} of %n hold(s), {span})</source>
        <comment>n: the holds this reading comes from; %n: the holds in that window</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A hold eased it by {value} on average (%n hold(s) rated before and after).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It let go early in {n} of %n hold(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln spot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It let go before the end in {n} of %n hold(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tenderness of %n rated hold(s), each before and after.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} – {last} (%Ln day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a report of %n page(s) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other knot(s), held less</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spots marked close together on the same muscle are counted as one knot; the %n most held are numbered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) made before the damage was found are saved in it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read; they stay in the damaged file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup that checks out is from {day}, with %Ln hold(s). Whatever was saved after that day and can still be read in the damaged file is copied back into it; the damaged file itself is kept as it is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CueMenu</name>
    <message>
        <source>Sound at the &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short sound when a hold starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticks in the last 3 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft ticks at 3, 2 and 1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound at the &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clear, longer sound when time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the end sound until I respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the end sound every few seconds until a key or click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken &amp;prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say &quot;hold&quot;, &quot;ten seconds left&quot; and &quot;release&quot; where a voice is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flash at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coloured wash over the window when time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds in the system &amp;tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a system tray exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume of the sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot {number}, {name}, {holds}, {held} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenderness {change}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaysPage</name>
    <message>
        <source>Calendar: days with holds are in bold, shaded darker the more holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this d&amp;ay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report for this day (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for this day as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s spots on the calf diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenderness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;olds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Session {n}: {start}–{end}, {holds}, {held} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holds on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {spots}, {holds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {time} on {spot}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramWidget</name>
    <message>
        <source>Calf diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both calves seen from behind. Click a muscle, or use the arrow keys and Enter, to mark a knot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spot stays where it was: that place is outside the calves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing marked: that spot is outside the calf muscles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialogs</name>
    <message>
        <source>That spot is being held: finish the hold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this spot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} also has %n hold(s) on other days. Delete the spot with all its holds, or only today&apos;s holds (the spot stays in those days&apos; lists)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &amp;everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;today&apos;s holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a spot first to write a note on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all your data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes every spot and hold knotimer has recorded, and its backups. It cannot be undone. Export or print a report first if you want to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Undone: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save this change, so nothing changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Effort</name>
    <message>
        <source>{n}+</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffortLegend</name>
    <message>
        <source>Calendar legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No days with holds yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days shaded by holds that day, light to dark: {ranges}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a day:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>Heat map legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rarely held</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most held: about %Ln hold(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>least tender: avg {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avg {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most tender: avg {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: how often a place was held, from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: how tender a place was before a hold (0–10, on average), from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>0-9 (1 then 0 = 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenderness before the next hold, or after the one just finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a knot there, or select the spot you click near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to where the knot really is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the diagram: move the crosshair, mark a knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the diagram: step through today&apos;s spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the diagram: remove the selected spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard and mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;How to use knotimer&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Sit down, cross the sore leg over the other (or turn the knee outwards) so you can reach the back of the calf.&lt;/li&gt;&lt;li&gt;Warm the calf up with long, gentle strokes, then work across it with your thumbs. The guided routine (Ctrl+G) walks you through this.&lt;/li&gt;&lt;li&gt;Press a little deeper to find a knot: a spot that feels tighter or more tender. Click the same place on the diagram.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Space&lt;/b&gt; and keep a steady, moderate pressure on the knot. The sound and the flash tell you when the time is up. If the knot lets go earlier, press &lt;b&gt;Enter&lt;/b&gt;; for more time, press &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Every hold is saved as soon as it ends. Today&apos;s list shows what you treated.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;knotimer is a self-care aid, not medical advice. If a calf is swollen, warm or red, or the pain came on suddenly, please see a doctor before massaging it (Help ▸ Before you start).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use knotimer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History – knotimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recurring knots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldCommands</name>
    <message>
        <source>The heel is bone: there is no knot to hold there. Choose a muscle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldDisplay</name>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time is up: let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held {held}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How tender now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press 0-9 (1 then 0 for 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldFeedback</name>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldFlow</name>
    <message>
        <source>First click the knot on the diagram, then press Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding… press Space to pause, Enter if the knot lets go, Esc to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold can last up to 90 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {held} on this spot ({outcome}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldPanel</name>
    <message>
        <source>Hold countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold length in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each hold lasts, from 10 to 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for {n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldTray</name>
    <message>
        <source>{n} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can release {spot} now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnotDetail</name>
    <message>
        <source>How the knot changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hold: tender before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knot&apos;s days, latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knot, &amp;day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a knot in the list or on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knot {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender before a hold ({windows}): {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated before a hold yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Let go after ({windows}): {change}; early in {n} of %n hold(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnotModel</name>
    <message>
        <source>Tenderness just before a hold (0–10): its first week → its latest week (first day → latest day for a knot younger than two weeks). &apos;avg&apos; marks an average of several ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it took to let go (holds you ended with Enter): its first week → its latest week. Sooner is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knot {n}, {name}, {holds} on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tender before a hold {change} ({windows})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let go after {change}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnotsPage</name>
    <message>
        <source>How far back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how &amp;often held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;tenderness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map of recurring knots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring knots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holds in this time yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n most held knot(s) are numbered; the list has all {m}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The colours go from the least to the most held place shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No knot here was rated before a hold yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours go from the least to the most tender place shown, by its ratings before a hold; places rated once or twice show faintly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) could not be saved ({reason}). Quit anyway and lose them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MiniTimerWindow</name>
    <message>
        <source>knotimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <source>Keep a steady, moderate pressure on the knot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a knot with your thumb, then click the same place on the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space and press the knot until the end sound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Delete all my data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound when a hold starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft ticks in the last 3 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound when time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat that sound until I press a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash the window when time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds left in the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (your language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice is installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a pause this long, the next hold starts a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session after a pause of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: cross-fibre strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: finding knots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Restore the backup of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup that checks out, so knotimer starts a new record, with whatever can still be read in the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer: your record could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer could not read your record: the database file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been deleted. knotimer moved the damaged file aside, unchanged, to:
{path}

{backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SQLite found: {reason}

Files moved aside:
{files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was damaged ({reason}); it was moved aside to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new record with what can still be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer: no record found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer found no record at {path}, but it found backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it, or start a new, empty record (the backups stay where they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer cannot save your holds: {where}. Nothing has been changed, and nothing was saved anywhere else. Make it writable for you, or start knotimer with --data-dir and a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer is too old for this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record at {path} was saved by a newer version of knotimer (record format {version}; this version reads up to {known}). knotimer has left it untouched. Please use the newer knotimer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer is open on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer seems to be open on the computer &apos;{host}&apos; (this folder is shared). Please close it there first: two knotimers must not use the same record at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer is already running (process {pid}) with the same record, but it is not answering, so its window could not be brought forward. Please look for it on your screen or taskbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer is already running with the same record, but it is not answering, so its window could not be brought forward. Please look for it on your screen or taskbar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseChart</name>
    <message>
        <source>Time to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not let go before the end of a hold yet. When a knot lets go, press Enter: the time it took shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time to release: {first} at first, {last} lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let go after (s), {average}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let go (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineControl</name>
    <message>
        <source>Finish what is running first (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineGuide</name>
    <message>
        <source>You left the routine. The free timer is yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine done. Well done — take it easy for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No knots marked on this leg: moving on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This knot needs care (see the note): press Space to hold it gently yourself, or N to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your thumb to the next knot; the hold starts by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold cancelled: Space holds this knot again, N skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Cross-fibre strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Find knots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · Hold each knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} calf · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-fibre strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find knots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold each knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke gently with the pads of your fingers, from the ankle up to the top of the calf, again and again. Oil or cream helps, but dry is fine too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your thumbs, draw short lines across the calf. Start low and work your way up to the top of the calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a little deeper with your thumb. A knot feels tighter or more tender than the muscle around it: click each one on the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep steady, moderate pressure on each knot until the timer ends or it lets go (Enter). N skips a knot, R holds the last one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncross your legs and cross them the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinePanel</name>
    <message>
        <source>Guided routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knot {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next knot in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineStart</name>
    <message>
        <source>Guided routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which calf would you like to massage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Both, left first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you start:&lt;/b&gt; five quick questions about signs that need a doctor rather than massage (about 20 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Is one calf swollen, warm or red?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last few weeks, have you had an operation, been in bed or in a cast for days, or sat through a long flight?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you take medicine that thins your blood?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you ever had a blood clot in a leg or a lung?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the pain start suddenly and sharply, like a snap or a kick?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf pain is usually a tired muscle, but now and then it is something a doctor should see first. Five quick questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please see a doctor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With that answer, the pain could come from something other than a tight muscle, such as a blood clot or a torn muscle. Massage could make that worse. Please ask a doctor before massaging this calf.

The guided routine stays off for now. The timer itself is still there if your doctor says massage is fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNote</name>
    <message>
        <source>A note on your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Please see a doctor today.&lt;/b&gt; A calf that is swollen, warm or red, or a pain that started suddenly, should be looked at before any massage. The guided routine stays off until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Please ask a doctor first.&lt;/b&gt; With your answers, check with a doctor before massaging this calf. The guided routine stays off until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Spot {number}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) could not be saved yet ({reason}). knotimer keeps them and tries again every few seconds; please do not quit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All holds are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLine</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sessions} · {held} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n}: {start}–{end}, {holds}, {held}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShutdownGuard</name>
    <message>
        <source>stopped by a signal, but some holds could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>knotimer&apos;s lock file {path} is not a plain file (it is a link, a folder or a device). knotimer has not opened it, has left it as it is, and has not started. Please remove it, then start knotimer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not support file locks ({reason}); knotimer cannot make sure that it is open only once on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not support file locks ({reason}); knotimer makes sure it is open only once on this computer, but cannot tell if it is open on another one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotEdits</name>
    <message>
        <source>A hold is running: finish it before marking a new spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot {number} marked: {name}. Press Space to hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a spot first, then press Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold {name} deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it feels now: {n} of 10, saved with this hold when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenderness after this hold: {n} of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenderness before the hold: {n} of 10. Press Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete everything ({error}). knotimer finishes it at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your knotimer data has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>the folder {folder} cannot be created ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be rescued from the damaged file ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the damaged file, {spots} and {holds} not in the backup could still be read and are back in your record.</source>
        <comment>{spots}: &apos;2 spots&apos;, {holds}: &apos;5 holds&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting all your data did not finish last time, and could not be finished now ({error}). knotimer tries again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting all your data did not finish last time (knotimer was stopped); it is finished now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold left running last time could not be recorded yet: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer stopped during a hold at {time} on {day}; it is kept as interrupted, with {held} s held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer could not restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} could not be restored ({error}). It is unchanged, and so is everything else in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer cannot open your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer could not open its record in {folder}: {reason}. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>Choose a knot in the list or on the map to see its holds here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average of a session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Tenderness, hold by hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenderness ratings for this knot yet. Press a digit before a hold, and again after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average before a hold: {first} at first, {last} lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before, {average}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>That spot is being held: finish the hold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a spot on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spot stays: it has holds now. Select it and press Delete to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the spot to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the holds of {name} on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the hold {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate tenderness after: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate tenderness before: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold on {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wiring</name>
    <message>
        <source>No spot selected: click a knot on the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How tender is it now? {after} of 10 (keys 0-9, 1 then 0 for 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this hold: {before} of 10 · how it feels now: {after} (a digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenderness before the hold: {before} of 10 (keys 0-9, 1 then 0 for 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a knot on the calf diagram, then press Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system tray here: the mini timer (Ctrl+M) keeps the countdown in view instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Start hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start holding the selected spot, or pause and resume a running hold (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Released early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knot let go: end the hold now and keep the seconds held (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the hold without counting it (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the running hold 10 seconds longer, up to 90 seconds (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the same spot once more (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export today as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save today&apos;s holds as a spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close knotimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About knotimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mini timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small countdown that stays above other windows (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the muscle names on the diagram (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where knots &amp;usually are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faint circles where calf knots are often found (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guided routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up, strokes, find knots and hold them, step by step (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the routine: go on to the next step, or skip this knot (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before you start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short check of signs that need a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key knotimer knows (F1 or ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to use knotimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for this spot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected spot (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete this spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected spot and its holds; Ctrl+Z brings them back (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past days on a calendar, and the knots that keep coming back (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report for a therapist (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s spots, holds and tenderness as a PDF to print or send (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold length, cues, voice, theme, routine and your data (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <source>Sound is not available ({reason}); knotimer will flash instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound device was found; knotimer will flash instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound device could play knotimer&apos;s cues; it will flash instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>QLocale date pattern: 25 Nov 2026 (keep the letters d M y)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QLocale date pattern: 25 November 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>QLocale date pattern: Wed 25 Nov 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <comment>QLocale date pattern: Wednesday, 25 November 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QLocale date pattern: November 2026</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>Export today&apos;s holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {holds} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knotimer</name>
    <message>
        <source>knotimer cannot find its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already running; its window was brought forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knotimer cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made ({reason}). Your record itself is unaffected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knots</name>
    <message>
        <source>usual spot TP{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper, inner edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper, outer edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle, inner edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle, outer edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower, inner edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower, outer edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region} · {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avg {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first week → latest week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day → latest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated before a hold yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenderness just before a hold, 0–10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not let go before the end of a hold yet (Enter ends a hold early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time until it let go (holds ended with Enter).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medial gastrocnemius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lateral gastrocnemius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soleus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fibularis longus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} · {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soleus lies deep under the calf: press gently here. A massage therapist can reach it better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerves and blood vessels run behind the knee: please no deep pressure here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Achilles tendon is a tendon, not a muscle: gentle strokes suit it better than a long, firm hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heel is bone under a thick pad: there is no muscle knot to hold here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medial
gastroc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lateral
gastroc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fibul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achilles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrocnemius TP1, the most common calf knot: inner calf, a little above the middle of the muscle. It can ache in the instep and behind the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrocnemius TP2: outer calf, about the same height as TP1. Usually aches just around itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrocnemius TP3: high on the inner calf, just below the back of the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastrocnemius TP4: high on the outer calf, just below the back of the knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soleus TP1: a few centimetres below the calf bulge, slightly to the inside. It can ache in the heel and the Achilles tendon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soleus TP2 (less common): high on the outer calf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soleus TP3 (rare): above and to the outside of TP1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place where calf knots are often found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>knotimer — calf self-massage record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated {date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-care record kept by the person it describes, not a diagnosis and not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top knots over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenderness ratings or times to release were recorded in this period, so there is nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point: one knot&apos;s average of one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point: one knot&apos;s average of one week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point: one knot&apos;s average of one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point: one knot&apos;s average of one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to release (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tender after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tender before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start writing the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF came out incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a report for your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knots, most held first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eased per hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender before: each knot&apos;s ratings just before a hold (0–10), its first week → its latest week (first day → latest day for a knot held less than two weeks); &apos;avg&apos; marks an average. Eased per hold: before minus after, on average, over the holds rated both times. Let go after: how long the knot took to let go, in holds ended with Enter. Different knots are never averaged together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avg {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {outcome}</source>
        <comment>e.g. &apos;3 completed&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spots marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knots (nearby spots counted as one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go early (ended with Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled holds (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both calves are seen from behind; left and right are the person&apos;s own legs. The numbers on the drawing match the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spots, in the order marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hold, in the order made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender before → after (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>no speech engine is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken prompts are not available ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Today&apos;s spots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
