<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>{what}: {value} ({n} of %n hold(s), {span})</source>
        <comment>n: the holds this reading comes from; %n: the holds in that window</comment>
        <translation>
            <numerusform>{what}: {value} ({n} of %n hold, {span})</numerusform>
            <numerusform>{what}: {value} ({n} of %n holds, {span})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A hold eased it by {value} on average (%n hold(s) rated before and after).</source>
        <translation>
            <numerusform>A hold eased it by {value} on average (%n hold rated before and after).</numerusform>
            <numerusform>A hold eased it by {value} on average (%n holds rated before and after).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It let go early in {n} of %n hold(s).</source>
        <translation>
            <numerusform>It let go early in {n} of %n hold.</numerusform>
            <numerusform>It let go early in {n} of %n holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln hold</numerusform>
            <numerusform>%Ln holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln spot(s)</source>
        <translation>
            <numerusform>%Ln spot</numerusform>
            <numerusform>%Ln spots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It let go before the end in {n} of %n hold(s).</source>
        <translation>
            <numerusform>It let go before the end in {n} of %n hold.</numerusform>
            <numerusform>It let go before the end in {n} of %n holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tenderness of %n rated hold(s), each before and after.</source>
        <translation>
            <numerusform>Tenderness of %n rated hold, before and after.</numerusform>
            <numerusform>Tenderness of %n rated holds, each before and after.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} – {last} (%Ln day(s))</source>
        <translation>
            <numerusform>{first} – {last} (%Ln day)</numerusform>
            <numerusform>{first} – {last} (%Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a report of %n page(s) to {path}</source>
        <translation>
            <numerusform>Saved a report of %n page to {path}</numerusform>
            <numerusform>Saved a report of %n pages to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other knot(s), held less</source>
        <translation>
            <numerusform>%n other knot, held less</numerusform>
            <numerusform>%n other knots, held less</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spots marked close together on the same muscle are counted as one knot; the %n most held are numbered.</source>
        <translation>
            <numerusform>Spots marked close together on the same muscle are counted as one knot; the most held one is numbered.</numerusform>
            <numerusform>Spots marked close together on the same muscle are counted as one knot; the %n most held are numbered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) made before the damage was found are saved in it.</source>
        <translation>
            <numerusform>%n hold made before the damage was found is saved in it.</numerusform>
            <numerusform>%n holds made before the damage was found are saved in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read; they stay in the damaged file.</source>
        <translation>
            <numerusform>%n row could not be read; it stays in the damaged file.</numerusform>
            <numerusform>%n rows could not be read; they stay in the damaged file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup that checks out is from {day}, with %Ln hold(s). Whatever was saved after that day and can still be read in the damaged file is copied back into it; the damaged file itself is kept as it is.</source>
        <translation>
            <numerusform>The newest backup that checks out is from {day}, with %Ln hold. Whatever was saved after that day and can still be read in the damaged file is copied back into it; the damaged file itself is kept as it is.</numerusform>
            <numerusform>The newest backup that checks out is from {day}, with %Ln holds. Whatever was saved after that day and can still be read in the damaged file is copied back into it; the damaged file itself is kept as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysPage</name>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditDialogs</name>
    <message numerus="yes">
        <source>{name} also has %n hold(s) on other days. Delete the spot with all its holds, or only today&apos;s holds (the spot stays in those days&apos; lists)?</source>
        <translation>
            <numerusform>{name} also has %n hold on another day. Delete the spot with all its holds, or only today&apos;s holds (the spot stays in that day&apos;s list)?</numerusform>
            <numerusform>{name} also has %n holds on other days. Delete the spot with all its holds, or only today&apos;s holds (the spot stays in those days&apos; lists)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln hold</numerusform>
            <numerusform>%Ln holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most held: about %Ln hold(s)</source>
        <translation>
            <numerusform>most held: about %Ln hold</numerusform>
            <numerusform>most held: about %Ln holds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnotDetail</name>
    <message numerus="yes">
        <source>Let go after ({windows}): {change}; early in {n} of %n hold(s)</source>
        <translation>
            <numerusform>Let go after ({windows}): {change}; early in {n} of %n hold</numerusform>
            <numerusform>Let go after ({windows}): {change}; early in {n} of %n holds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnotModel</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnotsPage</name>
    <message numerus="yes">
        <source>The %n most held knot(s) are numbered; the list has all {m}.</source>
        <translation>
            <numerusform>The most held knot is numbered; the list has all {m}.</numerusform>
            <numerusform>The %n most held knots are numbered; the list has all {m}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n hold(s) could not be saved ({reason}). Quit anyway and lose them?</source>
        <translation>
            <numerusform>%n hold could not be saved ({reason}). Quit anyway and lose it?</numerusform>
            <numerusform>%n holds could not be saved ({reason}). Quit anyway and lose them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <source>%n hold(s) could not be saved yet ({reason}). knotimer keeps them and tries again every few seconds; please do not quit.</source>
        <translation>
            <numerusform>%n hold could not be saved yet ({reason}). knotimer keeps it and tries again every few seconds; please do not quit.</numerusform>
            <numerusform>%n holds could not be saved yet ({reason}). knotimer keeps them and tries again every few seconds; please do not quit.</numerusform>
        </translation>
    </message>
</context>
</TS>
