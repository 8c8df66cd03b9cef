<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Fitted on %1 rows (training fit; hold a device out to see transfer).</source>
        <translation>An %1 Zeilen angepasst (Trainingsanpassung; ein Gerät zurückhalten, um die Übertragung zu sehen).</translation>
    </message>
    <message>
        <source>Trained on %1 rows of the other devices; evaluated on %2 rows of %3.</source>
        <translation>Mit %1 Zeilen der anderen Geräte trainiert; an %2 Zeilen von %3 ausgewertet.</translation>
    </message>
    <message>
        <source>Training cancelled.</source>
        <translation>Training abgebrochen.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Transfer check: on devices it never saw, the correction is applied at %1% strength (held-out MAPE: roofline %2%, full correction %3%, applied %4%).</source>
        <translation>Übertragungsprüfung: Auf Geräten, die es nie gesehen hat, wird die Korrektur mit %1% Stärke angewendet (MAPE zurückgehaltener Geräte: Roofline %2%, volle Korrektur %3%, angewendet %4%).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ridgeline performance workbench</source>
        <translation>Ridgeline-Leistungswerkbank</translation>
    </message>
    <message>
        <source>Project or spec file to open.</source>
        <translation>Zu öffnende Projekt- oder Spezifikationsdatei.</translation>
    </message>
    <message>
        <source>Save the window to &lt;png&gt; after the first result, then exit.</source>
        <translation>Das Fenster nach dem ersten Ergebnis als &lt;png&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Pin the first result as baseline, then predict on this hardware.</source>
        <translation>Das erste Ergebnis als Basislinie festhalten und dann auf dieser Hardware vorhersagen.</translation>
    </message>
    <message>
        <source>Select the most time-consuming operator.</source>
        <translation>Den zeitaufwendigsten Operator auswählen.</translation>
    </message>
    <message>
        <source>light or dark (default: the preference).</source>
        <translation>light oder dark (Standard: die Einstellung).</translation>
    </message>
    <message>
        <source>Predict with this learned or hybrid model file instead of the roofline.</source>
        <translation>Mit dieser Datei eines gelernten oder hybriden Modells statt der Roofline vorhersagen.</translation>
    </message>
    <message>
        <source>Result tab shown: roofline, traffic, explanation, timeline, learned or serving.</source>
        <translation>Angezeigter Ergebnis-Tab: roofline, traffic, explanation, timeline, learned oder serving.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1500x950).</source>
        <translation>Fenstergröße für --screenshot (Standard 1500x950).</translation>
    </message>
    <message>
        <source>Result tab shown: roofline, traffic, explanation, timeline, learned, serving or training (training-breakdown, training-memory, training-collectives, training-search: a tab of the training page).</source>
        <translation>Angezeigter Ergebnis-Tab: roofline, traffic, explanation, timeline, learned, serving oder training (training-breakdown, training-memory, training-collectives, training-search: ein Tab der Trainingsseite).</translation>
    </message>
    <message>
        <source>Result tab shown: roofline, traffic, explanation, timeline, learned, serving, explore or training (training-breakdown, training-memory, training-collectives, training-search: a tab of the training page).</source>
        <translation>Angezeigter Ergebnis-Tab: roofline, traffic, explanation, timeline, learned, serving, explore oder training (training-breakdown, training-memory, training-collectives, training-search: ein Tab der Trainingsseite).</translation>
    </message>
    <message>
        <source>Result tab shown: roofline, traffic, explanation, timeline, learned, serving, explore or training (training-breakdown, training-memory, training-collectives, training-search: a tab of the training page; dataflow-&lt;view&gt;: a view of the dataflow page, e.g. dataflow-loopnest).</source>
        <translation>Angezeigter Ergebnisreiter: roofline, traffic, explanation, timeline, learned, serving, explore oder training (training-breakdown, training-memory, training-collectives, training-search: ein Reiter der Trainingsseite; dataflow-&lt;Ansicht&gt;: eine Ansicht der Datenflussseite, z. B. dataflow-loopnest).</translation>
    </message>
    <message>
        <source>Interface language: en, de or zh_CN (default: the preference, else the system's).</source>
        <translation>Sprache der Oberfläche: en, de oder zh_CN (Standard: die Einstellung, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Compare rooflines side by side, not overlaid with arrows.</source>
        <translation>Rooflines nebeneinander vergleichen statt überlagert mit Pfeilen.</translation>
    </message>
</context>
<context>
    <name>rl::gui::MainWindow</name>
    <message>
        <source>Roofline</source>
        <translation>Roofline</translation>
    </message>
    <message>
        <source>Memory traffic</source>
        <translation>Speicherverkehr</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>Vorhersage läuft…</translation>
    </message>
    <message>
        <source>Prediction failed</source>
        <translation>Vorhersage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>Export operator table (CSV)…</source>
        <translation>Operatortabelle exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Export result (JSON)…</source>
        <translation>Ergebnis exportieren (JSON)…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Predict now</source>
        <translation>Jetzt &amp;vorhersagen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Pin result as baseline</source>
        <translation>Ergebnis als &amp;Basislinie festhalten</translation>
    </message>
    <message>
        <source>&amp;Clear baseline</source>
        <translation>Basislinie &amp;entfernen</translation>
    </message>
    <message>
        <source>Compare with other &amp;hardware…</source>
        <translation>Mit anderer &amp;Hardware vergleichen…</translation>
    </message>
    <message>
        <source>Hardware to compare</source>
        <translation>Zu vergleichende Hardware</translation>
    </message>
    <message>
        <source>Hardware spec (*.json)</source>
        <translation>Hardware-Spezifikation (*.json)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Undo zoom</source>
        <translation>Zoom rückgängig</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Ridgeline</source>
        <translation>&amp;Über Ridgeline</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>%1 is not a Ridgeline project or spec file.</source>
        <translation>%1 ist keine Ridgeline-Projekt- oder Spezifikationsdatei.</translation>
    </message>
    <message>
        <source>%1 (embedded)</source>
        <translation>%1 (eingebettet)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>No sample projects found in %1.</source>
        <translation>Keine Beispielprojekte in %1 gefunden.</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Open project or spec</source>
        <translation>Projekt oder Spezifikation öffnen</translation>
    </message>
    <message>
        <source>Ridgeline files (*.json);;All files (*)</source>
        <translation>Ridgeline-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Ridgeline project (*.json)</source>
        <translation>Ridgeline-Projekt (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Restore unsaved edits?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Ridgeline was closed with unsaved edits (%1, %2). Restore them?</source>
        <translation>Ridgeline wurde mit ungespeicherten Änderungen beendet (%1, %2). Wiederherstellen?</translation>
    </message>
    <message>
        <source>untitled project</source>
        <translation>unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Restored edits</source>
        <translation>Wiederhergestellte Änderungen</translation>
    </message>
    <message>
        <source>Fix the errors in Messages to predict</source>
        <translation>Beheben Sie die Fehler unter „Meldungen“, um vorherzusagen</translation>
    </message>
    <message>
        <source>Pinned the current result as the baseline</source>
        <translation>Aktuelles Ergebnis als Basislinie festgehalten</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Mit %1 vergleichen</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Cannot apply "%1": %2</source>
        <translation>„%1“ kann nicht angewendet werden: %2</translation>
    </message>
    <message>
        <source>What-if: %1</source>
        <translation>Was-wäre-wenn: %1</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>Klicken, um zum Feld zu springen</translation>
    </message>
    <message>
        <source>prediction failed: %1</source>
        <translation>Vorhersage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Hardware: %1  ·  Model: %2  ·  Scenario: %3</source>
        <translation>Hardware: %1  ·  Modell: %2  ·  Szenario: %3</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export operator table</source>
        <translation>Operatortabelle exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
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
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Language (after restart):</source>
        <translation>Sprache (nach Neustart):</translation>
    </message>
    <message>
        <source>Re-run delay after an edit:</source>
        <translation>Verzögerung bis zur Neuberechnung nach einer Änderung:</translation>
    </message>
    <message>
        <source>The language changes when Ridgeline restarts.</source>
        <translation>Die Sprache ändert sich beim Neustart von Ridgeline.</translation>
    </message>
    <message>
        <source>About Ridgeline</source>
        <translation>Über Ridgeline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ridgeline 0.1&lt;/h3&gt;&lt;p&gt;A workbench that predicts, explains and explores the performance of ML workloads on hardware.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ridgeline 0.1&lt;/h3&gt;&lt;p&gt;Eine Werkbank, die die Leistung von ML-Arbeitslasten auf Hardware vorhersagt, erklärt und erkundet.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1 und QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Learned models</source>
        <translation>Gelernte Modelle</translation>
    </message>
    <message>
        <source>Predictor:</source>
        <translation>Prädiktor:</translation>
    </message>
    <message>
        <source>Model not loaded: %1</source>
        <translation>Modell nicht geladen: %1</translation>
    </message>
    <message>
        <source>%1 predicted in %2 (%3)</source>
        <translation>%1 vorhergesagt in %2 (%3)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>Simulation failed: %1</source>
        <translation>Simulation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled: the results shown are from the last complete run.</source>
        <translation>Abgebrochen: Die angezeigten Ergebnisse stammen aus dem letzten vollständigen Lauf.</translation>
    </message>
    <message>
        <source>Serving projects simulate requests, not single operators: see the Serving tab.</source>
        <translation>Serving-Projekte simulieren Anfragen, keine einzelnen Operatoren: siehe Tab „Serving“.</translation>
    </message>
    <message>
        <source>Training simulation is not available yet: Ridgeline does not predict training steps, so this project shows no result. Inference and serving scenarios are predicted.</source>
        <translation>Trainingssimulation ist noch nicht verfügbar: Ridgeline sagt keine Trainingsschritte vorher, daher zeigt dieses Projekt kein Ergebnis. Inferenz- und Serving-Szenarien werden vorhergesagt.</translation>
    </message>
    <message>
        <source>Training is not simulated yet</source>
        <translation>Training wird noch nicht simuliert</translation>
    </message>
    <message>
        <source>The project's specs do not fit together:
%1</source>
        <translation>Die Spezifikationen des Projekts passen nicht zusammen:
%1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Serving and training projects are simulated, not analysed operator by operator: see the Serving or Training tab.</source>
        <translation>Serving- und Trainingsprojekte werden simuliert, nicht Operator für Operator analysiert: siehe den Tab Serving oder Training.</translation>
    </message>
    <message>
        <source>Simulating the training iteration…</source>
        <translation>Trainingsiteration wird simuliert…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Herauszoomen</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Open design point</source>
        <translation>Entwurfspunkt öffnen</translation>
    </message>
    <message>
        <source>Opened %1 as an untitled project</source>
        <translation>%1 als unbenanntes Projekt geöffnet</translation>
    </message>
    <message>
        <source>New sweep</source>
        <translation>Neuer Sweep</translation>
    </message>
    <message>
        <source>Open a project first: a sweep varies the fields of a base project.</source>
        <translation>Zuerst ein Projekt öffnen: ein Sweep variiert die Felder eines Basisprojekts.</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>Accelerator, problem, mapping</source>
        <translation>Beschleuniger, Problem, Mapping</translation>
    </message>
    <message>
        <source>This project is a dataflow study (an accelerator, a problem and a mapping) without hardware, model and scenario: see the Dataflow tab.</source>
        <translation>Dieses Projekt ist eine Datenflussstudie (ein Beschleuniger, ein Problem und ein Mapping) ohne Hardware, Modell und Szenario: siehe Reiter Datenfluss.</translation>
    </message>
    <message>
        <source>Dataflow study: see the Dataflow tab</source>
        <translation>Datenflussstudie: siehe Reiter Datenfluss</translation>
    </message>
    <message>
        <source>Dataflow study: %1</source>
        <translation>Datenflussstudie: %1</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>New accelerator, problem or mapping</source>
        <translation>Neuer Beschleuniger, neues Problem oder Mapping</translation>
    </message>
    <message>
        <source>It replaces the open project's hardware as one edit: Edit &gt; Undo brings the old one back.</source>
        <translation>Sie ersetzt die Hardware des offenen Projekts in einem Schritt: Bearbeiten &gt; Rückgängig holt die alte zurück.</translation>
    </message>
    <message>
        <source>It replaces the open project's model as one edit: Edit &gt; Undo brings the old one back.</source>
        <translation>Es ersetzt das Modell des offenen Projekts in einem Schritt: Bearbeiten &gt; Rückgängig holt das alte zurück.</translation>
    </message>
    <message>
        <source>It replaces the open project's scenario as one edit: Edit &gt; Undo brings the old one back.</source>
        <translation>Es ersetzt das Szenario des offenen Projekts in einem Schritt: Bearbeiten &gt; Rückgängig holt das alte zurück.</translation>
    </message>
    <message>
        <source>It opens as a new, unsaved project; the other specs start from their blank templates, so a result shows at once.</source>
        <translation>Es öffnet sich als neues, ungespeichertes Projekt; die übrigen Spezifikationen beginnen mit ihren leeren Vorlagen, sodass sofort ein Ergebnis erscheint.</translation>
    </message>
    <message>
        <source>It opens as a new, unsaved project with the open study's other documents; without a mapping, the mapper finds one.</source>
        <translation>Es öffnet sich als neues, ungespeichertes Projekt mit den übrigen Dokumenten der offenen Studie; ohne Mapping sucht der Mapper eines.</translation>
    </message>
    <message>
        <source>It opens as a new, unsaved accelerator study; what it lacks comes from the blank templates, and the mapper finds a mapping.</source>
        <translation>Es öffnet sich als neue, ungespeicherte Beschleunigerstudie; was fehlt, kommt aus den leeren Vorlagen, und der Mapper sucht ein Mapping.</translation>
    </message>
    <message>
        <source>A mapping needs the accelerator and the problem it maps, and no accelerator study is open. Open the accelerator (or a project with it) first.</source>
        <translation>Ein Mapping braucht den Beschleuniger und das Problem, die es abbildet, und es ist keine Beschleunigerstudie geöffnet. Öffnen Sie zuerst den Beschleuniger (oder ein Projekt damit).</translation>
    </message>
    <message>
        <source>New %1 from %2</source>
        <translation>Neu: %1 aus %2</translation>
    </message>
    <message>
        <source>blank template</source>
        <translation>leere Vorlage</translation>
    </message>
    <message>
        <source>%1 is a mapping: it needs the accelerator and the problem it maps, and no accelerator study is open. Open the accelerator (or a project with it) first, then open the mapping.</source>
        <translation>%1 ist ein Mapping: Es braucht den Beschleuniger und das Problem, die es abbildet, und es ist keine Beschleunigerstudie geöffnet. Öffnen Sie zuerst den Beschleuniger (oder ein Projekt damit), dann das Mapping.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Untitled accelerator study</source>
        <translation>Unbenannte Beschleunigerstudie</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>rl::gui::PredictorChooser</name>
    <message>
        <source>Predictor for this project's runs</source>
        <translation>Prädiktor für die Läufe dieses Projekts</translation>
    </message>
    <message>
        <source>Roofline (analytical)</source>
        <translation>Roofline (analytisch)</translation>
    </message>
    <message>
        <source>Model trained on the Learned models page</source>
        <translation>Auf der Seite „Gelernte Modelle“ trainiertes Modell</translation>
    </message>
    <message>
        <source>Model file: none</source>
        <translation>Modelldatei: keine</translation>
    </message>
    <message>
        <source>Load model file…</source>
        <translation>Modelldatei laden…</translation>
    </message>
    <message>
        <source>trained in this session</source>
        <translation>in dieser Sitzung trainiert</translation>
    </message>
    <message>
        <source>Model file: %1</source>
        <translation>Modelldatei: %1</translation>
    </message>
    <message>
        <source>Learned model</source>
        <translation>Gelerntes Modell</translation>
    </message>
    <message>
        <source>Ridgeline learned model (*.json)</source>
        <translation>Gelerntes Ridgeline-Modell (*.json)</translation>
    </message>
</context>
<context>
    <name>rl::views</name>
    <message>
        <source>unknown image format '%1' (use png, pdf or svg)</source>
        <translation>unbekanntes Bildformat „%1“ (png, pdf oder svg verwenden)</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Dense peak math rate for this data type, e.g. "312 TFLOP/s".</source>
        <translation>Dichte Spitzenrechenleistung für diesen Datentyp, z. B. „312 TFLOP/s“.</translation>
    </message>
    <message>
        <source>Fraction of the peak a well-tuned kernel reaches for this data type, in (0, 1].</source>
        <translation>Anteil der Spitze, den ein gut optimierter Kernel für diesen Datentyp erreicht, in (0, 1].</translation>
    </message>
    <message>
        <source>Data type of this tensor class: fp32, bf16, fp16, fp8, int8 or int4.</source>
        <translation>Datentyp dieser Tensorklasse: fp32, bf16, fp16, fp8, int8 oder int4.</translation>
    </message>
    <message>
        <source>Number of devices along this parallelism dimension.</source>
        <translation>Anzahl der Geräte entlang dieser Parallelisierungsdimension.</translation>
    </message>
    <message>
        <source>the hardware spec has no compute peaks to scale</source>
        <translation>die Hardware-Spezifikation hat keine Rechenspitzen zum Skalieren</translation>
    </message>
    <message>
        <source>the hardware spec has no interconnect bandwidth to scale</source>
        <translation>die Hardware-Spezifikation hat keine Verbindungsbandbreite zum Skalieren</translation>
    </message>
    <message>
        <source>the what-if scales by %1, not a positive factor</source>
        <translation>das Was-wäre-wenn skaliert um %1, keinen positiven Faktor</translation>
    </message>
    <message>
        <source>the hardware spec has no bandwidth for memory level %1 (%2)</source>
        <translation>die Hardware-Spezifikation hat keine Bandbreite für Speicherebene %1 (%2)</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>largest token gap</source>
        <translation>größter Token-Abstand</translation>
    </message>
    <message>
        <source>end-to-end</source>
        <translation>Ende-zu-Ende</translation>
    </message>
    <message>
        <source>scheduling delay</source>
        <translation>Einplanungsverzögerung</translation>
    </message>
    <message>
        <source>SLO: p99 %1 ≤ %2</source>
        <translation>SLO: p99 %1 ≤ %2</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Batch (sequences)</source>
        <translation>Batch (Sequenzen)</translation>
    </message>
    <message>
        <source>KV cache (% used)</source>
        <translation>KV-Cache (% belegt)</translation>
    </message>
    <message>
        <source>Queue (requests)</source>
        <translation>Warteschlange (Anfragen)</translation>
    </message>
    <message>
        <source>no SLO set</source>
        <translation>kein SLO festgelegt</translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation>Bediente Anfragen</translation>
    </message>
    <message>
        <source>Requests rejected</source>
        <translation>Abgelehnte Anfragen</translation>
    </message>
    <message>
        <source>Preemptions</source>
        <translation>Verdrängungen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Goodput (within SLO)</source>
        <translation>Goodput (innerhalb SLO)</translation>
    </message>
    <message>
        <source>SLO attainment</source>
        <translation>SLO-Erfüllung</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ausgelastet</translation>
    </message>
    <message>
        <source>Energy per million tokens</source>
        <translation>Energie pro Million Tokens</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>Kosten pro Million Tokens</translation>
    </message>
    <message>
        <source>KV-cache blocks per replica</source>
        <translation>KV-Cache-Blöcke pro Replikat</translation>
    </message>
    <message>
        <source>%1 p50 / p99</source>
        <translation>%1 p50 / p99</translation>
    </message>
    <message>
        <source>Time between tokens</source>
        <translation>Zeit zwischen Tokens</translation>
    </message>
    <message>
        <source>End-to-end</source>
        <translation>Ende-zu-Ende</translation>
    </message>
    <message>
        <source>Scheduling delay</source>
        <translation>Einplanungsverzögerung</translation>
    </message>
    <message>
        <source>Capacity within SLO</source>
        <translation>Kapazität innerhalb SLO</translation>
    </message>
    <message>
        <source>%1 served</source>
        <translation>%1 bedient</translation>
    </message>
    <message>
        <source>req</source>
        <translation>Anfr.</translation>
    </message>
    <message>
        <source>goodput %1</source>
        <translation>Goodput %1</translation>
    </message>
    <message>
        <source>SLO met %1</source>
        <translation>SLO erfüllt %1</translation>
    </message>
    <message>
        <source>p99 TTFT %1</source>
        <translation>p99 TTFT %1</translation>
    </message>
    <message>
        <source>p99 TPOT %1</source>
        <translation>p99 TPOT %1</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 preemptions</source>
        <translation>%1 Verdrängungen</translation>
    </message>
    <message>
        <source>the scenario has no "serving" section</source>
        <translation>das Szenario hat keinen Abschnitt "serving"</translation>
    </message>
    <message>
        <source>the what-if carries no usable value (%1)</source>
        <translation>das Was-wäre-wenn enthält keinen verwendbaren Wert (%1)</translation>
    </message>
    <message>
        <source>the scenario has no "training" section</source>
        <translation>das Szenario hat keinen Abschnitt "training"</translation>
    </message>
    <message>
        <source>no power data in the spec</source>
        <translation>keine Leistungsdaten</translation>
    </message>
    <message>
        <source>no price in the spec</source>
        <translation>kein Preis angegeben</translation>
    </message>
    <message>
        <source>no tokens generated</source>
        <translation>keine Tokens erzeugt</translation>
    </message>
</context>
<context>
    <name>rl::views::ExplanationView</name>
    <message>
        <source>Whole run</source>
        <translation>Gesamter Lauf</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>Predicted time</source>
        <translation>Vorhergesagte Zeit</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>Selected operator</source>
        <translation>Ausgewählter Operator</translation>
    </message>
    <message>
        <source>Click an operator in the roofline, the traffic chart or the table.</source>
        <translation>Klicken Sie auf einen Operator im Roofline-Diagramm, im Verkehrsdiagramm oder in der Tabelle.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Lower bound on time</source>
        <translation>Untere Zeitschranke</translation>
    </message>
    <message>
        <source>vs binding</source>
        <translation>ggü. Engpass</translation>
    </message>
    <message>
        <source>Scale %1 by %2 in the hardware spec (undoable)</source>
        <translation>%1 in der Hardware-Spezifikation mit %2 skalieren (rückgängig machbar)</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>Noch kein Ergebnis.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Predicted time: &lt;b&gt;%1&lt;/b&gt;, %2, %3 (predictor: %4).</source>
        <translation>Vorhergesagte Zeit: &lt;b&gt;%1&lt;/b&gt;, %2, %3 (Prädiktor: %4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 × %3 = %4, %5 of the run</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 × %3 = %4, %5 des Laufs</translation>
    </message>
    <message>
        <source>Bound by %1.</source>
        <translation>Begrenzt durch %1.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Apply %1 to the scenario spec (undoable)</source>
        <translation>%1 auf die Szenario-Spezifikation anwenden (rückgängig machbar)</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Neue Zeit</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Each step takes longer</source>
        <translation>Jeder Schritt dauert länger</translation>
    </message>
    <message>
        <source>Each step takes less time</source>
        <translation>Jeder Schritt dauert kürzer</translation>
    </message>
    <message>
        <source>Apply %1 to the hardware spec (undoable)</source>
        <translation>%1 auf die Hardware-Spezifikation anwenden (rückgängig machbar)</translation>
    </message>
    <message>
        <source>New time per step / old time: above 1× is slower</source>
        <translation>Neue Zeit pro Schritt / alte Zeit: über 1× ist langsamer</translation>
    </message>
    <message>
        <source>Work done per second, new / old</source>
        <translation>Arbeit pro Sekunde, neu / alt</translation>
    </message>
</context>
<context>
    <name>rl::views::FieldDocs</name>
    <message>
        <source>Display name.</source>
        <translation>Anzeigename.</translation>
    </message>
    <message>
        <source>Manufacturer.</source>
        <translation>Hersteller.</translation>
    </message>
    <message>
        <source>What this spec describes (hardware: gpu, tpu, cpu, edge, accelerator; scenario: inference, serving, training).</source>
        <translation>Was diese Spezifikation beschreibt (Hardware: gpu, tpu, cpu, edge, accelerator; Szenario: inference, serving, training).</translation>
    </message>
    <message>
        <source>Where the numbers come from (datasheet, paper).</source>
        <translation>Woher die Zahlen stammen (Datenblatt, Veröffentlichung).</translation>
    </message>
    <message>
        <source>Other names of the device in measurement files, comma separated.</source>
        <translation>Andere Namen des Geräts in Messdateien, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Compute units (SMs, cores, PEs).</source>
        <translation>Recheneinheiten (SMs, Kerne, PEs).</translation>
    </message>
    <message>
        <source>Boost clock, e.g. "1.41 GHz".</source>
        <translation>Boost-Takt, z. B. „1.41 GHz“.</translation>
    </message>
    <message>
        <source>Energy of one operation, e.g. "0.6 pJ/FLOP".</source>
        <translation>Energie einer Operation, z. B. „0.6 pJ/FLOP“.</translation>
    </message>
    <message>
        <source>Capacity per instance, e.g. "80 GiB" or "192 KiB".</source>
        <translation>Kapazität je Instanz, z. B. „80 GiB“ oder „192 KiB“.</translation>
    </message>
    <message>
        <source>How many copies of this level exist (e.g. one L1 per SM).</source>
        <translation>Wie viele Exemplare dieser Ebene es gibt (z. B. ein L1 je SM).</translation>
    </message>
    <message>
        <source>Aggregate bandwidth of the level, e.g. "2039 GB/s". Drag the slider to scale it live.</source>
        <translation>Gesamtbandbreite der Ebene, z. B. „2039 GB/s“. Ziehen Sie den Schieberegler, um sie live zu skalieren.</translation>
    </message>
    <message>
        <source>Fraction of the bandwidth a streaming kernel reaches, in (0, 1].</source>
        <translation>Anteil der Bandbreite, den ein Streaming-Kernel erreicht, in (0, 1].</translation>
    </message>
    <message>
        <source>Energy per byte read, e.g. "7 pJ/B".</source>
        <translation>Energie je gelesenem Byte, z. B. „7 pJ/B“.</translation>
    </message>
    <message>
        <source>Energy per byte written, e.g. "7 pJ/B".</source>
        <translation>Energie je geschriebenem Byte, z. B. „7 pJ/B“.</translation>
    </message>
    <message>
        <source>Access or message latency, e.g. "500 ns".</source>
        <translation>Zugriffs- oder Nachrichtenlatenz, z. B. „500 ns“.</translation>
    </message>
    <message>
        <source>Interconnect topology: switch, ring, torus or mesh.</source>
        <translation>Verbindungstopologie: switch, ring, torus oder mesh.</translation>
    </message>
    <message>
        <source>Devices along this interconnect dimension.</source>
        <translation>Geräte entlang dieser Verbindungsdimension.</translation>
    </message>
    <message>
        <source>Bandwidth per device per direction, e.g. "300 GB/s".</source>
        <translation>Bandbreite je Gerät und Richtung, z. B. „300 GB/s“.</translation>
    </message>
    <message>
        <source>Thermal design power, e.g. "400 W".</source>
        <translation>Thermische Verlustleistung (TDP), z. B. „400 W“.</translation>
    </message>
    <message>
        <source>Die area, e.g. "826 mm2".</source>
        <translation>Chipfläche, z. B. „826 mm2“.</translation>
    </message>
    <message>
        <source>Rental price, e.g. "1.80 USD/h".</source>
        <translation>Mietpreis, z. B. „1.80 USD/h“.</translation>
    </message>
    <message>
        <source>Fixed overhead per kernel launch, e.g. "4 us".</source>
        <translation>Fester Aufwand je Kernel-Start, z. B. „4 us“.</translation>
    </message>
    <message>
        <source>The parameter count the model is known by.</source>
        <translation>Die Parameterzahl, unter der das Modell bekannt ist.</translation>
    </message>
    <message>
        <source>Hugging Face model family (llama, mistral, mixtral, qwen2, gpt2, opt, falcon, bert).</source>
        <translation>Hugging-Face-Modellfamilie (llama, mistral, mixtral, qwen2, gpt2, opt, falcon, bert).</translation>
    </message>
    <message>
        <source>Width of the residual stream (d_model).</source>
        <translation>Breite des Residualstroms (d_model).</translation>
    </message>
    <message>
        <source>Width of the MLP (per expert for MoE).</source>
        <translation>Breite des MLP (je Experte bei MoE).</translation>
    </message>
    <message>
        <source>Query heads per layer.</source>
        <translation>Query-Köpfe je Schicht.</translation>
    </message>
    <message>
        <source>Key/value heads per layer (fewer than query heads for GQA, 1 for MQA).</source>
        <translation>Key/Value-Köpfe je Schicht (weniger als Query-Köpfe bei GQA, 1 bei MQA).</translation>
    </message>
    <message>
        <source>Transformer blocks.</source>
        <translation>Transformer-Blöcke.</translation>
    </message>
    <message>
        <source>Tokens in the vocabulary (embedding and LM head rows).</source>
        <translation>Tokens im Vokabular (Zeilen von Embedding und LM-Kopf).</translation>
    </message>
    <message>
        <source>Longest context the model supports.</source>
        <translation>Längster Kontext, den das Modell unterstützt.</translation>
    </message>
    <message>
        <source>Experts per MoE layer (0 or absent for dense models).</source>
        <translation>Experten je MoE-Schicht (0 oder fehlend bei dichten Modellen).</translation>
    </message>
    <message>
        <source>Experts each token is routed to (top-k).</source>
        <translation>Experten, an die jedes Token geleitet wird (Top-k).</translation>
    </message>
    <message>
        <source>MLP activation (silu, gelu, relu).</source>
        <translation>MLP-Aktivierung (silu, gelu, relu).</translation>
    </message>
    <message>
        <source>Sequences processed together.</source>
        <translation>Gemeinsam verarbeitete Sequenzen.</translation>
    </message>
    <message>
        <source>Prompt length per sequence (prefill).</source>
        <translation>Prompt-Länge je Sequenz (Prefill).</translation>
    </message>
    <message>
        <source>Tokens generated per sequence (decode steps).</source>
        <translation>Erzeugte Tokens je Sequenz (Decode-Schritte).</translation>
    </message>
    <message>
        <source>Fused attention kernel: the score matrix never goes to memory.</source>
        <translation>Fusionierter Attention-Kernel: Die Score-Matrix geht nie in den Speicher.</translation>
    </message>
</context>
<context>
    <name>rl::views::LearnedModelsPage</name>
    <message>
        <source>Add measurements…</source>
        <translation>Messungen hinzufügen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Hybrid (learned efficiency x roofline)</source>
        <translation>Hybrid (gelernte Effizienz × Roofline)</translation>
    </message>
    <message>
        <source>Learned (time directly)</source>
        <translation>Gelernt (Zeit direkt)</translation>
    </message>
    <message>
        <source>Gradient-boosted trees (XGBoost)</source>
        <translation>Gradient-Boosted Trees (XGBoost)</translation>
    </message>
    <message>
        <source>Neural network (MLP)</source>
        <translation>Neuronales Netz (MLP)</translation>
    </message>
    <message>
        <source>Leave one device out of training and evaluate on it (transfer to an unseen device)</source>
        <translation>Ein Gerät vom Training ausschließen und darauf auswerten (Übertragung auf ein ungesehenes Gerät)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Modell speichern…</translation>
    </message>
    <message>
        <source>Add CSV measurements (generic, NeuSight or VIDUR format) to start.</source>
        <translation>Zum Start CSV-Messungen hinzufügen (generisches, NeuSight- oder VIDUR-Format).</translation>
    </message>
    <message>
        <source>Predictor:</source>
        <translation>Prädiktor:</translation>
    </message>
    <message>
        <source>Hold out:</source>
        <translation>Zurückhalten:</translation>
    </message>
    <message>
        <source>Measured time (s)</source>
        <translation>Gemessene Zeit (s)</translation>
    </message>
    <message>
        <source>Predicted time (s)</source>
        <translation>Vorhergesagte Zeit (s)</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Roofline MAPE</source>
        <translation>Roofline-MAPE</translation>
    </message>
    <message>
        <source>Model MAPE</source>
        <translation>Modell-MAPE</translation>
    </message>
    <message>
        <source>Kendall τ</source>
        <translation>Kendall-τ</translation>
    </message>
    <message>
        <source>Measured kernel times</source>
        <translation>Gemessene Kernelzeiten</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>%n Zeile geladen</numerusform>
            <numerusform>%n Zeilen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) skipped, first: %1</source>
        <translation>
            <numerusform>; %n Zeile übersprungen, erste: %1</numerusform>
            <numerusform>; %n Zeilen übersprungen, erste: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) with a warning, first: %1</source>
        <translation>
            <numerusform>; %n Zeile mit Warnung, erste: %1</numerusform>
            <numerusform>; %n Zeilen mit Warnung, erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none (fit on all)</source>
        <translation>keins (an allen anpassen)</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>±10%</source>
        <translation>±10 %</translation>
    </message>
    <message>
        <source>y = x</source>
        <translation>y = x</translation>
    </message>
    <message>
        <source>operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <source>Ridgeline learned model (*.json)</source>
        <translation>Gelerntes Ridgeline-Modell (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Training is not available in this build.</source>
        <translation>Training ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Train a model to compare its predictions with the measurements.</source>
        <translation>Trainieren Sie ein Modell, um seine Vorhersagen mit den Messungen zu vergleichen.</translation>
    </message>
    <message>
        <source>Sample dataset: %1 kernels (GEMM, convolution, add) measured by ridgeline-cli profile on a 2-core AMD EPYC VM, with 2 threads and with 1 (samples/datasets/README.md). Train to fit a model, or Clear and add your own measurements.</source>
        <translation>Beispieldatensatz: %1 Kernel (GEMM, Faltung, Addition), gemessen mit ridgeline-cli profile auf einer AMD-EPYC-VM mit 2 Kernen, mit 2 Threads und mit 1 (samples/datasets/README.md). Trainieren Sie ein Modell oder wählen Sie „Leeren“ und fügen Sie eigene Messungen hinzu.</translation>
    </message>
    <message>
        <source>There is no trained model to save.</source>
        <translation>Es gibt kein trainiertes Modell zum Speichern.</translation>
    </message>
    <message>
        <source>Unsaved model</source>
        <translation>Nicht gespeichertes Modell</translation>
    </message>
    <message>
        <source>The model trained on the Learned models page has not been saved and will be lost. Save it?</source>
        <translation>Das auf der Seite „Gelernte Modelle“ trainierte Modell wurde nicht gespeichert und geht verloren. Speichern?</translation>
    </message>
    <message>
        <source>all operators</source>
        <translation>alle Operatoren</translation>
    </message>
    <message>
        <source>all devices</source>
        <translation>alle Geräte</translation>
    </message>
</context>
<context>
    <name>rl::views::OperatorTableModel</name>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>FLOPs each</source>
        <translation>FLOPs je Aufruf</translation>
    </message>
    <message>
        <source>%1 bytes each</source>
        <translation>%1-Bytes je Aufruf</translation>
    </message>
    <message>
        <source>Intensity (%1)</source>
        <translation>Intensität (%1)</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Bound by</source>
        <translation>Begrenzt durch</translation>
    </message>
    <message>
        <source>Δ time vs baseline</source>
        <translation>Δ Zeit ggü. Basislinie</translation>
    </message>
    <message>
        <source>Not in the layer stack (embedding, final norm, LM head, …)</source>
        <translation>Nicht im Schichtstapel (Embedding, letzte Norm, LM-Head, …)</translation>
    </message>
    <message>
        <source>One row for %1 identical layers (%2 to %3)</source>
        <translation>Eine Zeile für %1 gleiche Schichten (%2 bis %3)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>kernel launch</source>
        <translation>Kernel-Start</translation>
    </message>
    <message>
        <source>compute %1</source>
        <translation>Rechenleistung %1</translation>
    </message>
    <message>
        <source>vector %1</source>
        <translation>Vektorrechnung %1</translation>
    </message>
</context>
<context>
    <name>rl::views::OperatorTableView</name>
    <message>
        <source>Filter operators (name, kind, phase, bound)…</source>
        <translation>Operatoren filtern (Name, Art, Phase, Engpass)…</translation>
    </message>
</context>
<context>
    <name>rl::views::RequestTableModel</name>
    <message>
        <source>served</source>
        <translation>bedient</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Scheduling delay</source>
        <translation>Einplanungsverzögerung</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>Largest gap</source>
        <translation>Größter Abstand</translation>
    </message>
    <message>
        <source>End-to-end</source>
        <translation>Ende-zu-Ende</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Preemptions</source>
        <translation>Verdrängungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>rl::views::RooflineView</name>
    <message>
        <source>Memory level:</source>
        <translation>Speicherebene:</translation>
    </message>
    <message>
        <source>Operators are placed by their arithmetic intensity at this level</source>
        <translation>Operatoren werden nach ihrer arithmetischen Intensität auf dieser Ebene platziert</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Einfärben nach:</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Binding resource</source>
        <translation>Begrenzende Ressource</translation>
    </message>
    <message>
        <source>Ceilings</source>
        <translation>Obergrenzen</translation>
    </message>
    <message>
        <source>Show or hide individual ceilings</source>
        <translation>Einzelne Obergrenzen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Zoom box</source>
        <translation>Zoom-Rahmen</translation>
    </message>
    <message>
        <source>Drag a rectangle to zoom (otherwise dragging pans)</source>
        <translation>Rechteck zum Zoomen ziehen (sonst verschiebt Ziehen die Ansicht)</translation>
    </message>
    <message>
        <source>Undo zoom</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Gesamtansicht</translation>
    </message>
    <message>
        <source>Arithmetic intensity (FLOP/byte)</source>
        <translation>Arithmetische Intensität (FLOP/Byte)</translation>
    </message>
    <message>
        <source>Performance (FLOP/s)</source>
        <translation>Leistung (FLOP/s)</translation>
    </message>
    <message>
        <source>ridge %1 (%2)</source>
        <translation>Knick %1 (%2)</translation>
    </message>
    <message>
        <source>Ridge points</source>
        <translation>Knickpunkte</translation>
    </message>
    <message>
        <source>No result yet: open a project or run a prediction.</source>
        <translation>Noch kein Ergebnis: Öffnen Sie ein Projekt oder starten Sie eine Vorhersage.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n operator(s) plotted; dot area ∝ share of time</source>
        <translation>
            <numerusform>%n Operator dargestellt; Punktfläche ∝ Zeitanteil</numerusform>
            <numerusform>%n Operatoren dargestellt; Punktfläche ∝ Zeitanteil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without FLOPs or traffic at this level not shown</source>
        <translation>
            <numerusform>%n ohne FLOPs oder Verkehr auf dieser Ebene nicht dargestellt</numerusform>
            <numerusform>%n ohne FLOPs oder Verkehr auf dieser Ebene nicht dargestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basislinie</translation>
    </message>
    <message>
        <source>%1: %2 time</source>
        <translation>%1: %2 Zeit</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>Roofline</translation>
    </message>
    <message>
        <source>Roofline: %1 on %2</source>
        <translation>Roofline: %1 auf %2</translation>
    </message>
    <message>
        <source>time: %1 × %2 = %3 (%4 of total)</source>
        <translation>Zeit: %1 × %2 = %3 (%4 der Gesamtzeit)</translation>
    </message>
    <message>
        <source>work: %1; attained %2</source>
        <translation>Arbeit: %1; erreicht %2</translation>
    </message>
    <message>
        <source>%1: %2, intensity %3</source>
        <translation>%1: %2, Intensität %3</translation>
    </message>
    <message>
        <source>bound by: %1</source>
        <translation>begrenzt durch: %1</translation>
    </message>
    <message>
        <source>vs baseline: %1 time</source>
        <translation>ggü. Basislinie: %1 Zeit</translation>
    </message>
    <message>
        <source>Drag a rectangle to zoom every view to the operators in it (otherwise dragging pans)</source>
        <translation>Ein Rechteck aufziehen, um alle Ansichten auf die Operatoren darin zu zoomen (sonst verschiebt Ziehen)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Undo the last zoom step (Alt+Left, or the mouse's back button)</source>
        <translation>Den letzten Zoomschritt zurücknehmen (Alt+Links oder die Zurück-Taste der Maus)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Herauszoomen</translation>
    </message>
    <message>
        <source>Show the operators of the previous, wider zoom</source>
        <translation>Die Operatoren des vorigen, weiteren Zooms zeigen</translation>
    </message>
    <message>
        <source>Show every operator and the whole roofline</source>
        <translation>Alle Operatoren und die ganze Roofline zeigen</translation>
    </message>
    <message>
        <source>Zoomed to %1 operator(s): Back or Reset zoom shows all</source>
        <translation>Auf %1 Operator(en) gezoomt: „Zurück“ oder „Gesamtansicht“ zeigt alle</translation>
    </message>
    <message>
        <source>Filter: “%1”</source>
        <translation>Filter: „%1“</translation>
    </message>
    <message>
        <source>achievable (%1 of %2)</source>
        <translation>erreichbar (%1 von %2)</translation>
    </message>
    <message>
        <source>launch-bound: FLOP/s ≤ FLOPs ÷ %1 launch</source>
        <translation>startgebunden: FLOP/s ≤ FLOPs ÷ %1 Start</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show the baseline's roofline beside the current one, on the same axes (otherwise one chart with arrows from the baseline)</source>
        <translation>Roofline der Basislinie neben der aktuellen zeigen, mit gleichen Achsen (sonst ein Diagramm mit Pfeilen von der Basislinie)</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Basislinie: %1</translation>
    </message>
    <message>
        <source>Datasheet peak</source>
        <translation>Datenblatt-Spitze</translation>
    </message>
    <message>
        <source>Launch cap</source>
        <translation>Startgrenze</translation>
    </message>
    <message>
        <source>vs %1: %2</source>
        <translation>ggü. %1: %2</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basislinie</translation>
    </message>
    <message>
        <source>launch cap (the bar over the dot): %1 ÷ %2 launch = %3. Faster compute or memory cannot lift it above this; fusing it with its neighbours or launching many as one graph can.</source>
        <translation>Startgrenze (der Balken über dem Punkt): %1 ÷ %2 Start = %3. Schnellere Rechenwerke oder Speicher heben es nicht darüber; Fusion mit den Nachbarn oder viele Starts als ein Graph schon.</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 von %2)</translation>
    </message>
    <message>
        <source>ridge %1</source>
        <translation>Knick %1</translation>
    </message>
</context>
<context>
    <name>rl::views::ServingPage</name>
    <message>
        <source>Find capacity</source>
        <translation>Kapazität suchen</translation>
    </message>
    <message>
        <source>Search the highest arrival rate that meets the scenario's SLOs; every trial is plotted on the Capacity tab as it finishes.</source>
        <translation>Sucht die höchste Ankunftsrate, die die SLOs des Szenarios erfüllt; jeder Versuch wird nach Abschluss im Tab „Kapazität“ eingetragen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Click a request to see the span of its iterations.</source>
        <translation>Klicken Sie auf eine Anfrage, um die Spanne ihrer Iterationen zu sehen.</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Throughput and goodput</source>
        <translation>Durchsatz und Goodput</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Why, and what would help</source>
        <translation>Warum, und was helfen würde</translation>
    </message>
    <message>
        <source>What if (re-simulated)</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>Searching capacity…</source>
        <translation>Kapazität wird gesucht…</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simuliere…</translation>
    </message>
    <message>
        <source>This result has no serving report: the scenario is not a serving scenario.</source>
        <translation>Dieses Ergebnis hat keinen Serving-Bericht: Das Szenario ist kein Serving-Szenario.</translation>
    </message>
    <message>
        <source>No serving result yet.</source>
        <translation>Noch kein Serving-Ergebnis.</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>Bisher: %1</translation>
    </message>
    <message>
        <source>Request %1 never ran.</source>
        <translation>Anfrage %1 lief nie.</translation>
    </message>
    <message>
        <source>Request %1 never ran: %2</source>
        <translation>Anfrage %1 lief nie: %2</translation>
    </message>
    <message>
        <source>Request %1 ran on replica %2 from %3 to %4, during %5 iterations of that replica; the timeline shows that span.</source>
        <translation>Anfrage %1 lief auf Replikat %2 von %3 bis %4, während %5 Iterationen dieses Replikats; die Zeitachse zeigt diese Spanne.</translation>
    </message>
    <message>
        <source> (%1 requests)</source>
        <translation> (%1 Anfragen)</translation>
    </message>
    <message>
        <source>Request latency</source>
        <translation>Anfragelatenz</translation>
    </message>
    <message>
        <source>Token latency</source>
        <translation>Token-Latenz</translation>
    </message>
    <message>
        <source>Latency (log scale)</source>
        <translation>Latenz (log. Skala)</translation>
    </message>
    <message>
        <source>Requests at or below (%)</source>
        <translation>Anfragen bis einschließlich (%)</translation>
    </message>
    <message>
        <source>TBT, every gap</source>
        <translation>TBT, jeder Abstand</translation>
    </message>
    <message>
        <source>Batch size, KV-cache use and queue length per replica</source>
        <translation>Batchgröße, KV-Cache-Belegung und Warteschlangenlänge pro Replikat</translation>
    </message>
    <message>
        <source>Simulated time (s)</source>
        <translation>Simulierte Zeit (s)</translation>
    </message>
    <message>
        <source>replica %1</source>
        <translation>Replikat %1</translation>
    </message>
    <message>
        <source>Capacity search: press Find capacity</source>
        <translation>Kapazitätssuche: „Kapazität suchen“ drücken</translation>
    </message>
    <message>
        <source>Capacity search: p99 latency per trial rate</source>
        <translation>Kapazitätssuche: p99-Latenz je Versuchsrate</translation>
    </message>
    <message>
        <source>Arrival rate (requests/s)</source>
        <translation>Ankunftsrate (Anfragen/s)</translation>
    </message>
    <message>
        <source>p99 latency (log scale)</source>
        <translation>p99-Latenz (log. Skala)</translation>
    </message>
    <message>
        <source>p99 %1</source>
        <translation>p99 %1</translation>
    </message>
    <message>
        <source>misses the SLO</source>
        <translation>verfehlt das SLO</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>Kapazität %1</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>The explanation follows the full run.</source>
        <translation>Die Erklärung folgt nach dem vollständigen Lauf.</translation>
    </message>
    <message>
        <source>p99 TTFT %1</source>
        <translation>p99 TTFT %1</translation>
    </message>
    <message>
        <source>p99 TBT %1</source>
        <translation>p99 TBT %1</translation>
    </message>
    <message>
        <source>preemptions %1</source>
        <translation>Verdrängungen %1</translation>
    </message>
    <message>
        <source>output %1 tokens/s</source>
        <translation>Ausgabe %1 Tokens/s</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Change the scenario accordingly and simulate again (undoable)</source>
        <translation>Szenario entsprechend ändern und neu simulieren (rückgängig machbar)</translation>
    </message>
</context>
<context>
    <name>rl::views::SpecEditor</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Start from a sample or from your own library</source>
        <translation>Mit einem Beispiel oder aus Ihrer eigenen Bibliothek beginnen</translation>
    </message>
    <message>
        <source>Save to my library</source>
        <translation>In Bibliothek speichern</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Scale from 0.1× to 10× of %1</source>
        <translation>Skalieren von 0,1× bis 10× von %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · valid</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · gültig</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · &lt;span style='color:#d32f2f'&gt;%n problem(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · &lt;span style='color:#d32f2f'&gt;%n Problem&lt;/span&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · &lt;span style='color:#d32f2f'&gt;%n Probleme&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters: %1 (active per token %2) · KV cache: %3 per token at 16 bit · %4 per token forward</source>
        <translation>Parameter: %1 (aktiv je Token %2) · KV-Cache: %3 je Token bei 16 Bit · %4 je Token vorwärts</translation>
    </message>
    <message>
        <source>Parameters: %1 M · %2 GMAC per image</source>
        <translation>Parameter: %1 M · %2 GMAC je Bild</translation>
    </message>
    <message>
        <source>Derived figures appear when the model is valid.</source>
        <translation>Abgeleitete Kennzahlen erscheinen, sobald das Modell gültig ist.</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
    <message>
        <source>(library is empty)</source>
        <translation>(Bibliothek ist leer)</translation>
    </message>
    <message>
        <source>My library</source>
        <translation>Meine Bibliothek</translation>
    </message>
    <message>
        <source>Load %1 from library</source>
        <translation>%1 aus der Bibliothek laden</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <source>%1 (edited from %2)</source>
        <translation>%1 (bearbeitet, aus %2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (its defaults apply)</source>
        <translation>%1 entfernen (Standardwerte gelten)</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to the file</source>
        <translation>%1 in die Datei aufnehmen</translation>
    </message>
    <message>
        <source>Add %1: the file needs it</source>
        <translation>%1 hinzufügen: die Datei braucht es</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Remove %1 (the default applies)</source>
        <translation>%1 entfernen (der Standardwert gilt)</translation>
    </message>
    <message>
        <source>(edited elsewhere)</source>
        <translation>(an anderer Stelle bearbeitet)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
<message numerus="yes"><source>%n problem(s)</source><translation><numerusform>%n Problem</numerusform><numerusform>%n Probleme</numerusform></translation></message></context>
<context>
    <name>rl::views::StartPage</name>
    <message>
        <source>Predict, explain and explore the performance of ML workloads on hardware.</source>
        <translation>Die Leistung von ML-Arbeitslasten auf Hardware vorhersagen, erklären und erkunden.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Sample projects</source>
        <translation>Beispielprojekte</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No sample projects found in %1</source>
        <translation>Keine Beispielprojekte in %1 gefunden</translation>
    </message>
    <message>
        <source>Sweep: %1</source>
        <translation>Sweep: %1</translation>
    </message>
    <message>
        <source>Accelerator: %1</source>
        <translation>Beschleuniger: %1</translation>
    </message>
</context>
<context>
    <name>rl::views::TimelineScene</name>
    <message>
        <source>category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>start: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <source>duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>track: %1 / %2</source>
        <translation>Spur: %1 / %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>event #%1</source>
        <translation>Ereignis #%1</translation>
    </message>
</context>
<context>
    <name>rl::views::TimelineView</name>
    <message>
        <source>No timeline: run a prediction to see its operators or iterations along time.</source>
        <translation>Keine Zeitachse: Führen Sie eine Vorhersage aus, um ihre Operatoren oder Iterationen im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Gesamtansicht</translation>
    </message>
    <message>
        <source>Show the whole timeline (or double-click it)</source>
        <translation>Die ganze Zeitachse zeigen (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Auswahl zoomen</translation>
    </message>
    <message>
        <source>Zoom to the selected event and the events of the selected operator</source>
        <translation>Auf das ausgewählte Ereignis und die Ereignisse des ausgewählten Operators zoomen</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · Shift+drag: zoom to a range · click: select</source>
        <translation>Rad, Umschalt+Ziehen: Zoom · Ziehen: Schwenk · Klick: Auswahl</translation>
    </message>
    <message>
        <source>Cannot draw this timeline: %1</source>
        <translation>Diese Zeitachse kann nicht gezeichnet werden: %1</translation>
    </message>
</context>
<context>
    <name>rl::views::TrafficView</name>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>optimizer state</source>
        <translation>Optimiererzustand</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Per memory level</source>
        <translation>Je Speicherebene</translation>
    </message>
    <message>
        <source>Per phase</source>
        <translation>Je Phase</translation>
    </message>
    <message>
        <source>Per layer</source>
        <translation>Je Schicht</translation>
    </message>
    <message>
        <source>Per operator (top 30)</source>
        <translation>Je Operator (Top 30)</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Memory level for the per-phase, per-layer and per-operator views</source>
        <translation>Speicherebene für die Ansichten je Phase, je Schicht und je Operator</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Time at level bandwidth</source>
        <translation>Zeit bei Ebenenbandbreite</translation>
    </message>
    <message>
        <source>Time = bytes / the level's effective bandwidth</source>
        <translation>Zeit = Bytes / effektive Bandbreite der Ebene</translation>
    </message>
    <message>
        <source>Memory traffic</source>
        <translation>Speicherverkehr</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>Memory level</source>
        <translation>Speicherebene</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Bytes moved (%1)</source>
        <translation>Bewegte Bytes (%1)</translation>
    </message>
    <message>
        <source>Time to move at effective bandwidth (%1)</source>
        <translation>Übertragungszeit bei effektiver Bandbreite (%1)</translation>
    </message>
    <message>
        <source>all levels</source>
        <translation>alle Ebenen</translation>
    </message>
    <message>
        <source>Memory traffic by tensor class (%1)</source>
        <translation>Speicherverkehr nach Tensorklasse (%1)</translation>
    </message>
    <message>
        <source>total: %1</source>
        <translation>gesamt: %1</translation>
    </message>
    <message>
        <source>%1; zoomed to %2 operator(s)</source>
        <translation>%1; auf %2 Operator(en) gezoomt</translation>
    </message>
    <message>
        <source>%1; filter “%2”</source>
        <translation>%1; Filter „%2“</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1 (– outside the layer stack)</source>
        <translation>%1 (– außerhalb der Schichten)</translation>
    </message>
    <message>
        <source>%1 (%2 without traffic not shown)</source>
        <translation>%1 (%2 ohne Verkehr nicht gezeigt)</translation>
    </message>
    <message>
        <source>%1 layers alike, %2 runs in all</source>
        <translation>%1 gleiche Schichten, %2 Ausführungen insgesamt</translation>
    </message>
    <message>
        <source>%1 runs in all</source>
        <translation>%1 Ausführungen insgesamt</translation>
    </message>
    <message>
        <source>This result has no operator records, so no traffic to show.
A training iteration is broken down on the Training tab.</source>
        <translation>Dieses Ergebnis hat keine Operator-Einträge, also keinen Verkehr.
Eine Trainingsiteration ist im Reiter Training aufgeschlüsselt.</translation>
    </message>
    <message>
        <source>No traffic at this level for the operators shown.</source>
        <translation>Kein Verkehr auf dieser Ebene für die gezeigten Operatoren.</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>recompute</source>
        <translation>Neuberechnung</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Memory traffic by tensor class per GPU per iteration (%1)</source>
        <translation>Speicherverkehr nach Tensorklasse pro GPU und Iteration (%1)</translation>
    </message>
</context>
<context>
    <name>rl::views::TrainingPage</name>
    <message>
        <source>No training result yet.</source>
        <translation>Noch kein Trainingsergebnis.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Per GPU per iteration on the stage that finishes last. Size as NCCL-tests sizes a collective; bus bandwidth in its convention; exposed: the time not hidden under compute. Hover a row for the simulator's name of it.</source>
        <translation>Pro GPU und Iteration auf der Stufe, die zuletzt fertig wird. Größe wie NCCL-tests eine kollektive Operation bemisst; Busbandbreite nach deren Konvention; offen: die nicht unter Rechenzeit verborgene Zeit. Für den Namen im Simulator mit der Maus über eine Zeile fahren.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Step breakdown</source>
        <translation>Schrittaufteilung</translation>
    </message>
    <message>
        <source>Memory per GPU</source>
        <translation>Speicher pro GPU</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Kollektive Operationen</translation>
    </message>
    <message>
        <source>Configuration search</source>
        <translation>Konfigurationssuche</translation>
    </message>
    <message>
        <source>Ranks shown: every pipeline stage at</source>
        <translation>Gezeigte Ranks: jede Pipeline-Stufe bei</translation>
    </message>
    <message>
        <source>DP index </source>
        <translation>DP-Index </translation>
    </message>
    <message>
        <source>TP index </source>
        <translation>TP-Index </translation>
    </message>
    <message>
        <source>CP index </source>
        <translation>CP-Index </translation>
    </message>
    <message>
        <source>The TP, CP and DP peers of a pipeline stage run alike, so one rank per stage is simulated; choose the indices of the ranks to show.</source>
        <translation>Die TP-, CP- und DP-Partner einer Pipeline-Stufe verhalten sich gleich, daher wird ein Rank pro Stufe simuliert; wählen Sie die Indizes der gezeigten Ranks.</translation>
    </message>
    <message>
        <source>Search configurations</source>
        <translation>Konfigurationen suchen</translation>
    </message>
    <message>
        <source>Simulate every TP, PP, interleave, DP, micro-batch, ZeRO stage and recompute choice that fits in memory on all of the hardware's GPUs, fastest first.</source>
        <translation>Jede Wahl von TP, PP, Verschränkung, DP, Mikro-Batch, ZeRO-Stufe und Neuberechnung simulieren, die auf allen GPUs der Hardware in den Speicher passt, schnellste zuerst.</translation>
    </message>
    <message>
        <source>Why, and what would help</source>
        <translation>Warum, und was helfen würde</translation>
    </message>
    <message>
        <source>What if (re-simulated)</source>
        <translation>Was wäre, wenn (neu simuliert)</translation>
    </message>
    <message>
        <source>Simulation failed: %1</source>
        <translation>Simulation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled: the results shown are from the last complete run.</source>
        <translation>Abgebrochen: die gezeigten Ergebnisse stammen vom letzten vollständigen Lauf.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message>
        <source>The hardware, model or batch changed: search again.</source>
        <translation>Hardware, Modell oder Batch haben sich geändert: erneut suchen.</translation>
    </message>
    <message>
        <source>Simulating every plan that fits…</source>
        <translation>Jeder passende Plan wird simuliert…</translation>
    </message>
    <message>
        <source>%1 of %2 valid plans fit in memory (%3 do not), fastest first. Click a row to load it into the scenario.</source>
        <translation>%1 von %2 gültigen Plänen passen in den Speicher (%3 nicht), schnellste zuerst. Eine Zeile anklicken, um sie ins Szenario zu laden.</translation>
    </message>
    <message>
        <source>TP %1 × PP %2 × DP %3, interleave %4, micro-batch %5, ZeRO %6</source>
        <translation>TP %1 × PP %2 × DP %3, Verschränkung %4, Mikro-Batch %5, ZeRO %6</translation>
    </message>
    <message>
        <source>%1 pipeline stages × %2 streams</source>
        <translation>%1 Pipeline-Stufen × %2 Ströme</translation>
    </message>
    <message>
        <source>No timeline: %1</source>
        <translation>Keine Zeitleiste: %1</translation>
    </message>
    <message>
        <source>fits in memory (stage %1: %2 of %3)</source>
        <translation>passt in den Speicher (Stufe %1: %2 von %3)</translation>
    </message>
    <message>
        <source>stage %1 does not fit: %2 of %3</source>
        <translation>Stufe %1 passt nicht: %2 von %3</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>%1 per GPU</source>
        <translation>%1 pro GPU</translation>
    </message>
    <message>
        <source>MFU %1</source>
        <translation>MFU %1</translation>
    </message>
    <message>
        <source>HFU %1</source>
        <translation>HFU %1</translation>
    </message>
    <message>
        <source>%1 tokens in %2 days</source>
        <translation>%1 Tokens in %2 Tagen</translation>
    </message>
    <message>
        <source>Time per iteration (s)</source>
        <translation>Zeit pro Iteration (s)</translation>
    </message>
    <message>
        <source>Step breakdown: no result yet</source>
        <translation>Schrittaufteilung: noch kein Ergebnis</translation>
    </message>
    <message>
        <source>Where the %1 of an iteration go (stage %2, the last to finish)</source>
        <translation>Wohin die %1 einer Iteration gehen (Stufe %2, die zuletzt fertig wird)</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>recompute</source>
        <translation>Neuberechnung</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>TP comm exposed</source>
        <translation>TP-Kommunikation offen</translation>
    </message>
    <message>
        <source>CP comm exposed</source>
        <translation>CP-Kommunikation offen</translation>
    </message>
    <message>
        <source>EP comm exposed</source>
        <translation>EP-Kommunikation offen</translation>
    </message>
    <message>
        <source>PP comm exposed</source>
        <translation>PP-Kommunikation offen</translation>
    </message>
    <message>
        <source>DP comm exposed</source>
        <translation>DP-Kommunikation offen</translation>
    </message>
    <message>
        <source>pipeline bubble</source>
        <translation>Pipeline-Blase</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Pipeline-Stufe</translation>
    </message>
    <message>
        <source>Memory per GPU (GiB)</source>
        <translation>Speicher pro GPU (GiB)</translation>
    </message>
    <message>
        <source>Memory per GPU: no result yet</source>
        <translation>Speicher pro GPU: noch kein Ergebnis</translation>
    </message>
    <message>
        <source>Every stage fits: the fullest, stage %1, holds %2 of %3</source>
        <translation>Jede Stufe passt: die vollste, Stufe %1, belegt %2 von %3</translation>
    </message>
    <message>
        <source>Stage %1 does not fit: it needs %2 of %3</source>
        <translation>Stufe %1 passt nicht: sie braucht %2 von %3</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>optimizer state</source>
        <translation>Optimiererzustand</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>output logits</source>
        <translation>Ausgabe-Logits</translation>
    </message>
    <message>
        <source>buffers</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>Kapazität %1</translation>
    </message>
    <message>
        <source>overflows</source>
        <translation>läuft über</translation>
    </message>
    <message>
        <source>%1: %2 throughput</source>
        <translation>%1: %2 Durchsatz</translation>
    </message>
    <message>
        <source>Iteration %1 → %2</source>
        <translation>Iteration %1 → %2</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Change the scenario accordingly and simulate again (undoable)</source>
        <translation>Szenario entsprechend ändern und erneut simulieren (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Finds every plan that fits on all of the hardware's GPUs; a click on a row loads it into the scenario.</source>
        <translation>Findet jeden Plan, der auf alle GPUs der Hardware passt; ein Klick auf eine Zeile lädt ihn ins Szenario.</translation>
    </message>
    <message>
        <source>TP %1 × CP %2 × PP %3 × DP %4, interleave %5, micro-batch %6, ZeRO %7</source>
        <translation>TP %1 × CP %2 × PP %3 × DP %4, Verschränkung %5, Mikro-Batch %6, ZeRO %7</translation>
    </message>
    <message>
        <source>Per GPU per iteration on the stage that finishes last. Size as NCCL-tests sizes a collective; bus bandwidth in its convention; exposed: the time not hidden under compute. Hover a row for its purpose.</source>
        <translation>Pro GPU und Iteration auf der Stufe, die zuletzt fertig wird. Größe wie NCCL-tests eine kollektive Operation bemisst; Busbandbreite nach deren Konvention; offen: die nicht unter Rechenzeit verborgene Zeit. Der Tooltip einer Zeile nennt ihren Zweck.</translation>
    </message>
</context>
<context>
    <name>rl::views::CollectiveTableModel</name>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>CP</source>
        <translation>CP</translation>
    </message>
    <message>
        <source>EP</source>
        <translation>EP</translation>
    </message>
    <message>
        <source>PP</source>
        <translation>PP</translation>
    </message>
    <message>
        <source>DP</source>
        <translation>DP</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>all-reduce</source>
        <translation>All-Reduce</translation>
    </message>
    <message>
        <source>all-gather</source>
        <translation>All-Gather</translation>
    </message>
    <message>
        <source>reduce-scatter</source>
        <translation>Reduce-Scatter</translation>
    </message>
    <message>
        <source>all-to-all</source>
        <translation>All-to-All</translation>
    </message>
    <message>
        <source>send/recv</source>
        <translation>Send/Recv</translation>
    </message>
    <message>
        <source>Bytes per call as NCCL-tests sizes them (the whole tensor for all-reduce, all-gather and reduce-scatter)</source>
        <translation>Bytes pro Aufruf, wie NCCL-tests sie bemisst (der ganze Tensor bei All-Reduce, All-Gather und Reduce-Scatter)</translation>
    </message>
    <message>
        <source>NCCL-tests bus bandwidth: size / time × the collective's bus factor</source>
        <translation>NCCL-tests-Busbandbreite: Größe / Zeit × Busfaktor der Operation</translation>
    </message>
    <message>
        <source>Calls per GPU per iteration</source>
        <translation>Aufrufe pro GPU und Iteration</translation>
    </message>
    <message>
        <source>Time per iteration not hidden under compute</source>
        <translation>Zeit pro Iteration, die nicht unter Rechenzeit verborgen ist</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>Ranks</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Time each</source>
        <translation>Zeit je Aufruf</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Bus bandwidth</source>
        <translation>Busbandbreite</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>rl::views::SearchTableModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>selective</source>
        <translation>selektiv</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>The scenario's configuration</source>
        <translation>Die Konfiguration des Szenarios</translation>
    </message>
    <message>
        <source>Click to load this configuration</source>
        <translation>Klicken, um diese Konfiguration zu laden</translation>
    </message>
    <message>
        <source>Virtual pipeline chunks per rank (interleaved 1F1B)</source>
        <translation>Virtuelle Pipeline-Abschnitte pro Rank (verschränktes 1F1B)</translation>
    </message>
    <message>
        <source>Memory per GPU on the fullest pipeline stage</source>
        <translation>Speicher pro GPU auf der vollsten Pipeline-Stufe</translation>
    </message>
    <message>
        <source>Model FLOP utilisation</source>
        <translation>Modell-FLOP-Auslastung</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>PP</source>
        <translation>PP</translation>
    </message>
    <message>
        <source>v</source>
        <translation>v</translation>
    </message>
    <message>
        <source>DP</source>
        <translation>DP</translation>
    </message>
    <message>
        <source>Micro-batch</source>
        <translation>Mikro-Batch</translation>
    </message>
    <message>
        <source>ZeRO</source>
        <translation>ZeRO</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neuberechnung</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>GPipe</source>
        <translation>GPipe</translation>
    </message>
    <message>
        <source>1F1B</source>
        <translation>1F1B</translation>
    </message>
    <message>
        <source>interleaved 1F1B</source>
        <translation>verschränktes 1F1B</translation>
    </message>
    <message>
        <source>zero bubble</source>
        <translation>Zero Bubble</translation>
    </message>
    <message>
        <source>CP</source>
        <translation>CP</translation>
    </message>
    <message>
        <source>EP</source>
        <translation>EP</translation>
    </message>
    <message>
        <source>Context parallelism (ring attention)</source>
        <translation>Kontextparallelität (Ring-Attention)</translation>
    </message>
    <message>
        <source>Expert parallelism (MoE models; inside DP)</source>
        <translation>Expertenparallelität (MoE-Modelle; innerhalb von DP)</translation>
    </message>
</context>
<context>
    <name>rl::views::ExplorePage</name>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>Logarithmic axis (decades)</source>
        <translation>Logarithmische Achse (Dekaden)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Evaluate every point of the sweep again</source>
        <translation>Jeden Punkt des Sweeps neu auswerten</translation>
    </message>
    <message>
        <source>Open sweep…</source>
        <translation>Sweep öffnen…</translation>
    </message>
    <message>
        <source>New sweep…</source>
        <translation>Neuer Sweep…</translation>
    </message>
    <message>
        <source>Build a sweep from the current project: pick fields, give their values</source>
        <translation>Einen Sweep aus dem aktuellen Projekt bauen: Felder wählen, Werte angeben</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>The figure along the horizontal axis</source>
        <translation>Die Kennzahl auf der waagrechten Achse</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <source>The figure along the vertical axis</source>
        <translation>Die Kennzahl auf der senkrechten Achse</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>A third figure or an axis, shown as colour</source>
        <translation>Eine dritte Kennzahl oder eine Achse, als Farbe gezeigt</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Show every point (the wheel zooms; drag to brush points)</source>
        <translation>Alle Punkte zeigen (das Mausrad zoomt; Ziehen markiert Punkte)</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>The objective whose sensitivity is shown</source>
        <translation>Das Ziel, dessen Sensitivität gezeigt wird</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Selected design</source>
        <translation>Gewählter Entwurf</translation>
    </message>
    <message>
        <source>Open as project</source>
        <translation>Als Projekt öffnen</translation>
    </message>
    <message>
        <source>Open this design as an untitled project (also: double-click a point or a row)</source>
        <translation>Diesen Entwurf als unbenanntes Projekt öffnen (auch: Doppelklick auf einen Punkt oder eine Zeile)</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Auswertung läuft…</translation>
    </message>
    <message>
        <source>The sweep stopped: %1</source>
        <translation>Der Sweep wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 points; the points so far are shown.</source>
        <translation>Nach %1 von %2 Punkten abgebrochen; die bisherigen Punkte werden gezeigt.</translation>
    </message>
    <message>
        <source>Open sweep</source>
        <translation>Sweep öffnen</translation>
    </message>
    <message>
        <source>Ridgeline sweep (*.json);;All files (*)</source>
        <translation>Ridgeline-Sweep (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open the sweep:
%1</source>
        <translation>Der Sweep ließ sich nicht öffnen:
%1</translation>
    </message>
    <message>
        <source>Could not build the sweep's points:
%1</source>
        <translation>Die Punkte des Sweeps ließen sich nicht bilden:
%1</translation>
    </message>
    <message>
        <source>The sweep has no points to show.</source>
        <translation>Der Sweep hat keine Punkte zum Anzeigen.</translation>
    </message>
    <message>
        <source>No point of the sweep is feasible: see the Error column and the constraints.</source>
        <translation>Kein Punkt des Sweeps ist zulässig: siehe die Spalte Fehler und die Nebenbedingungen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Open a sweep, or build one from the current project</source>
        <translation>Einen Sweep öffnen oder aus dem aktuellen Projekt bauen</translation>
    </message>
    <message>
        <source>%1: waiting for the first points</source>
        <translation>%1: warte auf die ersten Punkte</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>No sweep</source>
        <translation>Kein Sweep</translation>
    </message>
    <message>
        <source>The sensitivity follows the finished sweep.</source>
        <translation>Die Sensitivität folgt, wenn der Sweep fertig ist.</translation>
    </message>
    <message>
        <source>This sweep has no sensitivity rows ("sensitivity": false, or it did not finish).</source>
        <translation>Dieser Sweep hat keine Sensitivitätszeilen ("sensitivity": false, oder er wurde nicht fertig).</translation>
    </message>
    <message>
        <source>Sensitivity of %1 to each axis, the others at the base design</source>
        <translation>Sensitivität von %1 für jede Achse, die übrigen beim Basisentwurf</translation>
    </message>
    <message>
        <source>Change of %1 from the base (%2)</source>
        <translation>Änderung von %1 gegenüber der Basis (%2)</translation>
    </message>
    <message>
        <source>Change of %1 from the base</source>
        <translation>Änderung von %1 gegenüber der Basis</translation>
    </message>
    <message>
        <source>No sweep open</source>
        <translation>Kein Sweep geöffnet</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 points · %4 feasible · %5 on the front · %6 errors</source>
        <translation>%1 · %2 von %3 Punkten · %4 zulässig · %5 auf der Front · %6 Fehler</translation>
    </message>
    <message>
        <source> · %1 not plotted (no value, or not positive on a log axis)</source>
        <translation> · %1 nicht gezeichnet (kein Wert, oder nicht positiv auf einer log. Achse)</translation>
    </message>
    <message>
        <source>Click a point or a row to see its design; drag on the plot to select the points in a rectangle.</source>
        <translation>Klicken Sie auf einen Punkt oder eine Zeile, um den Entwurf zu sehen; Ziehen im Diagramm wählt die Punkte in einem Rechteck.</translation>
    </message>
    <message>
        <source>%1 points selected</source>
        <translation>%1 Punkte gewählt</translation>
    </message>
    <message>
        <source>Differences from the base project</source>
        <translation>Unterschiede zum Basisprojekt</translation>
    </message>
    <message>
        <source>none: this is the base design</source>
        <translation>keine: das ist der Basisentwurf</translation>
    </message>
    <message>
        <source>Point %1 cannot be opened as a project:
%2</source>
        <translation>Punkt %1 lässt sich nicht als Projekt öffnen:
%2</translation>
    </message>
    <message>
        <source>%1, point %2</source>
        <translation>%1, Punkt %2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export the points</source>
        <translation>Punkte exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the chart shown as PNG, SVG or PDF</source>
        <translation>Das gezeigte Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Could not open the sweep's results:
%1</source>
        <translation>Die Ergebnisse des Sweeps ließen sich nicht öffnen:
%1</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Gelesen aus %1</translation>
    </message>
    <message>
        <source>No axis has a value of %1 at both of its ends: those points failed or have none (the table says why).</source>
        <translation>Keine Achse hat an beiden Enden einen Wert von %1: Diese Punkte sind fehlgeschlagen oder haben keinen (die Tabelle sagt, warum).</translation>
    </message>
    <message>
        <source>The base design has no value of %1 (it failed or has none), so there is no change to show.</source>
        <translation>Der Basisentwurf hat keinen Wert von %1 (fehlgeschlagen oder keiner vorhanden), daher gibt es keine Änderung zu zeigen.</translation>
    </message>
</context>
<context>
    <name>rl::views::ParetoPlot</name>
    <message>
        <source>Pareto front (%1)</source>
        <translation>Pareto-Front (%1)</translation>
    </message>
    <message>
        <source>dominated (%1)</source>
        <translation>dominiert (%1)</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: ja</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nein</translation>
    </message>
</context>
<context>
    <name>rl::views::TornadoPlot</name>
    <message>
        <source>axis at its lowest value</source>
        <translation>Achse auf ihrem kleinsten Wert</translation>
    </message>
    <message>
        <source>axis at its highest value</source>
        <translation>Achse auf ihrem größten Wert</translation>
    </message>
</context>
<context>
    <name>rl::views::SweepTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>front</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Zulässig</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>rl::views::SweepFormat</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>p99 time to first token</source>
        <translation>p99-Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>Zeit je Ausgabetoken</translation>
    </message>
    <message>
        <source>p99 time per output token</source>
        <translation>p99-Zeit je Ausgabetoken</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>Kosten je Million Token</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation</source>
        <translation>Modell-FLOPs-Auslastung</translation>
    </message>
    <message>
        <source>Fits in memory</source>
        <translation>Passt in den Speicher</translation>
    </message>
    <message>
        <source>Memory headroom</source>
        <translation>Speicherreserve</translation>
    </message>
    <message>
        <source>Die area</source>
        <translation>Chipfläche</translation>
    </message>
    <message>
        <source>Mapper cycles</source>
        <translation>Mapper-Takte</translation>
    </message>
    <message>
        <source>Mapper energy</source>
        <translation>Mapper-Energie</translation>
    </message>
    <message>
        <source>SLO met</source>
        <translation>SLO erfüllt</translation>
    </message>
    <message>
        <source>Capacity under the SLO</source>
        <translation>Kapazität unter dem SLO</translation>
    </message>
</context>
<context>
    <name>rl::views::SweepPlotData</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>violated</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Infeasible: a constraint is violated</source>
        <translation>Unzulässig: eine Nebenbedingung ist verletzt</translation>
    </message>
</context>
<context>
    <name>rl::views::SweepBuilderDialog</name>
    <message>
        <source>New sweep</source>
        <translation>Neuer Sweep</translation>
    </message>
    <message>
        <source>Sweep of %1</source>
        <translation>Sweep von %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>Basiswert</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>A list (comma separated, with units where the field has them: "1 TB/s, 2 TB/s"), or a range from, to in a number of steps</source>
        <translation>Eine Liste (durch Kommas getrennt, mit Einheiten, wo das Feld welche hat: "1 TB/s, 2 TB/s") oder ein Bereich von, bis in einer Anzahl Schritte</translation>
    </message>
    <message>
        <source>Full grid</source>
        <translation>Volles Gitter</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Latin hypercube</source>
        <translation>Latin Hypercube</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Sampling:</source>
        <translation>Abtastung:</translation>
    </message>
    <message>
        <source>Predictor:</source>
        <translation>Prädiktor:</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Chosen fields and their values:</source>
        <translation>Gewählte Felder und ihre Werte:</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Sweep ausführen</translation>
    </message>
    <message>
        <source>Save sweep…</source>
        <translation>Sweep speichern…</translation>
    </message>
    <message>
        <source>Tick the fields to vary in the tree, give their values, then run. Base project: %1</source>
        <translation>Die zu variierenden Felder im Baum ankreuzen, ihre Werte angeben, dann ausführen. Basisprojekt: %1</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>linear range</source>
        <translation>linearer Bereich</translation>
    </message>
    <message>
        <source>log range</source>
        <translation>log. Bereich</translation>
    </message>
    <message>
        <source>new sweep</source>
        <translation>neuer Sweep</translation>
    </message>
    <message>
        <source>Save sweep</source>
        <translation>Sweep speichern</translation>
    </message>
    <message>
        <source>Ridgeline sweep (*.json)</source>
        <translation>Ridgeline-Sweep (*.json)</translation>
    </message>
</context>
<context>
    <name>rl::views::RunProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>rl::views::StorageView</name>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Energie:</translation>
    </message>
    <message>
        <source>per MAC (fJ/MAC)</source>
        <translation>pro MAC (fJ/MAC)</translation>
    </message>
    <message>
        <source>total (J)</source>
        <translation>gesamt (J)</translation>
    </message>
    <message>
        <source>nothing to export: no valid dataflow design</source>
        <translation>nichts zu exportieren: kein gültiger Datenfluss-Entwurf</translation>
    </message>
    <message>
        <source>Every level keeps up with the MACs: no bandwidth stretch.</source>
        <translation>Jede Ebene hält mit den MACs Schritt: keine Streckung durch Bandbreite.</translation>
    </message>
    <message>
        <source>%1 bandwidth stretches %2 compute cycles to %3 (×%4).</source>
        <translation>Die Bandbreite von %1 streckt %2 Rechenzyklen auf %3 (×%4).</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>Also short of bandwidth: %1.</source>
        <translation>Ebenfalls zu wenig Bandbreite: %1.</translation>
    </message>
    <message>
        <source>Nothing to show: the project has no valid dataflow design. The Storage view needs an accelerator architecture, a problem and a mapping that fits them; the editors mark what is missing or invalid.</source>
        <translation>Nichts anzuzeigen: Das Projekt hat keinen gültigen Datenfluss-Entwurf. Die Speicheransicht braucht eine Beschleunigerarchitektur, ein Problem und ein dazu passendes Mapping; die Editoren markieren, was fehlt oder ungültig ist.</translation>
    </message>
    <message>
        <source>mapping: %1</source>
        <translation>Mapping: %1</translation>
    </message>
    <message>
        <source>%1 cycles (%2 compute) at %3 · utilisation %4 · energy %5 · %6 fJ/MAC over %7 MACs</source>
        <translation>%1 Takte (%2 Rechnen) = %3 · Auslastung %4 · Energie %5 · %6 fJ/MAC über %7 MACs</translation>
    </message>
    <message>
        <source>Tile per instance against capacity</source>
        <translation>Kachel pro Instanz gegen Kapazität</translation>
    </message>
    <message>
        <source>%1: %2 words, capacity unbounded</source>
        <translation>%1: %2 Wörter, Kapazität unbegrenzt</translation>
    </message>
    <message>
        <source>%1: %2 of %3 words (%4)</source>
        <translation>%1: %2 von %3 Wörtern (%4)</translation>
    </message>
    <message>
        <source>Tile words per instance (% of capacity)</source>
        <translation>Kachelwörter pro Instanz (% der Kapazität)</translation>
    </message>
    <message>
        <source>fJ/MAC</source>
        <translation>fJ/MAC</translation>
    </message>
    <message>
        <source>Storage level and MACs</source>
        <translation>Speicherebene und MACs</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>leakage</source>
        <translation>Leckstrom</translation>
    </message>
    <message>
        <source>Energy per MAC (fJ/MAC)</source>
        <translation>Energie pro MAC (fJ/MAC)</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>Energie (%1)</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Storage level</source>
        <translation>Speicherebene</translation>
    </message>
    <message>
        <source>Energy by level, tensor and action</source>
        <translation>Energie nach Ebene, Tensor und Aktion</translation>
    </message>
    <message>
        <source>%1: %2 of %3 words (full)</source>
        <translation>%1: %2 von %3 Wörtern (voll)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 words (%4, nearly full)</source>
        <translation>%1: %2 von %3 Wörtern (%4, fast voll)</translation>
    </message>
    <message>
        <source>%1 fJ/MAC</source>
        <translation>%1 fJ/MAC</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>leakage: %1</source>
        <translation>Leckstrom: %1</translation>
    </message>
    <message>
        <source>total: %1</source>
        <translation>gesamt: %1</translation>
    </message>
</context>
<context>
    <name>rl::views::StorageStatsModel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>leakage</source>
        <translation>Leckstrom</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>umgangen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>All kept tiles: %1 words per instance; capacity unbounded</source>
        <translation>Alle gehaltenen Kacheln: %1 Wörter pro Instanz; Kapazität unbegrenzt</translation>
    </message>
    <message>
        <source>All kept tiles: %1 of %2 words per instance (%3)</source>
        <translation>Alle gehaltenen Kacheln: %1 von %2 Wörtern pro Instanz (%3)</translation>
    </message>
    <message>
        <source>Words of the tile one instance holds</source>
        <translation>Wörter der Kachel, die eine Instanz hält</translation>
    </message>
    <message>
        <source>Scalar words over all utilised instances (Timeloop's counts): reads by the level below or the MACs, fills from the level above, partial-sum updates from below</source>
        <translation>Skalare Wörter über alle genutzten Instanzen (Zählung wie Timeloop): Lesen durch die Ebene darunter oder die MACs, Füllen aus der Ebene darüber, Teilsummen-Updates von unten</translation>
    </message>
    <message>
        <source>Accesses rounded up to whole blocks x energy per action, plus leakage</source>
        <translation>Zugriffe auf ganze Blöcke aufgerundet × Energie pro Aktion, plus Leckstrom</translation>
    </message>
    <message>
        <source>Instances doing work, of those built</source>
        <translation>Arbeitende Instanzen von den vorhandenen</translation>
    </message>
    <message>
        <source>Level / tensor</source>
        <translation>Ebene / Tensor</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Tile words</source>
        <translation>Kachelwörter</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>fJ/MAC</source>
        <translation>fJ/MAC</translation>
    </message>
    <message>
        <source>Instances used</source>
        <translation>Genutzte Instanzen</translation>
    </message>
</context>
<context>
    <name>rl::views::MapperView</name>
    <message>
        <source>Mapper</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>Takte</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>EDP</source>
        <translation>EDP</translation>
    </message>
    <message>
        <source>No valid design to search: the mapper needs an accelerator architecture and a problem without errors.</source>
        <translation>Kein gültiger Entwurf zum Durchsuchen: Der Mapper braucht eine Beschleuniger-Architektur und ein Problem ohne Fehler.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>What the search minimises; every mapping seen is drawn.</source>
        <translation>Was die Suche minimiert; jedes gesehene Mapping wird gezeichnet.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed and budget find the same mappings.</source>
        <translation>Gleicher Seed und gleiches Budget finden dieselben Mappings.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Mappings to evaluate over the whole search.</source>
        <translation>Zu bewertende Mappings über die ganze Suche.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Stop after this many seconds and keep the best so far.</source>
        <translation>Nach so vielen Sekunden anhalten und das bisher Beste behalten.</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Mappings seen</source>
        <translation>Gesehene Mappings</translation>
    </message>
    <message>
        <source>Use the design as A</source>
        <translation>Entwurf als A verwenden</translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation>A und B tauschen</translation>
    </message>
    <message>
        <source>Compare A and B</source>
        <translation>A und B vergleichen</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the design (%1)</source>
        <translation>der Entwurf (%1)</translation>
    </message>
    <message>
        <source>Searching mappings</source>
        <translation>Suche Mappings</translation>
    </message>
    <message>
        <source>Mappings of %1 seen by the mapper</source>
        <translation>Vom Mapper gesehene Mappings von %1</translation>
    </message>
    <message>
        <source>energy per MAC (pJ/MAC)</source>
        <translation>Energie pro MAC (pJ/MAC)</translation>
    </message>
    <message>
        <source>the design's mapping</source>
        <translation>Mapping des Entwurfs</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: keins</translation>
    </message>
    <message>
        <source>Click a point of the scatter to compare its mapping with A.</source>
        <translation>Einen Punkt im Streudiagramm anklicken, um sein Mapping mit A zu vergleichen.</translation>
    </message>
    <message>
        <source>%1: %2
%3 cycles, %4 (%5 per MAC), utilisation %6</source>
        <translation>%1: %2
%3 Takte, %4 (%5 pro MAC), Auslastung %6</translation>
    </message>
    <message>
        <source>Searching: %1 mappings drawn so far.</source>
        <translation>Suche läuft: bisher %1 Mappings gezeichnet.</translation>
    </message>
    <message>
        <source>Run searches the mapping space and draws the mappings it sees; click a point to load it into every view and compare it with A.</source>
        <translation>„Starten“ durchsucht den Mapping-Raum und zeichnet die gesehenen Mappings; ein Klick auf einen Punkt lädt es in alle Ansichten und vergleicht es mit A.</translation>
    </message>
    <message>
        <source>%1 mappings drawn of %2 evaluated (%3 valid) in %4. Best by %5: %6 cycles, %7 per MAC.</source>
        <translation>%1 von %2 ausgewerteten Mappings gezeichnet (%3 gültig) in %4. Bestes nach %5: %6 Takte, %7 pro MAC.</translation>
    </message>
    <message>
        <source>Stopped early: the best so far is shown.</source>
        <translation>Vorzeitig angehalten: Das bisher Beste wird gezeigt.</translation>
    </message>
    <message>
        <source>The search found no mapping that fits this architecture.</source>
        <translation>Die Suche fand kein Mapping, das in diese Architektur passt.</translation>
    </message>
    <message>
        <source>mapper point (%1 cycles, %2 per MAC)</source>
        <translation>Mapper-Punkt (%1 Takte, %2 pro MAC)</translation>
    </message>
    <message>
        <source>%1 cycles</source>
        <translation>%1 Takte</translation>
    </message>
    <message>
        <source>energy %1 (%2 pJ/MAC)</source>
        <translation>Energie %1 (%2 pJ/MAC)</translation>
    </message>
    <message>
        <source>on the Pareto front</source>
        <translation>auf der Pareto-Front</translation>
    </message>
    <message>
        <source>Click: load it into every view and compare it with A.</source>
        <translation>Klick: in alle Ansichten laden und mit A vergleichen.</translation>
    </message>
</context>
<context>
    <name>rl::views::MapperCompareModel</name>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>Takte</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>energy per MAC</source>
        <translation>Energie pro MAC</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>MAC energy</source>
        <translation>MAC-Energie</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>Lesezugriffe</translation>
    </message>
    <message>
        <source>fills</source>
        <translation>Füllungen</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>instances used</source>
        <translation>genutzte Instanzen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>rl::views::LoopNestScene</name>
    <message>
        <source>spatial_for %1 in [0:%2) across %3</source>
        <translation>spatial_for %1 in [0:%2) über %3</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>W</source>
        <translation>B</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 Instanzen</translation>
    </message>
    <message>
        <source>bypasses all</source>
        <translation>umgeht alle</translation>
    </message>
    <message>
        <source>keeps %1</source>
        <translation>hält %1</translation>
    </message>
    <message>
        <source>bypasses %1</source>
        <translation>umgeht %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Tile resident at %1</source>
        <translation>Kachel in %1</translation>
    </message>
    <message>
        <source>%1 does not index %2: the same tile is reused in place for all %3 steps.</source>
        <translation>%1 indiziert %2 nicht: dieselbe Kachel wird in allen %3 Schritten an Ort und Stelle wiederverwendet.</translation>
    </message>
    <message>
        <source>%1 does not index %2: the same words go to all %3 instances (multicast).</source>
        <translation>%1 indiziert %2 nicht: dieselben Wörter gehen an alle %3 Instanzen (Multicast).</translation>
    </message>
    <message>
        <source>%1 does not index %2: the partial sums of %3 instances are added up (spatial reduction).</source>
        <translation>%1 indiziert %2 nicht: die Teilsummen von %3 Instanzen werden addiert (räumliche Reduktion).</translation>
    </message>
</context>
<context>
    <name>rl::views::LoopNestView</name>
    <message>
        <source>Loop nest</source>
        <translation>Schleifennest</translation>
    </message>
    <message>
        <source>%1 cycles, %2 utilisation, %3 per MAC</source>
        <translation>%1 Takte, %2 Auslastung, %3 pro MAC</translation>
    </message>
    <message>
        <source>%1 · mapping %2 — %3</source>
        <translation>%1 · Mapping %2 — %3</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Hover over a loop, click it or use the arrow keys to see the tile of each tensor it sweeps. Loops of factor 1 are not shown.</source>
        <translation>Zeigen Sie auf eine Schleife, klicken Sie sie an oder nutzen Sie die Pfeiltasten, um die Kachel jedes Tensors zu sehen, die sie durchläuft. Schleifen mit Faktor 1 werden nicht gezeigt.</translation>
    </message>
    <message>
        <source>No loop nest to show: the project has no accelerator, problem and mapping that validate together. Open an accelerator sample from the start page, or fix the errors the editors mark.</source>
        <translation>Kein Schleifennest anzuzeigen: Das Projekt hat keinen Beschleuniger, kein Problem und kein Mapping, die zusammen gültig sind. Öffnen Sie ein Beschleuniger-Beispiel auf der Startseite oder beheben Sie die in den Editoren markierten Fehler.</translation>
    </message>
    <message>
        <source>The MACs: one multiply-accumulate each per cycle.</source>
        <translation>Die MACs: je eine Multiplikation-Addition pro Takt.</translation>
    </message>
    <message>
        <source>Tile swept</source>
        <translation>Durchlaufene Kachel</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Kachel</translation>
    </message>
    <message>
        <source>Words swept</source>
        <translation>Wörter gesamt</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Words per step</source>
        <translation>Wörter je Schritt</translation>
    </message>
    <message>
        <source>Held at %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>umgangen</translation>
    </message>
    <message>
        <source>One pass of the loop covers the tile swept; each step covers the loops inside it.</source>
        <translation>Ein Durchlauf der Schleife deckt die durchlaufene Kachel ab; jeder Schritt die Schleifen darin.</translation>
    </message>
</context>
<context>
    <name>rl::views::PeArrayScene</name>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>output channels</source>
        <translation>Ausgabekanäle</translation>
    </message>
    <message>
        <source>input channels</source>
        <translation>Eingabekanäle</translation>
    </message>
    <message>
        <source>output width</source>
        <translation>Ausgabebreite</translation>
    </message>
    <message>
        <source>output height</source>
        <translation>Ausgabehöhe</translation>
    </message>
    <message>
        <source>filter width</source>
        <translation>Filterbreite</translation>
    </message>
    <message>
        <source>filter height</source>
        <translation>Filterhöhe</translation>
    </message>
    <message>
        <source>nothing across %1</source>
        <translation>nichts über %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 = %2 of %3</source>
        <translation>%1 = %2 von %3</translation>
    </message>
    <message>
        <source>%1 across %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>1 of 1 PE busy: the architecture has a single MAC, so nothing is spread across PEs</source>
        <translation>1 von 1 PE belegt: Die Architektur hat nur eine MAC, es wird nichts über PEs verteilt</translation>
    </message>
    <message>
        <source>%1 of %2 PEs busy</source>
        <translation>%1 von %2 PEs belegt</translation>
    </message>
    <message>
        <source>%1 of %2 PEs busy: %3</source>
        <translation>%1 von %2 PEs belegt: %3</translation>
    </message>
    <message>
        <source>PE (%1, %2)</source>
        <translation>PE (%1, %2)</translation>
    </message>
    <message>
        <source>%1: idle</source>
        <translation>%1: untätig</translation>
    </message>
    <message>
        <source>%1: busy</source>
        <translation>%1: belegt</translation>
    </message>
    <message>
        <source>%1: busy with %2</source>
        <translation>%1: belegt mit %2</translation>
    </message>
    <message>
        <source>%1 × %2 PEs: too many to draw</source>
        <translation>%1 × %2 PEs: zu viele zum Zeichnen</translation>
    </message>
    <message>
        <source>%1 × %2 PEs, drawn as %3 × %4 blocks of %5 × %5 PEs</source>
        <translation>%1 × %2 PEs, gezeichnet als %3 × %4 Blöcke zu je %5 × %5 PEs</translation>
    </message>
    <message>
        <source>%1 = %2 across %3</source>
        <translation>%1 = %2 über %3</translation>
    </message>
    <message>
        <source>%1 · fanout of %2</source>
        <translation>%1 · Verzweigung von %2</translation>
    </message>
    <message>
        <source>busy PE</source>
        <translation>belegtes PE</translation>
    </message>
    <message>
        <source>idle PE</source>
        <translation>untätiges PE</translation>
    </message>
    <message>
        <source>Each PE: its X dimension in the upper-left half, its Y dimension in the lower-right half; lines between blocks of outer loops.</source>
        <translation>Jedes PE: X-Dimension in der oberen linken Hälfte, Y-Dimension in der unteren rechten; Linien zwischen Blöcken äußerer Schleifen.</translation>
    </message>
    <message>
        <source>%1 × %2 %3 instances (PEs)</source>
        <translation>%1 × %2 %3-Instanzen (PEs)</translation>
    </message>
</context>
<context>
    <name>rl::views::PeArrayView</name>
    <message>
        <source>PE array</source>
        <translation>PE-Feld</translation>
    </message>
    <message>
        <source>No PE array to show: the project has no accelerator, problem and mapping that validate together. Open an accelerator sample from the start page, or fix the errors the editors mark.</source>
        <translation>Kein PE-Feld anzuzeigen: Das Projekt hat keinen Beschleuniger, kein Problem und kein Mapping, die zusammen gültig sind. Öffnen Sie ein Beschleuniger-Beispiel auf der Startseite oder beheben Sie die in den Editoren markierten Fehler.</translation>
    </message>
</context>
<context>
    <name>rl::views::ArchEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>architecture name</source>
        <translation>Architekturname</translation>
    </message>
    <message>
        <source>Display name of the architecture.</source>
        <translation>Anzeigename der Architektur.</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Process node the energy table is for, e.g. "40 nm".</source>
        <translation>Prozessknoten der Energietabelle, z. B. „40 nm“.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>Clock frequency with unit, e.g. "1 GHz".</source>
        <translation>Taktfrequenz mit Einheit, z. B. „1 GHz“.</translation>
    </message>
    <message>
        <source>Storage levels (outermost first)</source>
        <translation>Speicherebenen (außen zuerst)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a level below the selected one (a copy of it)</source>
        <translation>Ebene unter der gewählten einfügen (eine Kopie davon)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected level</source>
        <translation>Gewählte Ebene entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the selected level outwards</source>
        <translation>Gewählte Ebene nach außen verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the selected level inwards</source>
        <translation>Gewählte Ebene nach innen verschieben</translation>
    </message>
    <message>
        <source>MAC array</source>
        <translation>MAC-Feld</translation>
    </message>
    <message>
        <source>MAC name</source>
        <translation>MAC-Name</translation>
    </message>
    <message>
        <source>Display name of the arithmetic units.</source>
        <translation>Anzeigename der Recheneinheiten.</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>MAC instances</source>
        <translation>MAC-Instanzen</translation>
    </message>
    <message>
        <source>Multiply-accumulate units in all (the PE array).</source>
        <translation>Multiply-Accumulate-Einheiten insgesamt (das PE-Feld).</translation>
    </message>
    <message>
        <source>Mesh X</source>
        <translation>Gitter X</translation>
    </message>
    <message>
        <source>MAC mesh X</source>
        <translation>MAC-Gitter X</translation>
    </message>
    <message>
        <source>MACs along X; a divisor of instances. Y = instances / X.</source>
        <translation>MACs entlang X; ein Teiler der Instanzen. Y = Instanzen / X.</translation>
    </message>
    <message>
        <source>Mesh Y</source>
        <translation>Gitter Y</translation>
    </message>
    <message>
        <source>Word bits</source>
        <translation>Wortbreite (Bit)</translation>
    </message>
    <message>
        <source>MAC word bits</source>
        <translation>MAC-Wortbreite</translation>
    </message>
    <message>
        <source>Operand width in bits.</source>
        <translation>Operandenbreite in Bit.</translation>
    </message>
    <message>
        <source>Energy per MAC</source>
        <translation>Energie pro MAC</translation>
    </message>
    <message>
        <source>MAC energy</source>
        <translation>MAC-Energie</translation>
    </message>
    <message>
        <source>Energy of one multiply-accumulate, e.g. "0.845 pJ".</source>
        <translation>Energie einer Multiply-Accumulate-Operation, z. B. „0.845 pJ“.</translation>
    </message>
    <message>
        <source>Leakage</source>
        <translation>Leckstrom</translation>
    </message>
    <message>
        <source>MAC leakage</source>
        <translation>MAC-Leckstrom</translation>
    </message>
    <message>
        <source>Leakage per cycle per MAC, e.g. "0 pJ".</source>
        <translation>Leckenergie pro Takt und MAC, z. B. „0 pJ“.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Add level %1</source>
        <translation>Ebene %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove level %1</source>
        <translation>Ebene %1 entfernen</translation>
    </message>
    <message>
        <source>Move level %1 outwards</source>
        <translation>Ebene %1 nach außen verschieben</translation>
    </message>
    <message>
        <source>Move level %1 inwards</source>
        <translation>Ebene %1 nach innen verschieben</translation>
    </message>
    <message>
        <source>Which columns of the levels table to show</source>
        <translation>Welche Spalten der Ebenentabelle angezeigt werden</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Mesh and tensors</source>
        <translation>Gitter, Tensoren</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Alle Spalten</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Window overlap</source>
        <translation>Fensterüberlappung</translation>
    </message>
    <message>
        <source>Shared (read once for all PEs)</source>
        <translation>Geteilt (einmal gelesen)</translation>
    </message>
    <message>
        <source>Timeloop (a copy per PE)</source>
        <translation>Timeloop (Kopie je PE)</translation>
    </message>
    <message>
        <source>window overlap</source>
        <translation>Fensterüberlappung</translation>
    </message>
    <message>
        <source>How input words needed by several PEs with overlapping windows are counted: read once and multicast, or delivered to each PE as Timeloop counts them. Mapspace constraints are edited in the JSON tab.</source>
        <translation>Wie Eingabewörter gezählt werden, die mehrere PEs mit überlappenden Fenstern brauchen: einmal gelesen und per Multicast verteilt, oder jedem PE einzeln geliefert, wie Timeloop zählt. Mapspace-Beschränkungen werden im JSON-Reiter bearbeitet.</translation>
    </message>
    <message>
        <source>Word and block size</source>
        <translation>Wortbreite und Block</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Gitter</translation>
    </message>
    <message>
        <source>Kept tensors</source>
        <translation>Gehaltene Tensoren</translation>
    </message>
    <message>
        <source>Read and write energy</source>
        <translation>Lese- und Schreibenergie</translation>
    </message>
    <message>
        <source>Update energy and leakage</source>
        <translation>Update- und Leckenergie</translation>
    </message>
</context>
<context>
    <name>rl::views::ArchLevelsModel</name>
    <message>
        <source>DRAM</source>
        <translation>DRAM</translation>
    </message>
    <message>
        <source>SRAM</source>
        <translation>SRAM</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Registerdatei</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>word bits</source>
        <translation>Wortbreite</translation>
    </message>
    <message>
        <source>block size</source>
        <translation>Blockgröße</translation>
    </message>
    <message>
        <source>read bandwidth</source>
        <translation>Lesebandbreite</translation>
    </message>
    <message>
        <source>write bandwidth</source>
        <translation>Schreibbandbreite</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>mesh X</source>
        <translation>Gitter X</translation>
    </message>
    <message>
        <source>kept weights</source>
        <translation>gehaltene Gewichte</translation>
    </message>
    <message>
        <source>kept inputs</source>
        <translation>gehaltene Eingaben</translation>
    </message>
    <message>
        <source>kept outputs</source>
        <translation>gehaltene Ausgaben</translation>
    </message>
    <message>
        <source>read energy</source>
        <translation>Leseenergie</translation>
    </message>
    <message>
        <source>write energy</source>
        <translation>Schreibenergie</translation>
    </message>
    <message>
        <source>update energy</source>
        <translation>Update-Energie</translation>
    </message>
    <message>
        <source>leakage</source>
        <translation>Leckstrom</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>= write</source>
        <translation>= Schreiben</translation>
    </message>
    <message>
        <source>Words per instance; empty for DRAM (unbounded).</source>
        <translation>Wörter pro Instanz; leer bei DRAM (unbegrenzt).</translation>
    </message>
    <message>
        <source>Words per cycle per instance; empty or 0 = unlimited.</source>
        <translation>Wörter pro Takt und Instanz; leer oder 0 = unbegrenzt.</translation>
    </message>
    <message>
        <source>Instances along Y: instances / mesh X (derived).</source>
        <translation>Instanzen entlang Y: Instanzen / Gitter X (abgeleitet).</translation>
    </message>
    <message>
        <source>Whether this level may keep the tensor; unchecked tensors bypass it.</source>
        <translation>Ob diese Ebene den Tensor halten darf; nicht angehakte Tensoren umgehen sie.</translation>
    </message>
    <message>
        <source>Energy per block access, with unit, e.g. "43.35 pJ".</source>
        <translation>Energie pro Blockzugriff, mit Einheit, z. B. „43.35 pJ“.</translation>
    </message>
    <message>
        <source>Leakage per cycle per instance, with unit, e.g. "0.008 pJ".</source>
        <translation>Leckenergie pro Takt und Instanz, mit Einheit, z. B. „0.008 pJ“.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Capacity
(words)</source>
        <translation>Kapazität
(Wörter)</translation>
    </message>
    <message>
        <source>Word
bits</source>
        <translation>Wort-
bits</translation>
    </message>
    <message>
        <source>Block
(words)</source>
        <translation>Block
(Wörter)</translation>
    </message>
    <message>
        <source>Read BW
(words/cycle)</source>
        <translation>Lese-BW
(Wörter/Takt)</translation>
    </message>
    <message>
        <source>Write BW
(words/cycle)</source>
        <translation>Schreib-BW
(Wörter/Takt)</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Mesh X</source>
        <translation>Gitter X</translation>
    </message>
    <message>
        <source>Mesh Y</source>
        <translation>Gitter Y</translation>
    </message>
    <message>
        <source>W</source>
        <translation>G</translation>
    </message>
    <message>
        <source>I</source>
        <translation>E</translation>
    </message>
    <message>
        <source>O</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Read
energy</source>
        <translation>Lese-
energie</translation>
    </message>
    <message>
        <source>Write
energy</source>
        <translation>Schreib-
energie</translation>
    </message>
    <message>
        <source>Update
energy</source>
        <translation>Update-
energie</translation>
    </message>
    <message>
        <source>Leak
(per cycle)</source>
        <translation>Leck
(pro Takt)</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1: %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>rl::views::DataflowDocEditor</name>
    <message>
        <source>Edit JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>rl::views::DataflowEditors</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>The JSON does not parse: %1</source>
        <translation>Das JSON ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>No accelerator study is open.</source>
        <translation>Keine Beschleunigerstudie geöffnet.</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>Mapping laden</translation>
    </message>
    <message>
        <source>Load mapping %1</source>
        <translation>Mapping %1 laden</translation>
    </message>
    <message>
        <source>Valid · %1 cycles · utilisation %2 · %3 per MAC</source>
        <translation>Gültig · %1 Takte · Auslastung %2 · %3 pro MAC</translation>
    </message>
    <message numerus="yes">
        <source>Not valid: %n problem(s). The views keep the last valid design.</source>
        <translation>
            <numerusform>Ungültig: %n Problem. Die Ansichten zeigen den letzten gültigen Entwurf.</numerusform>
            <numerusform>Ungültig: %n Probleme. Die Ansichten zeigen den letzten gültigen Entwurf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rl::views::DocFields</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>rl::views::LevelNestModel</name>
    <message>
        <source>N: batch</source>
        <translation>N: Batch</translation>
    </message>
    <message>
        <source>K: output channels</source>
        <translation>K: Ausgabekanäle</translation>
    </message>
    <message>
        <source>C: input channels</source>
        <translation>C: Eingabekanäle</translation>
    </message>
    <message>
        <source>P: output width</source>
        <translation>P: Ausgabebreite</translation>
    </message>
    <message>
        <source>Q: output height</source>
        <translation>Q: Ausgabehöhe</translation>
    </message>
    <message>
        <source>R: filter width</source>
        <translation>R: Filterbreite</translation>
    </message>
    <message>
        <source>S: filter height</source>
        <translation>S: Filterhöhe</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>; problem bound %1</source>
        <translation>; Problemgrenze %1</translation>
    </message>
    <message>
        <source>Temporal factor: iterations of this loop here.</source>
        <translation>Zeitlicher Faktor: Iterationen dieser Schleife hier.</translation>
    </message>
    <message>
        <source>Spatial factor: children of this level the loop is spread over.</source>
        <translation>Räumlicher Faktor: Kinder dieser Ebene, auf die die Schleife verteilt wird.</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Temporal</source>
        <translation>Zeitlich</translation>
    </message>
    <message>
        <source>Spatial X</source>
        <translation>Räumlich
X</translation>
    </message>
    <message>
        <source>Spatial Y</source>
        <translation>Räumlich
Y</translation>
    </message>
</context>
<context>
    <name>rl::views::MappingEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>mapping name</source>
        <translation>Mapping-Name</translation>
    </message>
    <message>
        <source>Display name of the mapping.</source>
        <translation>Anzeigename des Mappings.</translation>
    </message>
    <message>
        <source>Each level's loops run outer (top) to inner. Temporal factors of a dimension over all levels, times its spatial factors, must multiply to the problem's bound.</source>
        <translation>Die Schleifen jeder Ebene laufen von außen (oben) nach innen. Die zeitlichen Faktoren einer Dimension über alle Ebenen, mal ihre räumlichen Faktoren, müssen die Problemgrenze ergeben.</translation>
    </message>
    <message>
        <source>Keeps:</source>
        <translation>Hält:</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Unchecked: the tensor bypasses this level.</source>
        <translation>Nicht angehakt: der Tensor umgeht diese Ebene.</translation>
    </message>
    <message>
        <source>Move the selected loop outwards</source>
        <translation>Gewählte Schleife nach außen verschieben</translation>
    </message>
    <message>
        <source>Move the selected loop inwards</source>
        <translation>Gewählte Schleife nach innen verschieben</translation>
    </message>
    <message>
        <source>W</source>
        <translation>G</translation>
    </message>
    <message>
        <source>I</source>
        <translation>E</translation>
    </message>
    <message>
        <source>O</source>
        <translation>A</translation>
    </message>
    <message>
        <source>nothing kept</source>
        <translation>nichts gehalten</translation>
    </message>
    <message>
        <source>Tile: %1 words (unbounded)</source>
        <translation>Kachel: %1 Wörter (unbegrenzt)</translation>
    </message>
    <message>
        <source>Tile: %1 of %2 words (%3)</source>
        <translation>Kachel: %1 von %2 Wörtern (%3)</translation>
    </message>
    <message>
        <source>%1 · fanout below %2 × %3</source>
        <translation>%1 · Fanout darunter %2 × %3</translation>
    </message>
    <message>
        <source>Tile overflows: %1</source>
        <translation>Kachel passt nicht: %1</translation>
    </message>
    <message>
        <source>Edit %1 temporal %2</source>
        <translation>%1: zeitlich %2 bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 spatial %2 of %3</source>
        <translation>%1: räumlich %2 von %3 bearbeiten</translation>
    </message>
    <message>
        <source>Move loop %1 outwards in %2</source>
        <translation>Schleife %1 in %2 nach außen verschieben</translation>
    </message>
    <message>
        <source>Move loop %1 inwards in %2</source>
        <translation>Schleife %1 in %2 nach innen verschieben</translation>
    </message>
    <message>
        <source>Keep %1 in %2</source>
        <translation>%1 in %2 halten</translation>
    </message>
    <message>
        <source>Bypass %1 at %2</source>
        <translation>%1 an %2 vorbeileiten</translation>
    </message>
    <message>
        <source>Unmap level %1</source>
        <translation>Ebene %1 aus dem Mapping nehmen</translation>
    </message>
    <message>
        <source>Retarget %1 to %2</source>
        <translation>%1 auf %2 umstellen</translation>
    </message>
    <message>
        <source>Show loops of bound 1</source>
        <translation>Schleifen mit Grenze 1 zeigen</translation>
    </message>
    <message>
        <source>Dimensions the problem does not use (bound 1) have nothing to map; they are hidden unless a factor there needs fixing.</source>
        <translation>Dimensionen, die das Problem nicht nutzt (Grenze 1), haben nichts abzubilden; sie sind ausgeblendet, außer ein Faktor dort muss korrigiert werden.</translation>
    </message>
    <message>
        <source>Fanout below: %1 × %2</source>
        <translation>Fanout darunter: %1 × %2</translation>
    </message>
</context>
<context>
    <name>rl::views::ProblemEditor</name>
    <message>
        <source>N: batch</source>
        <translation>N: Batch</translation>
    </message>
    <message>
        <source>K: output channels (Timeloop's M; GEMM: N)</source>
        <translation>K: Ausgabekanäle (Timeloops M; GEMM: N)</translation>
    </message>
    <message>
        <source>C: input channels (GEMM: the reduction K)</source>
        <translation>C: Eingabekanäle (GEMM: die Reduktion K)</translation>
    </message>
    <message>
        <source>P: output width (GEMM: M)</source>
        <translation>P: Ausgabebreite (GEMM: M)</translation>
    </message>
    <message>
        <source>Q: output height</source>
        <translation>Q: Ausgabehöhe</translation>
    </message>
    <message>
        <source>R: filter width</source>
        <translation>R: Filterbreite</translation>
    </message>
    <message>
        <source>S: filter height</source>
        <translation>S: Filterhöhe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>problem name</source>
        <translation>Problemname</translation>
    </message>
    <message>
        <source>Display name of the problem.</source>
        <translation>Anzeigename des Problems.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>Depthwise convolution</source>
        <translation>Depthwise-Faltung</translation>
    </message>
    <message>
        <source>GEMM (P = M, K = N, C = K)</source>
        <translation>GEMM (P = M, K = N, C = K)</translation>
    </message>
    <message>
        <source>Batched matmul</source>
        <translation>Batch-Matmul</translation>
    </message>
    <message>
        <source>problem kind</source>
        <translation>Problemart</translation>
    </message>
    <message>
        <source>conv: the 7-D convolution. depthwise: weights and outputs indexed by C, K must be 1. gemm: a matrix product written as a 1x1 convolution. batched_matmul: like gemm, both operands vary with N.</source>
        <translation>conv: die 7-D-Faltung. depthwise: Gewichte und Ausgaben nach C indiziert, K muss 1 sein. gemm: ein Matrixprodukt als 1x1-Faltung. batched_matmul: wie gemm, beide Operanden variieren mit N.</translation>
    </message>
    <message>
        <source>Loop bounds</source>
        <translation>Schleifengrenzen</translation>
    </message>
    <message>
        <source>dimension %1</source>
        <translation>Dimension %1</translation>
    </message>
    <message>
        <source>Strides and dilations</source>
        <translation>Schrittweiten und Dilatationen</translation>
    </message>
    <message>
        <source>Stride along P</source>
        <translation>Schrittweite P</translation>
    </message>
    <message>
        <source>stride P</source>
        <translation>Schrittweite P</translation>
    </message>
    <message>
        <source>Input columns between neighbouring outputs along P.</source>
        <translation>Eingabespalten zwischen benachbarten Ausgaben entlang P.</translation>
    </message>
    <message>
        <source>Stride along Q</source>
        <translation>Schrittweite Q</translation>
    </message>
    <message>
        <source>stride Q</source>
        <translation>Schrittweite Q</translation>
    </message>
    <message>
        <source>Input rows between neighbouring outputs along Q.</source>
        <translation>Eingabezeilen zwischen benachbarten Ausgaben entlang Q.</translation>
    </message>
    <message>
        <source>Dilation of R</source>
        <translation>Dilatation R</translation>
    </message>
    <message>
        <source>dilation R</source>
        <translation>Dilatation R</translation>
    </message>
    <message>
        <source>Input columns between neighbouring filter taps along R.</source>
        <translation>Eingabespalten zwischen benachbarten Filterabgriffen entlang R.</translation>
    </message>
    <message>
        <source>Dilation of S</source>
        <translation>Dilatation S</translation>
    </message>
    <message>
        <source>dilation S</source>
        <translation>Dilatation S</translation>
    </message>
    <message>
        <source>Input rows between neighbouring filter taps along S.</source>
        <translation>Eingabezeilen zwischen benachbarten Filterabgriffen entlang S.</translation>
    </message>
    <message>
        <source>Weights per batch (batched matmul)</source>
        <translation>Gewichte pro Batch (Batch-Matmul)</translation>
    </message>
    <message>
        <source>weights per batch</source>
        <translation>Gewichte pro Batch</translation>
    </message>
    <message>
        <source>Weights are indexed by N too: each batch element has its own second operand.</source>
        <translation>Gewichte sind auch nach N indiziert: jedes Batch-Element hat seinen eigenen zweiten Operanden.</translation>
    </message>
    <message>
        <source>Word bits</source>
        <translation>Wortbreite (Bit)</translation>
    </message>
    <message>
        <source>word bits</source>
        <translation>Wortbreite</translation>
    </message>
    <message>
        <source>Bits per word (informational; capacities are in words).</source>
        <translation>Bits pro Wort (zur Information; Kapazitäten sind in Wörtern).</translation>
    </message>
    <message>
        <source>Multiply-accumulates: %1</source>
        <translation>Multiply-Accumulates: %1</translation>
    </message>
    <message>
        <source>%1 (Timeloop's M; GEMM: N)</source>
        <translation>%1 (Timeloops M; GEMM: N)</translation>
    </message>
    <message>
        <source>%1 (GEMM: the reduction K)</source>
        <translation>%1 (GEMM: die Reduktion K)</translation>
    </message>
    <message>
        <source>%1 (GEMM: M)</source>
        <translation>%1 (GEMM: M)</translation>
    </message>
</context>
<context>
    <name>rl::views::NetworkChart</name>
    <message>
        <source>%1. %2 (× %3)
%4 cycles × count
%5 × count
click: open its mapping</source>
        <translation>%1. %2 (× %3)
%4 Takte × Anzahl
%5 × Anzahl
Klick: Mapping öffnen</translation>
    </message>
    <message>
        <source>%1. %2: not mapped</source>
        <translation>%1. %2: nicht abgebildet</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <source>cycles × count</source>
        <translation>Takte × Anzahl</translation>
    </message>
    <message>
        <source>cycles × count (%1)</source>
        <translation>Takte × Anzahl (%1)</translation>
    </message>
    <message>
        <source>cycles × count (left axis)</source>
        <translation>Takte × Anzahl (linke Achse)</translation>
    </message>
    <message>
        <source>cycles × count (log scale)</source>
        <translation>Takte × Anzahl (log. Skala)</translation>
    </message>
    <message>
        <source>energy × count (%1)</source>
        <translation>Energie × Anzahl (%1)</translation>
    </message>
    <message>
        <source>energy × count (J, log scale)</source>
        <translation>Energie × Anzahl (J, log. Skala)</translation>
    </message>
    <message>
        <source>energy × count (right axis)</source>
        <translation>Energie × Anzahl (rechte Achse)</translation>
    </message>
    <message>
        <source>layer (row of the table)</source>
        <translation>Schicht (Zeile der Tabelle)</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>Tausend</translation>
    </message>
</context>
<context>
    <name>rl::views::NetworkTableModel</name>
    <message>
        <source>%1 (operator %2): %3 MACs per run, %4 MAC units busy, stride %5×%6</source>
        <translation>%1 (Operator %2): %3 MACs pro Lauf, %4 MAC-Einheiten belegt, Schrittweite %5×%6</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Cycles
(one run)</source>
        <translation>Takte
(ein Lauf)</translation>
    </message>
    <message>
        <source>Cycles
× count</source>
        <translation>Takte
× Anzahl</translation>
    </message>
    <message>
        <source>Energy
per MAC</source>
        <translation>Energie
pro MAC</translation>
    </message>
    <message>
        <source>Energy
× count</source>
        <translation>Energie
× Anzahl</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>No mapping: %1</source>
        <translation>Kein Mapping: %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Share of
cycles</source>
        <translation>Anteil
Takte</translation>
    </message>
    <message>
        <source>Share of
energy</source>
        <translation>Anteil
Energie</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>nicht abgebildet</translation>
    </message>
</context>
<context>
    <name>rl::views::NetworkView</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 cycles (%2), %3.</source>
        <translation>%1 Takte (%2), %3.</translation>
    </message>
    <message>
        <source>%1 layers (%2 distinct, each searched once); %3 of them mapped. Total: %4 cycles (%5 at %6), %7.</source>
        <translation>%1 Schichten (%2 verschiedene, jede einmal gesucht); %3 davon abgebildet. Gesamt: %4 Takte (%5 bei %6), %7.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 on %2: cycles and energy per layer</source>
        <translation>%1 auf %2: Takte und Energie pro Schicht</translation>
    </message>
    <message>
        <source>Click a layer to open it with its mapping in every view</source>
        <translation>Klicken Sie auf eine Schicht, um sie mit ihrem Mapping in allen Ansichten zu öffnen</translation>
    </message>
    <message>
        <source>EDP</source>
        <translation>EDP</translation>
    </message>
    <message>
        <source>Evaluations per layer:</source>
        <translation>Auswertungen pro Schicht:</translation>
    </message>
    <message>
        <source>Map every layer of the model again</source>
        <translation>Alle Schichten des Modells neu abbilden</translation>
    </message>
    <message>
        <source>Map network</source>
        <translation>Netz abbilden</translation>
    </message>
    <message>
        <source>Mapped in %1.</source>
        <translation>Abgebildet in %1.</translation>
    </message>
    <message>
        <source>Mapping %1 (%2 layers)</source>
        <translation>Bilde %1 ab (%2 Schichten)</translation>
    </message>
    <message>
        <source>Mapping cancelled.</source>
        <translation>Mapping abgebrochen.</translation>
    </message>
    <message>
        <source>Mapping failed: %1</source>
        <translation>Mapping fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>No valid design: open an accelerator project, or fix the architecture, problem or mapping (the editors say what is wrong).</source>
        <translation>Kein gültiger Entwurf: Öffnen Sie ein Beschleunigerprojekt oder korrigieren Sie Architektur, Problem oder Mapping (die Editoren nennen den Fehler).</translation>
    </message>
    <message>
        <source>Not mapped: %1 (%2).</source>
        <translation>Nicht abgebildet: %1 (%2).</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Press Map network to start again.</source>
        <translation>„Netz abbilden“ startet erneut.</translation>
    </message>
    <message>
        <source>The mapper's budget per distinct layer; identical layers share one search</source>
        <translation>Budget des Mappers pro verschiedener Schicht; gleiche Schichten teilen sich eine Suche</translation>
    </message>
    <message>
        <source>The table shows the previous complete mapping.</source>
        <translation>Die Tabelle zeigt das letzte vollständige Mapping.</translation>
    </message>
    <message>
        <source>This project has no model, so the table shows the current problem with its mapping. A project with a model (for example samples/projects/resnet50-on-eyeriss.json) shows every layer of the network here.</source>
        <translation>Dieses Projekt hat kein Modell, daher zeigt die Tabelle das aktuelle Problem mit seinem Mapping. Ein Projekt mit Modell (zum Beispiel samples/projects/resnet50-on-eyeriss.json) zeigt hier jede Schicht des Netzes.</translation>
    </message>
    <message>
        <source>What the mapper minimises for every layer</source>
        <translation>Was der Mapper für jede Schicht minimiert</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>Takte</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>mapper (%1, %2 evaluations per layer)</source>
        <translation>Mapper (%1, %2 Auswertungen pro Schicht)</translation>
    </message>
</context>
<context>
    <name>rl::views::SystolicFoldWidget</name>
    <message>
        <source>(thin side stretched)</source>
        <translation>(schmale Seite gestreckt)</translation>
    </message>
    <message>
        <source>Fold %1 of %2 (row fold %3, column fold %4)
rows %5–%6, columns %7–%8: %9 × %10 of %11 × %12 PEs busy
%13 cycles, as every fold</source>
        <translation>Faltung %1 von %2 (Zeilenfaltung %3, Spaltenfaltung %4)
Zeilen %5–%6, Spalten %7–%8: %9 × %10 von %11 × %12 PEs belegt
%13 Takte, wie jede Faltung</translation>
    </message>
    <message>
        <source>Sc = %1 columns (%2), cut into %3 fold(s) of ≤ %4 columns</source>
        <translation>Sc = %1 Spalten (%2), in %3 Faltung(en) zu ≤ %4 Spalten geteilt</translation>
    </message>
    <message>
        <source>Sr = %1 rows (%2), cut into %3 fold(s) of ≤ %4 rows</source>
        <translation>Sr = %1 Zeilen (%2), in %3 Faltung(en) zu ≤ %4 Zeilen geteilt</translation>
    </message>
    <message>
        <source>full fold (%1 × %2 PEs)</source>
        <translation>volle Faltung (%1 × %2 PEs)</translation>
    </message>
    <message>
        <source>partial fold (fewer PEs busy)</source>
        <translation>Teilfaltung (weniger PEs belegt)</translation>
    </message>
    <message>
        <source>idle PEs of a partial fold</source>
        <translation>freie PEs einer Teilfaltung</translation>
    </message>
</context>
<context>
    <name>rl::views::SystolicTrafficChart</name>
    <message>
        <source>DRAM traffic</source>
        <translation>DRAM-Verkehr</translation>
    </message>
    <message>
        <source>SRAM reads / writes</source>
        <translation>SRAM-Lese-/Schreibzugriffe</translation>
    </message>
    <message>
        <source>Traffic per operand</source>
        <translation>Verkehr pro Operand</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>ifmap</source>
        <translation>ifmap</translation>
    </message>
    <message>
        <source>ofmap</source>
        <translation>ofmap</translation>
    </message>
    <message>
        <source>operand</source>
        <translation>Operand</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>words (log scale)</source>
        <translation>Wörter (log. Skala)</translation>
    </message>
    <message>
        <source>Traffic per operand (words)</source>
        <translation>Verkehr pro Operand (Wörter)</translation>
    </message>
    <message>
        <source>SRAM accesses</source>
        <translation>SRAM-Zugriffe</translation>
    </message>
    <message>
        <source>DRAM</source>
        <translation>DRAM</translation>
    </message>
</context>
<context>
    <name>rl::views::SystolicView</name>
    <message>
        <source> Ki words</source>
        <translation> Ki Wörter</translation>
    </message>
    <message>
        <source> words/cycle</source>
        <translation> Wörter/Takt</translation>
    </message>
    <message>
        <source>%1 (ifmap %2 × %3 × %4, %5 × %6 filters, %7 filters, stride %8) as a GEMM on a %9 × %10 %11 array: the stationary matrix is Sr = %12 × Sc = %13, streamed for T = %14 cycles per fold.</source>
        <translation>%1 (ifmap %2 × %3 × %4, %5 × %6-Filter, %7 Filter, Schrittweite %8) als GEMM auf einem %9 × %10-Array, %11: die stationäre Matrix ist Sr = %12 × Sc = %13, T = %14 Takte pro Faltung gestreamt.</translation>
    </message>
    <message>
        <source>(Stalls estimated per fold: the layer is too large to replay SCALE-Sim's memory system, or the rate is not a whole number.)</source>
        <translation>(Stalls pro Faltung geschätzt: die Schicht ist zu groß, um SCALE-Sims Speichersystem nachzuspielen, oder die Rate ist keine ganze Zahl.)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>DRAM</source>
        <translation>DRAM</translation>
    </message>
    <message>
        <source>DRAM bandwidth of %1 words/cycle adds %2 stall cycles (+%3).</source>
        <translation>Eine DRAM-Bandbreite von %1 Wörtern/Takt fügt %2 Stall-Takte hinzu (+%3).</translation>
    </message>
    <message>
        <source>DRAM bandwidth of %1 words/cycle keeps up: no stall cycles.</source>
        <translation>Eine DRAM-Bandbreite von %1 Wörtern/Takt reicht: keine Stall-Takte.</translation>
    </message>
    <message>
        <source>DRAM words per cycle per operand interface; 0 = unlimited</source>
        <translation>DRAM-Wörter pro Takt und Operand-Schnittstelle; 0 = unbegrenzt</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>Filling the SRAMs before the first fold takes %1 cycles (not in the total, as in SCALE-Sim).</source>
        <translation>Das Füllen der SRAMs vor der ersten Faltung dauert %1 Takte (nicht in der Summe, wie bei SCALE-Sim).</translation>
    </message>
    <message>
        <source>Filter SRAM</source>
        <translation>Filter-SRAM</translation>
    </message>
    <message>
        <source>From the architecture</source>
        <translation>Aus der Architektur</translation>
    </message>
    <message>
        <source>Ifmap SRAM</source>
        <translation>Ifmap-SRAM</translation>
    </message>
    <message>
        <source>Inputs are stationary: each fold preloads a %1 × %2 block of the input windows (window element × output pixel) into the PEs. Filter weights stream in from the left, one filter per cycle for T = %3 cycles; partial sums flow down the columns into the ofmap SRAM.</source>
        <translation>Eingaben sind stationär: jede Faltung lädt einen %1 × %2-Block der Eingabefenster (Fensterelement × Ausgabepixel) in die PEs. Filtergewichte strömen von links ein, ein Filter pro Takt für T = %3 Takte; Teilsummen fließen die Spalten hinab in das Ofmap-SRAM.</translation>
    </message>
    <message>
        <source>No valid design: open an accelerator project, or fix the architecture, problem or mapping (the editors say what is wrong).</source>
        <translation>Kein gültiger Entwurf: Öffnen Sie ein Beschleunigerprojekt oder korrigieren Sie Architektur, Problem oder Mapping (die Editoren nennen den Fehler).</translation>
    </message>
    <message>
        <source>Ofmap SRAM</source>
        <translation>Ofmap-SRAM</translation>
    </message>
    <message>
        <source>Outputs are stationary: each of the %1 × %2 PEs accumulates one output (an output pixel of one filter). Input rows stream in from the left and filter weights from the top, one window element per cycle for T = %3 cycles; the finished outputs drain at the end of each fold.</source>
        <translation>Ausgaben sind stationär: jedes der %1 × %2 PEs akkumuliert eine Ausgabe (ein Ausgabepixel eines Filters). Eingabezeilen strömen von links, Filtergewichte von oben ein, ein Fensterelement pro Takt für T = %3 Takte; die fertigen Ausgaben fließen am Ende jeder Faltung ab.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rows and columns of the architecture's MAC mesh, default SRAMs</source>
        <translation>Zeilen und Spalten des MAC-Gitters der Architektur, Standard-SRAMs</translation>
    </message>
    <message>
        <source>SCALE-Sim's CALC mode: no stalls; the view reports the DRAM bandwidth each operand would need</source>
        <translation>SCALE-Sims CALC-Modus: keine Stalls; die Ansicht nennt die DRAM-Bandbreite, die jeder Operand bräuchte</translation>
    </message>
    <message>
        <source>Stall-free (SCALE-Sim's CALC mode): to keep up, DRAM would have to move up to %1 words/cycle (on average ifmap %2, filter %3, ofmap %4).</source>
        <translation>Stall-frei (SCALE-Sims CALC-Modus): um mitzuhalten, müsste DRAM bis zu %1 Wörter/Takt bewegen (im Mittel ifmap %2, Filter %3, ofmap %4).</translation>
    </message>
    <message>
        <source>Stall-free: report the rate needed</source>
        <translation>Stall-frei: nötige Rate melden</translation>
    </message>
    <message>
        <source>Systolic array</source>
        <translation>Systolisches Array</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Systolisch</translation>
    </message>
    <message>
        <source>The systolic model refused this layer: %1</source>
        <translation>Das systolische Modell lehnt diese Schicht ab: %1</translation>
    </message>
    <message>
        <source>Unlimited DRAM bandwidth: no stall cycles.</source>
        <translation>Unbegrenzte DRAM-Bandbreite: keine Stall-Takte.</translation>
    </message>
    <message>
        <source>Utilisation: overall %1, mapping efficiency %2, compute %3.
Cycles: %4 = %5 compute + %6 stall.
%7 folds (%8 × %9) of %10 cycles; %11 MACs.</source>
        <translation>Auslastung: gesamt %1, Mapping-Effizienz %2, Rechnen %3.
Takte: %4 = %5 Rechnen + %6 Stall.
%7 Faltungen (%8 × %9) zu %10 Takten; %11 MACs.</translation>
    </message>
    <message>
        <source>Weights are stationary: each fold preloads a %1 × %2 block of filter weights (window element × filter) into the PEs. Input windows stream in from the left, one output pixel per cycle for T = %3 cycles; partial sums flow down the columns into the ofmap SRAM.</source>
        <translation>Gewichte sind stationär: jede Faltung lädt einen %1 × %2-Block Filtergewichte (Fensterelement × Filter) in die PEs. Eingabefenster strömen von links ein, ein Ausgabepixel pro Takt für T = %3 Takte; Teilsummen fließen die Spalten hinab in das Ofmap-SRAM.</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>input stationary</source>
        <translation>eingabestationär</translation>
    </message>
    <message>
        <source>output pixels</source>
        <translation>Ausgabepixel</translation>
    </message>
    <message>
        <source>output stationary</source>
        <translation>ausgabestationär</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>weight stationary</source>
        <translation>gewichtsstationär</translation>
    </message>
    <message>
        <source>window R·S·C</source>
        <translation>Fenster R·S·C</translation>
    </message>
</context>
<context>
    <name>rl::views::StepThroughView</name>
    <message>
        <source>Step-through</source>
        <translation>Schrittweise</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Schritt vor</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Drag to skip through the steps</source>
        <translation>Ziehen, um durch die Schritte zu springen</translation>
    </message>
    <message>
        <source>Go to step:</source>
        <translation>Gehe zu Schritt:</translation>
    </message>
    <message>
        <source>Type a step number (1 is the first) and press Enter</source>
        <translation>Schrittnummer eingeben (1 ist der erste) und Enter drücken</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 Schritte/s</translation>
    </message>
    <message>
        <source>Nothing to step through: the project needs an accelerator, a problem and a mapping that validates (see the editors).</source>
        <translation>Nichts zum Durchschreiten: Das Projekt braucht einen Beschleuniger, ein Problem und ein gültiges Mapping (siehe die Editoren).</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Loop nest (outer first), index now</source>
        <translation>Schleifennest, aktueller Index</translation>
    </message>
    <message>
        <source>MACs: one multiply-accumulate each per step</source>
        <translation>MACs: je eine MAC-Operation pro Schritt</translation>
    </message>
    <message>
        <source>Rectangles: the tile each level holds now (thick: it moved this step; dashed: spread with gaps). Highlighted loops moved on entering this step.</source>
        <translation>Rechtecke: die Kachel, die jede Ebene jetzt hält (dick: in diesem Schritt bewegt; gestrichelt: mit Lücken verteilt). Hervorgehobene Schleifen haben sich beim Eintritt in diesen Schritt bewegt.</translation>
    </message>
    <message>
        <source>%1: %2 × %3 (rows × columns)</source>
        <translation>%1: %2 × %3 (Zeilen × Spalten)</translation>
    </message>
    <message>
        <source>PE array: %1 of %2 MACs busy</source>
        <translation>PE-Feld: %1 von %2 MACs aktiv</translation>
    </message>
    <message>
        <source>Accesses so far (words, all instances)</source>
        <translation>Zugriffe bisher (Wörter, alle Instanzen)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>MACs now at %1</source>
        <translation>MACs jetzt bei %1</translation>
    </message>
    <message>
        <source>No spatial loops: one MAC computes.</source>
        <translation>Keine räumlichen Schleifen: ein MAC rechnet.</translation>
    </message>
    <message>
        <source>across X (%1): %2 %3</source>
        <translation>entlang X (%1): %2 %3</translation>
    </message>
    <message>
        <source>across Y (%1): %2 %3</source>
        <translation>entlang Y (%1): %2 %3</translation>
    </message>
    <message>
        <source>MACs: %1 of %2 (%3)</source>
        <translation>MACs: %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Shaded: moved during this step. After the last step these equal the Storage tab's counts.</source>
        <translation>Schattiert: in diesem Schritt bewegt. Nach dem letzten Schritt gleichen sie den Zählungen im Tab „Speicher“.</translation>
    </message>
    <message>
        <source>During this step</source>
        <translation>In diesem Schritt</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>%1 filled</source>
        <translation>%1 gefüllt</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>MACs computed: %1</source>
        <translation>Berechnete MACs: %1</translation>
    </message>
</context>
<context>
    <name>rl::views::StepThroughScene</name>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>for %1 in [0, %2)</source>
        <translation>for %1 in [0, %2)</translation>
    </message>
    <message>
        <source>spatial_for %1 in [0, %2) across X</source>
        <translation>spatial_for %1 in [0, %2) entlang X</translation>
    </message>
    <message>
        <source>spatial_for %1 in [0, %2) across Y</source>
        <translation>spatial_for %1 in [0, %2) entlang Y</translation>
    </message>
    <message>
        <source>%1 = %2 of %3</source>
        <translation>%1 = %2 von %3</translation>
    </message>
    <message>
        <source>%1 %2–%3 of %4</source>
        <translation>%1 %2–%3 von %4</translation>
    </message>
</context>
<context>
    <name>rl::views::DataflowSession</name>
    <message>
        <source>Searching for the best mapping…</source>
        <translation>Suche nach dem besten Mapping…</translation>
    </message>
    <message>
        <source>The mapper failed: %1</source>
        <translation>Der Mapper ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The mapper was cancelled before it found a mapping: run it again to see a design.</source>
        <translation>Der Mapper wurde abgebrochen, bevor er ein Mapping fand: Starten Sie ihn erneut, um einen Entwurf zu sehen.</translation>
    </message>
    <message>
        <source>The project's dataflow study cannot be shown:
%1</source>
        <translation>Die Datenflussstudie des Projekts kann nicht angezeigt werden:
%1</translation>
    </message>
    <message>
        <source>The project's mapping does not fit its architecture and problem:
%1</source>
        <translation>Das Mapping des Projekts passt nicht zu seiner Architektur und seinem Problem:
%1</translation>
    </message>
    <message>
        <source>No mapping in the project: the mapper is searching for one (%1, seed %2, %3 evaluations)…</source>
        <translation>Kein Mapping im Projekt: Der Mapper sucht eines (%1, Seed %2, %3 Auswertungen)…</translation>
    </message>
    <message>
        <source>The mapper found no valid mapping of %1 on %2 (the tiles may not fit the buffers).</source>
        <translation>Der Mapper fand kein gültiges Mapping von %1 auf %2 (die Kacheln passen evtl. nicht in die Puffer).</translation>
    </message>
    <message>
        <source>The mapper's best mapping does not validate:
%1</source>
        <translation>Das beste Mapping des Mappers ist ungültig:
%1</translation>
    </message>
    <message>
        <source>mapper (%1, seed %2)</source>
        <translation>Mapper (%1, Seed %2)</translation>
    </message>
</context>
<context>
    <name>rl::views::DataflowPage</name>
    <message>
        <source>Not applied: %1. The views show the last valid design.</source>
        <translation>Nicht übernommen: %1. Die Ansichten zeigen den letzten gültigen Entwurf.</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>Nicht übernommen: %1.</translation>
    </message>
</context>
<context>
    <name>rl::views::StaleBanner</name>
    <message>
        <source>Result is stale: %1 has an error at %2</source>
        <translation>Ergebnis veraltet: %1 hat einen Fehler bei %2</translation>
    </message>
    <message>
        <source>No result: %1 has an error at %2</source>
        <translation>Kein Ergebnis: %1 hat einen Fehler bei %2</translation>
    </message>
    <message>
        <source>Result is stale: running again with the corrected specs…</source>
        <translation>Ergebnis veraltet: wird mit den korrigierten Spezifikationen neu berechnet…</translation>
    </message>
    <message>
        <source>Result is stale: the last prediction failed (see Messages).</source>
        <translation>Ergebnis veraltet: die letzte Vorhersage ist fehlgeschlagen (siehe Meldungen).</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>Zum Feld</translation>
    </message>
</context>
<context>
    <name>rl::views::Format</name>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>rl::gui::NewDocumentDialog</name>
    <message>
        <source>New hardware</source>
        <translation>Neue Hardware</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Neues Modell</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>New accelerator</source>
        <translation>Neuer Beschleuniger</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>Neues Problem</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Neues Mapping</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>Leere Vorlage</translation>
    </message>
    <message>
        <source>A minimal valid document with every required field: fill in your own figures.</source>
        <translation>Ein minimales gültiges Dokument mit allen Pflichtfeldern: tragen Sie Ihre eigenen Werte ein.</translation>
    </message>
    <message>
        <source>A copy of a library item:</source>
        <translation>Eine Kopie aus der Bibliothek:</translation>
    </message>
    <message>
        <source>%1 (my library)</source>
        <translation>%1 (meine Bibliothek)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>The blank %1 template is missing from this build.</source>
        <translation>Die leere Vorlage „%1“ fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>blank template</source>
        <translation>leere Vorlage</translation>
    </message>
</context>
<context>
    <name>rl::gui::CompleteProjectDialog</name>
    <message>
        <source>Open as a new project</source>
        <translation>Als neues Projekt öffnen</translation>
    </message>
    <message>
        <source>the model %1</source>
        <translation>das Modell %1</translation>
    </message>
    <message>
        <source>the hardware %1</source>
        <translation>die Hardware %1</translation>
    </message>
    <message>
        <source>the scenario %1</source>
        <translation>das Szenario %1</translation>
    </message>
    <message>
        <source>No project is open. To predict %1, choose what to run it on; the result opens as a new, unsaved project.</source>
        <translation>Kein Projekt ist geöffnet. Um %1 vorherzusagen, wählen Sie, worauf es laufen soll; das Ergebnis öffnet sich als neues, ungespeichertes Projekt.</translation>
    </message>
    <message>
        <source>Default inference (batch 1, 512 prompt + 128 generated tokens, fp16)</source>
        <translation>Standard-Inferenz (Batch 1, 512 Prompt- + 128 erzeugte Tokens, fp16)</translation>
    </message>
    <message>
        <source>%1 (my library)</source>
        <translation>%1 (meine Bibliothek)</translation>
    </message>
    <message>
        <source>Hardware:</source>
        <translation>Hardware:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>The blank %1 template is missing from this build.</source>
        <translation>Die leere Vorlage „%1“ fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>default scenario</source>
        <translation>Standardszenario</translation>
    </message>
    <message>
        <source>Default inference</source>
        <translation>Standard-Inferenz</translation>
    </message>
</context>
<context>
    <name>rl::views::MessageText</name>
    <message>
        <source>kernel launch overhead</source>
        <translation>Kernel-Startaufwand</translation>
    </message>
    <message>
        <source>compute (%1 matrix units)</source>
        <translation>Rechenleistung (%1-Matrixeinheiten)</translation>
    </message>
    <message>
        <source>vector compute (%1)</source>
        <translation>Vektorrechenleistung (%1)</translation>
    </message>
    <message>
        <source>%1 bandwidth</source>
        <translation>%1-Bandbreite</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>optimizer state</source>
        <translation>Optimiererzustand</translation>
    </message>
    <message>
        <source>%1 on %2: %3 in all%4.</source>
        <translation>%1 auf %2: insgesamt %3%4.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Time to first token %1; %2 per output token; %3 tokens/s; MFU %4; %5 bandwidth utilisation %6.</source>
        <translation>Zeit bis zum ersten Token %1; %2 pro Ausgabetoken; %3 Tokens/s; MFU %4; %5-Bandbreitenauslastung %6.</translation>
    </message>
    <message>
        <source>Communication takes %1 of the time.</source>
        <translation>Kommunikation benötigt %1 der Zeit.</translation>
    </message>
    <message>
        <source>Fits: needs %1 of %2; the largest batch that fits is %3.</source>
        <translation>Passt: benötigt %1 von %2; die größte passende Batchgröße ist %3.</translation>
    </message>
    <message>
        <source>Does not fit: needs %1, has %2 (the weights alone need %3).</source>
        <translation>Passt nicht: benötigt %1, vorhanden %2 (allein die Gewichte benötigen %3).</translation>
    </message>
    <message>
        <source>Does not fit: needs %1, has %2 at batch %3; the largest batch that fits is %4.</source>
        <translation>Passt nicht: benötigt %1, vorhanden %2 bei Batchgröße %3; die größte passende Batchgröße ist %4.</translation>
    </message>
    <message>
        <source>The run is bound by %1: %2 of its time is in operators it binds.</source>
        <translation>Der Lauf ist durch %1 begrenzt: %2 seiner Zeit entfällt auf Operatoren, die dadurch begrenzt sind.</translation>
    </message>
    <message>
        <source>The run is bound by %1: %2 of its time is in operators it binds, whose %3 traffic is %4.</source>
        <translation>Der Lauf ist durch %1 begrenzt: %2 seiner Zeit entfällt auf Operatoren, die dadurch begrenzt sind; deren %3-Verkehr: %4.</translation>
    </message>
    <message>
        <source>%1 is bound by %2: %3 of its time is in operators it binds.</source>
        <translation>%1 ist durch %2 begrenzt: %3 seiner Zeit entfällt auf Operatoren, die dadurch begrenzt sind.</translation>
    </message>
    <message>
        <source>%1 is bound by %2: %3 of its time is in operators it binds, whose %4 traffic is %5.</source>
        <translation>%1 ist durch %2 begrenzt: %3 seiner Zeit entfällt auf Operatoren, die dadurch begrenzt sind; deren %4-Verkehr: %5.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The next bound, %1, would need %2 of the time %3 needs.</source>
        <translation>Die nächste Grenze, %1, bräuchte %2 der Zeit, die %3 braucht.</translation>
    </message>
    <message>
        <source>%1 (%2) is bound by %3 at %4 each, %5 of the run.</source>
        <translation>%1 (%2) ist durch %3 begrenzt, mit je %4, %5 des Laufs.</translation>
    </message>
    <message>
        <source>%1 (%2, ×%3) is bound by %4 at %5 each, %6 of the run.</source>
        <translation>%1 (%2, ×%3) ist durch %4 begrenzt, mit je %5, %6 des Laufs.</translation>
    </message>
    <message>
        <source>The next bound, %1, is %2 of it.</source>
        <translation>Die nächste Grenze, %1, liegt bei %2 davon.</translation>
    </message>
    <message>
        <source>%1: %2 faster.</source>
        <translation>%1: %2 schneller.</translation>
    </message>
    <message>
        <source>%1: %2 throughput, %3 latency.</source>
        <translation>%1: %2 Durchsatz, %3 Latenz.</translation>
    </message>
    <message>
        <source>%1 %2 bandwidth</source>
        <translation>%1 %2-Bandbreite</translation>
    </message>
    <message>
        <source>%1 compute</source>
        <translation>%1 Rechenleistung</translation>
    </message>
    <message>
        <source>%1 weights, %2 activations</source>
        <translation>Gewichte %1, Aktivierungen %2</translation>
    </message>
    <message>
        <source>%1 weights, %2 activations, %3 KV cache</source>
        <translation>Gewichte %1, Aktivierungen %2, KV-Cache %3</translation>
    </message>
    <message>
        <source>%1 batch</source>
        <translation>%1 Batchgröße</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>recompute</source>
        <translation>Neuberechnung</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>the pipeline bubble</source>
        <translation>die Pipeline-Blase</translation>
    </message>
    <message>
        <source>exposed TP communication</source>
        <translation>nicht verdeckte TP-Kommunikation</translation>
    </message>
    <message>
        <source>exposed CP ring attention communication</source>
        <translation>nicht verdeckte CP-Ring-Attention-Kommunikation</translation>
    </message>
    <message>
        <source>exposed EP all-to-all</source>
        <translation>nicht verdecktes EP-All-to-All</translation>
    </message>
    <message>
        <source>exposed PP send/recv</source>
        <translation>nicht verdecktes PP-Send/Recv</translation>
    </message>
    <message>
        <source>exposed DP communication</source>
        <translation>nicht verdeckte DP-Kommunikation</translation>
    </message>
    <message>
        <source>the optimizer step</source>
        <translation>der Optimiererschritt</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>No request was served.</source>
        <translation>Keine Anfrage wurde bedient.</translation>
    </message>
    <message>
        <source>Queueing is %1 of p99 TTFT (%2): requests wait for a batch slot or KV-cache blocks.</source>
        <translation>Warten in der Warteschlange macht %1 der p99-TTFT (%2) aus: Anfragen warten auf einen Batch-Platz oder KV-Cache-Blöcke.</translation>
    </message>
    <message>
        <source>Queueing is %1 of p99 TTFT (%2): the prefill itself dominates.</source>
        <translation>Warten in der Warteschlange macht %1 der p99-TTFT (%2) aus: das Prefill selbst überwiegt.</translation>
    </message>
    <message>
        <source>p99 time between tokens is %1 (median %2).</source>
        <translation>Die p99-Zeit zwischen Tokens beträgt %1 (Median %2).</translation>
    </message>
    <message>
        <source>p99 time between tokens is %1 (median %2): decodes stall behind whole prompts in the same or an earlier iteration.</source>
        <translation>Die p99-Zeit zwischen Tokens beträgt %1 (Median %2): Decodes warten hinter ganzen Prompts in derselben oder einer früheren Iteration.</translation>
    </message>
    <message>
        <source>p99 time between tokens is %1 (median %2): some iterations carry large prefill chunks or recomputations.</source>
        <translation>Die p99-Zeit zwischen Tokens beträgt %1 (Median %2): manche Iterationen tragen große Prefill-Blöcke oder Neuberechnungen.</translation>
    </message>
    <message>
        <source>%1 preemptions: the KV cache (%2 blocks of %3 tokens per replica) runs out.</source>
        <translation>%1 Verdrängungen: der KV-Cache (%2 Blöcke zu %3 Tokens pro Replikat) läuft voll.</translation>
    </message>
    <message>
        <source>Devices are busy %1 of the time at %2 MFU; batches average %3 sequences (max %4).</source>
        <translation>Die Geräte sind %1 der Zeit ausgelastet, bei %2 MFU; Batches enthalten im Mittel %3 Sequenzen (max. %4).</translation>
    </message>
    <message>
        <source>%1 of served requests meet the SLO.</source>
        <translation>%1 der bedienten Anfragen erfüllen das SLO.</translation>
    </message>
    <message>
        <source>%1 requests were rejected (see each request's reason).</source>
        <translation>%1 Anfragen wurden abgelehnt (siehe den Grund jeder Anfrage).</translation>
    </message>
    <message>
        <source>%1: p99 TTFT %2 → %3, p99 TBT %4, preemptions %5 → %6</source>
        <translation>%1: p99-TTFT %2 → %3, p99-TBT %4, Verdrängungen %5 → %6</translation>
    </message>
    <message>
        <source>%1: cannot be simulated (%2)</source>
        <translation>%1: nicht simulierbar (%2)</translation>
    </message>
    <message>
        <source>+1 replica</source>
        <translation>+1 Replikat</translation>
    </message>
    <message>
        <source>fp8 KV cache</source>
        <translation>fp8-KV-Cache</translation>
    </message>
    <message>
        <source>max batch %1</source>
        <translation>max. Batch %1</translation>
    </message>
    <message>
        <source>Sarathi chunk %1</source>
        <translation>Sarathi-Block %1</translation>
    </message>
    <message>
        <source>%1 is %2 of the step (%3)</source>
        <translation>%1 macht %2 des Schritts (%3) aus</translation>
    </message>
    <message>
        <source>DP reduce-scatter is exposed for %1 because it shares the NIC with PP sends (%2 longer than alone)</source>
        <translation>DP-Reduce-Scatter liegt %1 frei, weil es sich die NIC mit PP-Sendungen teilt (%2 länger als allein)</translation>
    </message>
    <message>
        <source>DP all-reduce is exposed for %1 because it shares the NIC with PP sends (%2 longer than alone)</source>
        <translation>DP-All-Reduce liegt %1 frei, weil es sich die NIC mit PP-Sendungen teilt (%2 länger als allein)</translation>
    </message>
    <message>
        <source>fp8 scaling (casts with amax, amax all-reduce) costs %1 of the step</source>
        <translation>fp8-Skalierung (Umwandlungen mit amax, amax-All-Reduce) kostet %1 des Schritts</translation>
    </message>
    <message>
        <source>Stage %1 does not fit in memory</source>
        <translation>Stufe %1 passt nicht in den Speicher</translation>
    </message>
    <message>
        <source>%1 micro-batches instead of %2 (global batch ×2)</source>
        <translation>%1 Mikro-Batches statt %2 (globaler Batch ×2)</translation>
    </message>
    <message>
        <source>%1 micro-batches instead of %2 (half the micro-batch)</source>
        <translation>%1 Mikro-Batches statt %2 (halber Mikro-Batch)</translation>
    </message>
    <message>
        <source>interleave %1 chunks per rank</source>
        <translation>%1 verschränkte Abschnitte pro Rank</translation>
    </message>
    <message>
        <source>zero-bubble schedule (ZB-H1)</source>
        <translation>Zero-Bubble-Zeitplan (ZB-H1)</translation>
    </message>
    <message>
        <source>fp8 GEMMs with per-tensor scaling</source>
        <translation>fp8-GEMMs mit Skalierung pro Tensor</translation>
    </message>
    <message>
        <source>DP communication overlapped with compute</source>
        <translation>DP-Kommunikation überlappt mit Rechnen</translation>
    </message>
    <message>
        <source>TP communication overlapped with GEMMs</source>
        <translation>TP-Kommunikation überlappt mit GEMMs</translation>
    </message>
    <message>
        <source>sequence parallelism on</source>
        <translation>Sequenzparallelität an</translation>
    </message>
    <message>
        <source>selective recompute</source>
        <translation>selektive Neuberechnung</translation>
    </message>
    <message>
        <source>no recompute</source>
        <translation>keine Neuberechnung</translation>
    </message>
    <message>
        <source>distributed optimizer (ZeRO 1)</source>
        <translation>verteilter Optimierer (ZeRO 1)</translation>
    </message>
    <message>
        <source>pipeline stage %1 does not fit in device memory</source>
        <translation>Pipeline-Stufe %1 passt nicht in den Gerätespeicher</translation>
    </message>
    <message>
        <source>%1 requests were rejected; the first: request %2 %3</source>
        <translation>%1 Anfragen wurden abgelehnt; die erste: Anfrage %2 (%3)</translation>
    </message>
    <message>
        <source>the scenario uses %1 devices but the hardware has no interconnect: collectives are not costed</source>
        <translation>das Szenario nutzt %1 Geräte, aber die Hardware hat keine Verbindung: kollektive Operationen werden nicht bewertet</translation>
    </message>
    <message>
        <source>the scenario uses %1 devices but '%2' lists %3; assuming identical devices on the same links</source>
        <translation>das Szenario nutzt %1 Geräte, aber „%2“ führt %3; angenommen werden gleiche Geräte an denselben Verbindungen</translation>
    </message>
    <message>
        <source>cannot analyse: %1</source>
        <translation>Analyse nicht möglich: %1</translation>
    </message>
    <message>
        <source>the hardware lists no memory levels: only compute is costed</source>
        <translation>die Hardware führt keine Speicherebenen: nur Rechenleistung wird bewertet</translation>
    </message>
    <message>
        <source>the analytical predictor costs one inference pass (batch, prompt and generated tokens of the scenario's inference settings); a '%1' scenario needs the simulator for its full behaviour</source>
        <translation>der analytische Prädiktor bewertet einen Inferenzdurchlauf (Batch, Prompt und erzeugte Tokens aus den Inferenzeinstellungen des Szenarios); ein „%1“-Szenario braucht den Simulator für sein volles Verhalten</translation>
    </message>
    <message>
        <source>%1: %2 over %3 ranks on interconnect dimension %4: '%5' has no interconnect</source>
        <translation>%1: %2 über %3 Ranks auf Verbindungsdimension %4: „%5“ hat keine Verbindung</translation>
    </message>
    <message>
        <source>%1: %2 over %3 ranks on interconnect dimension %4: '%5' has dimensions 0..%6</source>
        <translation>%1: %2 über %3 Ranks auf Verbindungsdimension %4: „%5“ hat nur die Dimensionen 0..%6</translation>
    </message>
    <message>
        <source>%1: %2 over %3 ranks on interconnect dimension %4 (%5) needs %6 devices, but '%7' has %8 up to that dimension (costed as if it extended)</source>
        <translation>%1: %2 über %3 Ranks auf Verbindungsdimension %4 (%5) braucht %6 Geräte, aber „%7“ hat bis zu dieser Dimension nur %8 (bewertet, als reichte sie weiter)</translation>
    </message>
    <message>
        <source>few tiles: %1 of the device's compute is busy</source>
        <translation>wenige Kacheln: nur %1 der Rechenleistung des Geräts ist ausgelastet</translation>
    </message>
    <message>
        <source>the hardware has no interconnect: the collective is costed as local memory traffic only</source>
        <translation>die Hardware hat keine Verbindung: die kollektive Operation wird nur als lokaler Speicherverkehr bewertet</translation>
    </message>
    <message>
        <source>outside the training data: %1</source>
        <translation>außerhalb der Trainingsdaten: %1</translation>
    </message>
    <message>
        <source>%1 = %2 (trained on %3 .. %4)</source>
        <translation>%1 = %2 (trainiert auf %3 .. %4)</translation>
    </message>
    <message>
        <source>how the correction carries to %1 is unchecked (the model has one training device, or its transfer check was skipped): half of it is applied</source>
        <translation>ob die Korrektur auf %1 übertragbar ist, ist ungeprüft (das Modell hat nur ein Trainingsgerät, oder seine Übertragungsprüfung wurde übersprungen): sie wird zur Hälfte angewandt</translation>
    </message>
    <message>
        <source>%1 was not trained on %2 operators</source>
        <translation>%1 wurde nicht auf Operatoren der Art „%2“ trainiert</translation>
    </message>
    <message>
        <source>roofline kept: %1 was not trained on %2 operators</source>
        <translation>Roofline-Zeit beibehalten: %1 wurde nicht auf Operatoren der Art „%2“ trainiert</translation>
    </message>
    <message>
        <source>the hybrid model</source>
        <translation>das hybride Modell</translation>
    </message>
    <message>
        <source>the learned model</source>
        <translation>das gelernte Modell</translation>
    </message>
    <message>
        <source>the %1 model</source>
        <translation>das Modell „%1“</translation>
    </message>
    <message>
        <source>needs %1 KV-cache blocks (%2 prompt + %3 output tokens) plus a watermark of %4; a replica has %5</source>
        <translation>braucht %1 KV-Cache-Blöcke (%2 Prompt- + %3 Ausgabe-Tokens) und eine Reserve von %4; ein Replikat hat %5</translation>
    </message>
    <message>
        <source>prompt of %1 tokens exceeds max_batched_tokens %2 (vLLM does not split prompts)</source>
        <translation>Prompt mit %1 Tokens überschreitet max_batched_tokens %2 (vLLM teilt Prompts nicht auf)</translation>
    </message>
    <message>
        <source>never completed: the replica could not make progress</source>
        <translation>nie abgeschlossen: das Replikat kam nicht voran</translation>
    </message>
    <message>
        <source>KV cache: %1 blocks of %2 tokens (%3) per device after %4 of weights and %5 of activations</source>
        <translation>KV-Cache: %1 Blöcke zu je %2 Tokens (%3) pro Gerät, nach %4 für Gewichte und %5 für Aktivierungen</translation>
    </message>
    <message>
        <source>model '%1' cannot be served: the serving simulator needs a decoder transformer</source>
        <translation>Modell „%1“ kann nicht bedient werden: der Serving-Simulator braucht einen Decoder-Transformer</translation>
    </message>
    <message>
        <source>model '%1' cannot be served on '%2' at TP %3 × PP %4: no KV-cache block fits: each device has %5, keeps %6 in reserve, and needs %7 for weights and %8 for activations</source>
        <translation>Modell „%1“ kann auf „%2“ bei TP %3 × PP %4 nicht bedient werden: kein KV-Cache-Block passt: jedes Gerät hat %5, hält %6 in Reserve und braucht %7 für Gewichte und %8 für Aktivierungen</translation>
    </message>
    <message>
        <source>capacity search needs a service-level objective: set serving.slo ttft_p99, tpot_p99 or e2e_p99</source>
        <translation>Die Kapazitätssuche braucht ein Service-Level-Ziel: setzen Sie serving.slo ttft_p99, tpot_p99 oder e2e_p99</translation>
    </message>
    <message>
        <source>model '%1' is a %2; the training simulator needs a transformer</source>
        <translation>Modell „%1“ ist vom Typ %2; der Trainingssimulator braucht einen Transformer</translation>
    </message>
    <message>
        <source>tensor parallelism %1 does not divide the %2 attention heads of '%3'</source>
        <translation>Tensor-Parallelität %1 teilt die %2 Attention-Köpfe von „%3“ nicht</translation>
    </message>
    <message>
        <source>context parallelism %1 needs the sequence (%2) to be a multiple of 2 × CP = %3 (ring attention's load-balanced chunks)</source>
        <translation>Kontext-Parallelität %1 braucht eine Sequenzlänge (%2), die ein Vielfaches von 2 × CP = %3 ist (lastverteilte Abschnitte der Ring-Attention)</translation>
    </message>
    <message>
        <source>pipeline %1 × interleave %2 = %3 virtual stages for only %4 layers of '%5'</source>
        <translation>Pipeline %1 × Verschränkung %2 = %3 virtuelle Stufen für nur %4 Schichten von „%5“</translation>
    </message>
    <message>
        <source>global batch %1 is not a multiple of micro batch × data parallel = %2 × %3</source>
        <translation>Globaler Batch %1 ist kein Vielfaches von Mikro-Batch × Datenparallelität = %2 × %3</translation>
    </message>
    <message>
        <source>the interleaved schedule needs interleave &gt;= 2</source>
        <translation>Der verschränkte Zeitplan braucht eine Verschränkung ≥ 2</translation>
    </message>
    <message>
        <source>interleaved 1F1B needs the micro-batches per replica (%1) to be a multiple of pipeline parallelism (%2)</source>
        <translation>Verschränktes 1F1B braucht Mikro-Batches pro Replikat (%1) als Vielfaches der Pipeline-Parallelität (%2)</translation>
    </message>
    <message>
        <source>interleave %1 needs the 1F1B schedule, not %2</source>
        <translation>Verschränkung %1 braucht den 1F1B-Zeitplan, nicht %2</translation>
    </message>
    <message>
        <source>expert parallelism %1 on dense model '%2' (no experts)</source>
        <translation>Experten-Parallelität %1 beim dichten Modell „%2“ (ohne Experten)</translation>
    </message>
    <message>
        <source>expert parallelism %1 must divide the %2 experts and data parallelism %3</source>
        <translation>Experten-Parallelität %1 muss die %2 Experten und die Datenparallelität %3 teilen</translation>
    </message>
    <message>
        <source>sequence parallelism needs the sequence (%1) to be a multiple of tensor × context parallelism (%2 × %3)</source>
        <translation>Sequenz-Parallelität braucht eine Sequenzlänge (%1), die ein Vielfaches von Tensor- × Kontext-Parallelität (%2 × %3) ist</translation>
    </message>
    <message>
        <source>the plan needs TP × CP × PP × DP = %1 × %2 × %3 × %4 = %5 GPUs; '%6' has %7</source>
        <translation>Der Plan braucht TP × CP × PP × DP = %1 × %2 × %3 × %4 = %5 GPUs; „%6“ hat %7</translation>
    </message>
    <message>
        <source>fp8 GEMMs need fp8 tensor cores; '%1' lists no fp8 peak</source>
        <translation>fp8-GEMMs brauchen fp8-Tensorkerne; „%1“ nennt keine fp8-Spitzenleistung</translation>
    </message>
    <message>
        <source>no plan of TP (within a node, dividing the %1 heads) × PP (at most the %2 layers) × DP divides %3 GPUs and the global batch of %4</source>
        <translation>Kein Plan aus TP (innerhalb eines Knotens, teilt die %1 Köpfe) × PP (höchstens die %2 Schichten) × DP teilt %3 GPUs und den globalen Batch von %4</translation>
    </message>
    <message>
        <source>workload: %1</source>
        <translation>Arbeitslast: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(row) (line %1, column %2): warning: got %3; at least %4 fields (the row has %5)</source>
        <translation>(Datenzeile) (Zeile %1, Spalte %2): Warnung: %3 gelesen; erwartet mindestens %4 Felder (die Zeile hat %5)</translation>
    </message>
    <message>
        <source>column "%1" (line %2, column %3): warning: got %4; a whole number of tokens from 0 to %5 (row skipped)</source>
        <translation>Spalte „%1“ (Zeile %2, Spalte %3): Warnung: %4 gelesen; erwartet eine ganze Zahl von Tokens von 0 bis %5 (Zeile übersprungen)</translation>
    </message>
    <message>
        <source>column "%1" (line %2, column %3): warning: got %4; a timestamp such as "2023-11-16 18:15:46.6805900" like the rows above (row skipped)</source>
        <translation>Spalte „%1“ (Zeile %2, Spalte %3): Warnung: %4 gelesen; erwartet ein Zeitstempel wie „2023-11-16 18:15:46.6805900“ wie in den Zeilen darüber (Zeile übersprungen)</translation>
    </message>
    <message>
        <source>column "%1" (line %2, column %3): warning: got %4; an arrival time in seconds &gt;= 0 like the rows above (row skipped)</source>
        <translation>Spalte „%1“ (Zeile %2, Spalte %3): Warnung: %4 gelesen; erwartet eine Ankunftszeit in Sekunden ≥ 0 wie in den Zeilen darüber (Zeile übersprungen)</translation>
    </message>
    <message>
        <source>column "%1" (line %2, column %3): warning: got %4; an arrival time in seconds, or a timestamp such as "2023-11-16 18:15:46.6805900" (row skipped)</source>
        <translation>Spalte „%1“ (Zeile %2, Spalte %3): Warnung: %4 gelesen; erwartet eine Ankunftszeit in Sekunden oder ein Zeitstempel wie „2023-11-16 18:15:46.6805900“ (Zeile übersprungen)</translation>
    </message>
    <message>
        <source>(file): warning: got %1 more bad rows; rows like the ones above (skipped; only the first %2 are listed)</source>
        <translation>(Datei): Warnung: %1 weitere fehlerhafte Zeilen; Zeilen wie die obigen (übersprungen; nur die ersten %2 sind aufgeführt)</translation>
    </message>
    <message>
        <source>(rows): warning: got %1 usable rows; %2 requests as the scenario asks (replaying all %3 rows instead)</source>
        <translation>(Zeilen): Warnung: %1 brauchbare Zeilen; das Szenario verlangt %2 Anfragen (stattdessen werden alle %3 Zeilen abgespielt)</translation>
    </message>
    <message>
        <source>TP comm exposed</source>
        <translation>nicht verdeckte TP-Kommunikation</translation>
    </message>
    <message>
        <source>CP comm exposed</source>
        <translation>nicht verdeckte CP-Kommunikation</translation>
    </message>
    <message>
        <source>EP comm exposed</source>
        <translation>nicht verdeckte EP-Kommunikation</translation>
    </message>
    <message>
        <source>PP comm exposed</source>
        <translation>nicht verdeckte PP-Kommunikation</translation>
    </message>
    <message>
        <source>DP comm exposed</source>
        <translation>nicht verdeckte DP-Kommunikation</translation>
    </message>
</context>
<context>
    <name>rl::views::FieldSchema</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The kind of file; set by Ridgeline.</source>
        <translation>Die Art der Datei; von Ridgeline gesetzt.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version of the file format.</source>
        <translation>Version des Dateiformats.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name of the device.</source>
        <translation>Anzeigename des Geräts.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Manufacturer.</source>
        <translation>Hersteller.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What the spec describes.</source>
        <translation>Was die Spezifikation beschreibt.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The datasheet or paper the figures come from.</source>
        <translation>Datenblatt oder Veröffentlichung, aus der die Zahlen stammen.</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasnamen</translation>
    </message>
    <message>
        <source>Other names of the device in measurement files, comma separated.</source>
        <translation>Andere Namen des Geräts in Messdateien, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenwerk</translation>
    </message>
    <message>
        <source>Math units, their clock and peaks.</source>
        <translation>Recheneinheiten, ihr Takt und ihre Spitzenleistung.</translation>
    </message>
    <message>
        <source>Compute units</source>
        <translation>Recheneinheiten</translation>
    </message>
    <message>
        <source>SMs, cores or PEs (1 to 10^7).</source>
        <translation>SMs, Kerne oder PEs (1 bis 10^7).</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>Boost clock.</source>
        <translation>Boost-Takt.</translation>
    </message>
    <message>
        <source>Peak math rate</source>
        <translation>Spitzenrechenleistung</translation>
    </message>
    <message>
        <source>Dense peak per device and data type; at least one.</source>
        <translation>Dichte Spitzenleistung je Gerät und Datentyp; mindestens eine.</translation>
    </message>
    <message>
        <source>Dense peak math rate for this data type.</source>
        <translation>Dichte Spitzenrechenleistung für diesen Datentyp.</translation>
    </message>
    <message>
        <source>Compute efficiency</source>
        <translation>Recheneffizienz</translation>
    </message>
    <message>
        <source>Fraction of the peak a well-tuned kernel reaches, per data type.</source>
        <translation>Anteil der Spitzenleistung, den ein gut optimierter Kernel je Datentyp erreicht.</translation>
    </message>
    <message>
        <source>Fraction of the peak reached for this data type, in (0, 1].</source>
        <translation>Erreichter Anteil der Spitzenleistung für diesen Datentyp, in (0, 1].</translation>
    </message>
    <message>
        <source>Energy per operation</source>
        <translation>Energie pro Operation</translation>
    </message>
    <message>
        <source>Energy of one operation at the math precision.</source>
        <translation>Energie einer Operation in der Rechengenauigkeit.</translation>
    </message>
    <message>
        <source>Memory levels</source>
        <translation>Speicherebenen</translation>
    </message>
    <message>
        <source>Memory hierarchy, outermost (DRAM/HBM) first; inner levels must not hold more.</source>
        <translation>Speicherhierarchie, äußerste (DRAM/HBM) zuerst; innere Ebenen dürfen nicht mehr fassen.</translation>
    </message>
    <message>
        <source>memory level</source>
        <translation>Speicherebene</translation>
    </message>
    <message>
        <source>Name of the level, e.g. HBM3 or L2.</source>
        <translation>Name der Ebene, z. B. HBM3 oder L2.</translation>
    </message>
    <message>
        <source>Technology of the level.</source>
        <translation>Technologie der Ebene.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Capacity of one instance.</source>
        <translation>Kapazität einer Instanz.</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Copies of this level, e.g. one L1 per SM.</source>
        <translation>Kopien dieser Ebene, z. B. ein L1 pro SM.</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Aggregate bandwidth over all instances; drag the slider to scale it.</source>
        <translation>Gesamtbandbreite aller Instanzen; mit dem Schieberegler skalieren.</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Fraction of the bandwidth a streaming kernel reaches, in (0, 1].</source>
        <translation>Anteil der Bandbreite, den ein Streaming-Kernel erreicht, in (0, 1].</translation>
    </message>
    <message>
        <source>Read energy</source>
        <translation>Leseenergie</translation>
    </message>
    <message>
        <source>Energy per byte read.</source>
        <translation>Energie pro gelesenem Byte.</translation>
    </message>
    <message>
        <source>Write energy</source>
        <translation>Schreibenergie</translation>
    </message>
    <message>
        <source>Energy per byte written.</source>
        <translation>Energie pro geschriebenem Byte.</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Access latency.</source>
        <translation>Zugriffslatenz.</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>Verbindungsnetz</translation>
    </message>
    <message>
        <source>Links between devices, innermost dimension first.</source>
        <translation>Verbindungen zwischen Geräten, innerste Dimension zuerst.</translation>
    </message>
    <message>
        <source>interconnect dimension</source>
        <translation>Verbindungsdimension</translation>
    </message>
    <message>
        <source>Name of the link, e.g. NVLink4.</source>
        <translation>Name der Verbindung, z. B. NVLink4.</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>How the devices of this dimension are connected.</source>
        <translation>Wie die Geräte dieser Dimension verbunden sind.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Devices along this dimension (1 to 10^6).</source>
        <translation>Geräte entlang dieser Dimension (1 bis 10^6).</translation>
    </message>
    <message>
        <source>Link bandwidth</source>
        <translation>Link-Bandbreite</translation>
    </message>
    <message>
        <source>Bandwidth per device and direction; drag the slider to scale it.</source>
        <translation>Bandbreite je Gerät und Richtung; mit dem Schieberegler skalieren.</translation>
    </message>
    <message>
        <source>Latency per message.</source>
        <translation>Latenz pro Nachricht.</translation>
    </message>
    <message>
        <source>Fraction of the link bandwidth collectives reach, in (0, 1].</source>
        <translation>Anteil der Link-Bandbreite, den kollektive Operationen erreichen, in (0, 1].</translation>
    </message>
    <message>
        <source>Energy per byte</source>
        <translation>Energie pro Byte</translation>
    </message>
    <message>
        <source>Energy per byte sent over the link.</source>
        <translation>Energie pro über die Verbindung gesendetem Byte.</translation>
    </message>
    <message>
        <source>Thermal design power</source>
        <translation>Thermische Verlustleistung (TDP)</translation>
    </message>
    <message>
        <source>Power the device is designed to draw.</source>
        <translation>Leistung, für die das Gerät ausgelegt ist.</translation>
    </message>
    <message>
        <source>Die area</source>
        <translation>Chipfläche</translation>
    </message>
    <message>
        <source>Silicon area of the die.</source>
        <translation>Siliziumfläche des Chips.</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Kosten pro Stunde</translation>
    </message>
    <message>
        <source>Rental price.</source>
        <translation>Mietpreis.</translation>
    </message>
    <message>
        <source>Kernel launch</source>
        <translation>Kernel-Start</translation>
    </message>
    <message>
        <source>Fixed overhead of each kernel launch.</source>
        <translation>Fester Aufwand jedes Kernel-Starts.</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>PE array of a spatial accelerator; edited on the Dataflow page.</source>
        <translation>PE-Array eines räumlichen Beschleunigers; auf der Datenfluss-Seite bearbeitet.</translation>
    </message>
    <message>
        <source>Display name of the model.</source>
        <translation>Anzeigename des Modells.</translation>
    </message>
    <message>
        <source>Where the architecture comes from.</source>
        <translation>Woher die Architektur stammt.</translation>
    </message>
    <message>
        <source>Published parameters</source>
        <translation>Veröffentlichte Parameter</translation>
    </message>
    <message>
        <source>The parameter count the model is known by.</source>
        <translation>Die Parameterzahl, unter der das Modell bekannt ist.</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>A Hugging Face config.json; one of transformer, CNN or graph.</source>
        <translation>Eine Hugging-Face-config.json; eines von Transformer, CNN oder Graph.</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>Modellfamilie</translation>
    </message>
    <message>
        <source>Hugging Face model type; selects which keys are read.</source>
        <translation>Hugging-Face-Modelltyp; bestimmt, welche Schlüssel gelesen werden.</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Verborgene Größe</translation>
    </message>
    <message>
        <source>Width of the residual stream (d_model).</source>
        <translation>Breite des Residualstroms (d_model).</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Transformer blocks.</source>
        <translation>Transformer-Blöcke.</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Attention-Köpfe</translation>
    </message>
    <message>
        <source>Query heads per layer.</source>
        <translation>Query-Köpfe pro Schicht.</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Longest context the model supports, in tokens.</source>
        <translation>Längster Kontext, den das Modell unterstützt, in Token.</translation>
    </message>
    <message>
        <source>MLP width</source>
        <translation>MLP-Breite</translation>
    </message>
    <message>
        <source>Width of the MLP; null: 4 x hidden size.</source>
        <translation>Breite des MLP; null: 4 x verborgene Größe.</translation>
    </message>
    <message>
        <source>Width of the MLP.</source>
        <translation>Breite des MLP.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>MLP activation; any name Hugging Face uses is accepted.</source>
        <translation>MLP-Aktivierung; jeder Name aus Hugging Face wird angenommen.</translation>
    </message>
    <message>
        <source>Width of the MLP (per expert for MoE).</source>
        <translation>Breite des MLP (pro Experte bei MoE).</translation>
    </message>
    <message>
        <source>Key/value heads</source>
        <translation>Key/Value-Köpfe</translation>
    </message>
    <message>
        <source>Fewer than the query heads for GQA, 1 for MQA; default: as many.</source>
        <translation>Weniger als Query-Köpfe bei GQA, 1 bei MQA; Standard: gleich viele.</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>Kopfdimension</translation>
    </message>
    <message>
        <source>Width of one head; default: hidden size / heads.</source>
        <translation>Breite eines Kopfes; Standard: verborgene Größe / Köpfe.</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Tokens in the vocabulary (embedding and LM head rows).</source>
        <translation>Token im Vokabular (Zeilen von Embedding und LM-Kopf).</translation>
    </message>
    <message>
        <source>Tied LM head</source>
        <translation>Gebundener LM-Kopf</translation>
    </message>
    <message>
        <source>The LM head shares the embedding matrix.</source>
        <translation>Der LM-Kopf teilt sich die Embedding-Matrix.</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <source>Experts per MoE layer; absent for dense models.</source>
        <translation>Experten pro MoE-Schicht; fehlt bei dichten Modellen.</translation>
    </message>
    <message>
        <source>Experts per token</source>
        <translation>Experten pro Token</translation>
    </message>
    <message>
        <source>Experts each token is routed to (top-k).</source>
        <translation>Experten, an die jedes Token geleitet wird (Top-k).</translation>
    </message>
    <message>
        <source>Attention bias</source>
        <translation>Attention-Bias</translation>
    </message>
    <message>
        <source>Biases on the attention projections.</source>
        <translation>Bias in den Attention-Projektionen.</translation>
    </message>
    <message>
        <source>MLP bias</source>
        <translation>MLP-Bias</translation>
    </message>
    <message>
        <source>Biases on the MLP projections.</source>
        <translation>Bias in den MLP-Projektionen.</translation>
    </message>
    <message>
        <source>Norm epsilon</source>
        <translation>Norm-Epsilon</translation>
    </message>
    <message>
        <source>Does not change cost; kept for the round trip.</source>
        <translation>Ändert die Kosten nicht; für den Rundweg erhalten.</translation>
    </message>
    <message>
        <source>Checkpoint data type</source>
        <translation>Datentyp des Checkpoints</translation>
    </message>
    <message>
        <source>Does not change cost: the scenario's precision does.</source>
        <translation>Ändert die Kosten nicht: die Genauigkeit des Szenarios tut es.</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>A layer list; one of transformer, CNN or graph.</source>
        <translation>Eine Schichtliste; eines von Transformer, CNN oder Graph.</translation>
    </message>
    <message>
        <source>Input image</source>
        <translation>Eingabebild</translation>
    </message>
    <message>
        <source>Size of one input image.</source>
        <translation>Größe eines Eingabebildes.</translation>
    </message>
    <message>
        <source>Height [px]</source>
        <translation>Höhe [px]</translation>
    </message>
    <message>
        <source>Image height in pixels.</source>
        <translation>Bildhöhe in Pixeln.</translation>
    </message>
    <message>
        <source>Width [px]</source>
        <translation>Breite [px]</translation>
    </message>
    <message>
        <source>Image width in pixels.</source>
        <translation>Bildbreite in Pixeln.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Input channels (3 for RGB).</source>
        <translation>Eingabekanäle (3 für RGB).</translation>
    </message>
    <message>
        <source>Layers and blocks, input first.</source>
        <translation>Schichten und Blöcke, Eingabe zuerst.</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Layer or block type.</source>
        <translation>Schicht- oder Blocktyp.</translation>
    </message>
    <message>
        <source>Output channels</source>
        <translation>Ausgabekanäle</translation>
    </message>
    <message>
        <source>Required except for pools and depthwise convolutions.</source>
        <translation>Nötig außer bei Pooling und tiefenweiser Faltung.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Kernel size (square).</source>
        <translation>Kernelgröße (quadratisch).</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Stride; for blocks, of the first repetition.</source>
        <translation>Schrittweite; bei Blöcken die der ersten Wiederholung.</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Auffüllung</translation>
    </message>
    <message>
        <source>Zero padding per side.</source>
        <translation>Null-Auffüllung je Seite.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Grouped convolution; divides input and output channels.</source>
        <translation>Gruppierte Faltung; teilt Ein- und Ausgabekanäle.</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Expansion ratio of an inverted residual block.</source>
        <translation>Expansionsfaktor eines Inverted-Residual-Blocks.</translation>
    </message>
    <message>
        <source>Middle channels</source>
        <translation>Mittlere Kanäle</translation>
    </message>
    <message>
        <source>Width of a bottleneck block; default: output / 4.</source>
        <translation>Breite eines Bottleneck-Blocks; Standard: Ausgabe / 4.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Repetitions; the first uses the stride, the rest 1.</source>
        <translation>Wiederholungen; die erste mit der Schrittweite, die übrigen mit 1.</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>Adds a bias.</source>
        <translation>Fügt einen Bias hinzu.</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch-Norm</translation>
    </message>
    <message>
        <source>Batch normalisation after the layer.</source>
        <translation>Batch-Normalisierung nach der Schicht.</translation>
    </message>
    <message>
        <source>Activation after the layer.</source>
        <translation>Aktivierung nach der Schicht.</translation>
    </message>
    <message>
        <source>Operator graph</source>
        <translation>Operatorgraph</translation>
    </message>
    <message>
        <source>An explicit operator list; one of transformer, CNN or graph.</source>
        <translation>Eine explizite Operatorliste; eines von Transformer, CNN oder Graph.</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>Operators in execution order.</source>
        <translation>Operatoren in Ausführungsreihenfolge.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Unique name of the operator.</source>
        <translation>Eindeutiger Name des Operators.</translation>
    </message>
    <message>
        <source>Operator type; sets what dims mean.</source>
        <translation>Operatortyp; legt die Bedeutung der Dimensionen fest.</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Integers, comma separated; gemm: m, n, k.</source>
        <translation>Ganze Zahlen, durch Kommas getrennt; gemm: m, n, k.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Names of earlier operators, comma separated.</source>
        <translation>Namen früherer Operatoren, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>How often the operator runs.</source>
        <translation>Wie oft der Operator läuft.</translation>
    </message>
    <message>
        <source>Distribution of lengths, in tokens.</source>
        <translation>Verteilung der Längen, in Token.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Shape of the distribution.</source>
        <translation>Form der Verteilung.</translation>
    </message>
    <message>
        <source>Mean [tokens]</source>
        <translation>Mittelwert [Token]</translation>
    </message>
    <message>
        <source>Mean length.</source>
        <translation>Mittlere Länge.</translation>
    </message>
    <message>
        <source>Minimum [tokens]</source>
        <translation>Minimum [Token]</translation>
    </message>
    <message>
        <source>Shortest length.</source>
        <translation>Kürzeste Länge.</translation>
    </message>
    <message>
        <source>Maximum [tokens]</source>
        <translation>Maximum [Token]</translation>
    </message>
    <message>
        <source>Longest length.</source>
        <translation>Längste Länge.</translation>
    </message>
    <message>
        <source>Standard deviation [tokens]</source>
        <translation>Standardabweichung [Token]</translation>
    </message>
    <message>
        <source>Spread of the lengths; default: mean / 2.</source>
        <translation>Streuung der Längen; Standard: Mittelwert / 2.</translation>
    </message>
    <message>
        <source>Zipf exponent</source>
        <translation>Zipf-Exponent</translation>
    </message>
    <message>
        <source>Larger: short lengths more common (0 to 10).</source>
        <translation>Größer: kurze Längen häufiger (0 bis 10).</translation>
    </message>
    <message>
        <source>Display name of the scenario.</source>
        <translation>Anzeigename des Szenarios.</translation>
    </message>
    <message>
        <source>Inference (one batch), serving (a stream of requests) or training.</source>
        <translation>Inferenz (ein Batch), Serving (ein Strom von Anfragen) oder Training.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Data type of each tensor class.</source>
        <translation>Datentyp jeder Tensorklasse.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Data type of the weights.</source>
        <translation>Datentyp der Gewichte.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Data type of the activations.</source>
        <translation>Datentyp der Aktivierungen.</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Data type of the key/value cache.</source>
        <translation>Datentyp des Key/Value-Caches.</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>Devices along each parallelism dimension.</source>
        <translation>Geräte entlang jeder Parallelitätsdimension.</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>Tensor-parallel</translation>
    </message>
    <message>
        <source>Devices each layer is split across.</source>
        <translation>Geräte, auf die jede Schicht aufgeteilt wird.</translation>
    </message>
    <message>
        <source>Pipeline parallel</source>
        <translation>Pipeline-parallel</translation>
    </message>
    <message>
        <source>Pipeline stages.</source>
        <translation>Pipeline-Stufen.</translation>
    </message>
    <message>
        <source>Data parallel</source>
        <translation>Daten-parallel</translation>
    </message>
    <message>
        <source>Replicas that each take part of the batch.</source>
        <translation>Replikate, die je einen Teil des Batches nehmen.</translation>
    </message>
    <message>
        <source>Expert parallel</source>
        <translation>Experten-parallel</translation>
    </message>
    <message>
        <source>Devices the experts of an MoE layer are spread over.</source>
        <translation>Geräte, auf die die Experten einer MoE-Schicht verteilt sind.</translation>
    </message>
    <message>
        <source>Context parallel</source>
        <translation>Kontext-parallel</translation>
    </message>
    <message>
        <source>Devices the sequence is split across (ring attention; training).</source>
        <translation>Geräte, auf die die Sequenz aufgeteilt wird (Ring-Attention; Training).</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>One batch: prefill, then decode.</source>
        <translation>Ein Batch: Prefill, dann Decode.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Sequences processed together.</source>
        <translation>Gemeinsam verarbeitete Sequenzen.</translation>
    </message>
    <message>
        <source>Prompt [tokens]</source>
        <translation>Prompt [Token]</translation>
    </message>
    <message>
        <source>Prompt length per sequence (prefill).</source>
        <translation>Prompt-Länge je Sequenz (Prefill).</translation>
    </message>
    <message>
        <source>Generated [tokens]</source>
        <translation>Erzeugt [Token]</translation>
    </message>
    <message>
        <source>Tokens generated per sequence (decode steps).</source>
        <translation>Erzeugte Token je Sequenz (Decode-Schritte).</translation>
    </message>
    <message>
        <source>Prefill chunk [tokens]</source>
        <translation>Prefill-Block [Token]</translation>
    </message>
    <message>
        <source>Prompt tokens per prefill step; 0: the whole prompt at once.</source>
        <translation>Prompt-Token je Prefill-Schritt; 0: der ganze Prompt auf einmal.</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash-Attention</translation>
    </message>
    <message>
        <source>Fused attention: the score matrix never goes to memory.</source>
        <translation>Fusionierte Attention: die Score-Matrix geht nie in den Speicher.</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>A stream of requests to a server.</source>
        <translation>Ein Strom von Anfragen an einen Server.</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <source>How requests arrive.</source>
        <translation>Wie Anfragen ankommen.</translation>
    </message>
    <message>
        <source>Rate [requests/s]</source>
        <translation>Rate [Anfragen/s]</translation>
    </message>
    <message>
        <source>Mean arrival rate.</source>
        <translation>Mittlere Ankunftsrate.</translation>
    </message>
    <message>
        <source>Burstiness</source>
        <translation>Burstiness</translation>
    </message>
    <message>
        <source>Coefficient of variation of gamma inter-arrival times; 1 is Poisson-like.</source>
        <translation>Variationskoeffizient der Gamma-Zwischenankunftszeiten; 1 ist Poisson-ähnlich.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Requests in flight; the next is sent when one finishes.</source>
        <translation>Anfragen in Bearbeitung; die nächste folgt, wenn eine fertig ist.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Requests simulated.</source>
        <translation>Simulierte Anfragen.</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>Prompt-Länge</translation>
    </message>
    <message>
        <source>Output length</source>
        <translation>Ausgabelänge</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>A CSV file of requests to replay or sample lengths from.</source>
        <translation>Eine CSV-Datei mit Anfragen zum Abspielen oder als Längenquelle.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Path relative to the file the scenario is written in.</source>
        <translation>Pfad relativ zur Datei, in der das Szenario steht.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Header names of the columns used.</source>
        <translation>Kopfzeilennamen der verwendeten Spalten.</translation>
    </message>
    <message>
        <source>Arrival column</source>
        <translation>Ankunftsspalte</translation>
    </message>
    <message>
        <source>Seconds or timestamps; needed with arrival trace.</source>
        <translation>Sekunden oder Zeitstempel; nötig bei Ankunft „trace“.</translation>
    </message>
    <message>
        <source>Prompt column</source>
        <translation>Prompt-Spalte</translation>
    </message>
    <message>
        <source>Prompt token counts.</source>
        <translation>Anzahl der Prompt-Token.</translation>
    </message>
    <message>
        <source>Output column</source>
        <translation>Ausgabespalte</translation>
    </message>
    <message>
        <source>Output token counts.</source>
        <translation>Anzahl der Ausgabe-Token.</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>Zeitskala</translation>
    </message>
    <message>
        <source>Replay speed-up: 2 halves every inter-arrival time.</source>
        <translation>Abspielbeschleunigung: 2 halbiert jede Zwischenankunftszeit.</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Batching policy of each replica.</source>
        <translation>Batching-Strategie jedes Replikats.</translation>
    </message>
    <message>
        <source>Max batch</source>
        <translation>Max. Batch</translation>
    </message>
    <message>
        <source>Sequences in a batch.</source>
        <translation>Sequenzen in einem Batch.</translation>
    </message>
    <message>
        <source>Max batched tokens</source>
        <translation>Max. Token pro Batch</translation>
    </message>
    <message>
        <source>Tokens per iteration (vLLM); 0: no limit.</source>
        <translation>Token pro Iteration (vLLM); 0: keine Grenze.</translation>
    </message>
    <message>
        <source>Chunk size [tokens]</source>
        <translation>Blockgröße [Token]</translation>
    </message>
    <message>
        <source>Sarathi-Serve token budget per iteration.</source>
        <translation>Token-Budget pro Iteration bei Sarathi-Serve.</translation>
    </message>
    <message>
        <source>KV block [tokens]</source>
        <translation>KV-Block [Token]</translation>
    </message>
    <message>
        <source>Tokens per paged KV-cache block.</source>
        <translation>Token pro Block des ausgelagerten KV-Caches.</translation>
    </message>
    <message>
        <source>KV watermark</source>
        <translation>KV-Reserve</translation>
    </message>
    <message>
        <source>Fraction of blocks kept free when admitting (0 to 0.5).</source>
        <translation>Anteil freier Blöcke beim Zulassen (0 bis 0,5).</translation>
    </message>
    <message>
        <source>Memory reserve</source>
        <translation>Speicherreserve</translation>
    </message>
    <message>
        <source>Fraction of device memory left unused (0 to 0.9).</source>
        <translation>Anteil des Gerätespeichers, der frei bleibt (0 bis 0,9).</translation>
    </message>
    <message>
        <source>Preemption</source>
        <translation>Verdrängung</translation>
    </message>
    <message>
        <source>What happens to a preempted sequence's KV cache.</source>
        <translation>Was mit dem KV-Cache einer verdrängten Sequenz geschieht.</translation>
    </message>
    <message>
        <source>CPU overhead</source>
        <translation>CPU-Aufwand</translation>
    </message>
    <message>
        <source>Per iteration: scheduling and sampling.</source>
        <translation>Pro Iteration: Scheduling und Sampling.</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Copies of the tensor x pipeline devices.</source>
        <translation>Kopien der Tensor- x Pipeline-Geräte.</translation>
    </message>
    <message>
        <source>Global scheduler</source>
        <translation>Globaler Scheduler</translation>
    </message>
    <message>
        <source>How requests are spread over replicas.</source>
        <translation>Wie Anfragen auf Replikate verteilt werden.</translation>
    </message>
    <message>
        <source>Prefill replicas</source>
        <translation>Prefill-Replikate</translation>
    </message>
    <message>
        <source>Disaggregated: the first N replicas prefill, the rest decode.</source>
        <translation>Disaggregiert: die ersten N Replikate machen Prefill, der Rest Decode.</translation>
    </message>
    <message>
        <source>Service-level objectives</source>
        <translation>Service-Level-Ziele</translation>
    </message>
    <message>
        <source>99th-percentile targets for goodput and capacity searches.</source>
        <translation>Ziele für das 99. Perzentil, für Goodput und Kapazitätssuche.</translation>
    </message>
    <message>
        <source>Time to first token, p99</source>
        <translation>Zeit bis zum ersten Token, p99</translation>
    </message>
    <message>
        <source>Target for the 99th percentile.</source>
        <translation>Ziel für das 99. Perzentil.</translation>
    </message>
    <message>
        <source>Time per output token, p99</source>
        <translation>Zeit pro Ausgabetoken, p99</translation>
    </message>
    <message>
        <source>End to end, p99</source>
        <translation>Ende zu Ende, p99</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same requests.</source>
        <translation>Zufalls-Seed: derselbe Seed ergibt dieselben Anfragen.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>One training step.</source>
        <translation>Ein Trainingsschritt.</translation>
    </message>
    <message>
        <source>Global batch</source>
        <translation>Globaler Batch</translation>
    </message>
    <message>
        <source>Sequences per step; a multiple of micro batch x data parallel.</source>
        <translation>Sequenzen pro Schritt; Vielfaches von Mikro-Batch x Daten-parallel.</translation>
    </message>
    <message>
        <source>Micro batch</source>
        <translation>Mikro-Batch</translation>
    </message>
    <message>
        <source>Sequences per pipeline micro-batch.</source>
        <translation>Sequenzen pro Pipeline-Mikro-Batch.</translation>
    </message>
    <message>
        <source>Sequence [tokens]</source>
        <translation>Sequenz [Token]</translation>
    </message>
    <message>
        <source>Tokens per sequence.</source>
        <translation>Token pro Sequenz.</translation>
    </message>
    <message>
        <source>ZeRO stage</source>
        <translation>ZeRO-Stufe</translation>
    </message>
    <message>
        <source>0: none; 1: optimizer state, 2: + gradients, 3: + weights sharded.</source>
        <translation>0: keine; 1: Optimiererzustand, 2: + Gradienten, 3: + Gewichte verteilt.</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Activation recomputation to save memory.</source>
        <translation>Neuberechnung von Aktivierungen, um Speicher zu sparen.</translation>
    </message>
    <message>
        <source>Sequence parallel</source>
        <translation>Sequenz-parallel</translation>
    </message>
    <message>
        <source>Splits norms and dropouts along the sequence (with tensor parallel).</source>
        <translation>Teilt Normen und Dropouts entlang der Sequenz (mit Tensor-Parallelität).</translation>
    </message>
    <message>
        <source>Interleave</source>
        <translation>Verschränkung</translation>
    </message>
    <message>
        <source>Virtual pipeline chunks per device (1F1B only).</source>
        <translation>Virtuelle Pipeline-Abschnitte je Gerät (nur 1F1B).</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Sets the optimizer state per parameter.</source>
        <translation>Bestimmt den Optimiererzustand pro Parameter.</translation>
    </message>
    <message>
        <source>Pipeline schedule</source>
        <translation>Pipeline-Zeitplan</translation>
    </message>
    <message>
        <source>Order of forward and backward micro-batches.</source>
        <translation>Reihenfolge der Vorwärts- und Rückwärts-Mikro-Batches.</translation>
    </message>
    <message>
        <source>Overlap gradient reduce</source>
        <translation>Gradienten-Reduktion überlappen</translation>
    </message>
    <message>
        <source>Gradient all-reduce hidden behind the backward pass.</source>
        <translation>All-Reduce der Gradienten hinter dem Rückwärtsdurchlauf verborgen.</translation>
    </message>
    <message>
        <source>Overlap parameter gather</source>
        <translation>Parameter-Sammeln überlappen</translation>
    </message>
    <message>
        <source>ZeRO parameter all-gather hidden behind compute.</source>
        <translation>ZeRO-All-Gather der Parameter hinter der Rechnung verborgen.</translation>
    </message>
    <message>
        <source>Overlap tensor communication</source>
        <translation>Tensor-Kommunikation überlappen</translation>
    </message>
    <message>
        <source>Tensor-parallel collectives hidden behind GEMMs.</source>
        <translation>Tensor-parallele kollektive Operationen hinter GEMMs verborgen.</translation>
    </message>
    <message>
        <source>FP8 math</source>
        <translation>FP8-Rechnung</translation>
    </message>
    <message>
        <source>GEMMs in fp8 (Transformer Engine style).</source>
        <translation>GEMMs in fp8 (wie Transformer Engine).</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>TPU</source>
        <translation>TPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Edge device</source>
        <translation>Edge-Gerät</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>DRAM</source>
        <translation>DRAM</translation>
    </message>
    <message>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <source>SRAM</source>
        <translation>SRAM</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Registerdatei</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Torus</source>
        <translation>Torus</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>Gitter</translation>
    </message>
    <message>
        <source>Point to point</source>
        <translation>Punkt-zu-Punkt</translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Closed loop</source>
        <translation>Geschlossener Kreis</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilt</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Log-normal</source>
        <translation>Lognormal</translation>
    </message>
    <message>
        <source>Zipf</source>
        <translation>Zipf</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>Orca</source>
        <translation>Orca</translation>
    </message>
    <message>
        <source>Sarathi</source>
        <translation>Sarathi</translation>
    </message>
    <message>
        <source>FasterTransformer</source>
        <translation>FasterTransformer</translation>
    </message>
    <message>
        <source>Disaggregated</source>
        <translation>Disaggregiert</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Auslagern</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Round-Robin</translation>
    </message>
    <message>
        <source>Least outstanding</source>
        <translation>Wenigste offene</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Selective</source>
        <translation>Selektiv</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>1F1B</source>
        <translation>1F1B</translation>
    </message>
    <message>
        <source>GPipe</source>
        <translation>GPipe</translation>
    </message>
    <message>
        <source>Zero bubble</source>
        <translation>Zero-Bubble</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>Depthwise convolution</source>
        <translation>Tiefenweise Faltung</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max-Pooling</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>Globales Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>Fully connected</source>
        <translation>Vollverbunden</translation>
    </message>
    <message>
        <source>Bottleneck block</source>
        <translation>Bottleneck-Block</translation>
    </message>
    <message>
        <source>Basic block</source>
        <translation>Basisblock</translation>
    </message>
    <message>
        <source>Inverted residual</source>
        <translation>Invertiertes Residual</translation>
    </message>
    <message>
        <source>GEMM</source>
        <translation>GEMM</translation>
    </message>
    <message>
        <source>Batched matmul</source>
        <translation>Gebündelte Matmul</translation>
    </message>
    <message>
        <source>2D convolution</source>
        <translation>2D-Faltung</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Attention scores</source>
        <translation>Attention-Scores</translation>
    </message>
    <message>
        <source>Attention values</source>
        <translation>Attention-Werte</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <source>Elementwise</source>
        <translation>Elementweise</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>MoE router</source>
        <translation>MoE-Router</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Kollektive Operation</translation>
    </message>
    <message>
        <source>Send/receive</source>
        <translation>Send/Recv</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>ReLU6</source>
        <translation>ReLU6</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Threads per unit</source>
        <translation>Threads pro Einheit</translation>
    </message>
    <message>
        <source>Resident threads per SM (2048, 1536 on sm_86/89, 1024 on sm_75); sets the bytes a streaming kernel keeps in flight.</source>
        <translation>Residente Threads pro SM (2048, 1536 bei sm_86/89, 1024 bei sm_75); bestimmt, wie viele Bytes ein Streaming-Kernel gleichzeitig anfordert.</translation>
    </message>
</context>
<context>
    <name>rl::views::QuantityField</name>
    <message>
        <source>Scale from 0.1× to 10× of %1</source>
        <translation>Skalieren von 0,1× bis 10× von %1</translation>
    </message>
</context>
<context>
    <name>rl::views::DataflowView</name>
    <message>
        <source>this view has no table to export</source>
        <translation>diese Ansicht hat keine Tabelle zum Exportieren</translation>
    </message>
    <message>
        <source>unknown format '%1' (use png, svg, pdf or csv)</source>
        <translation>unbekanntes Format „%1“ (png, svg, pdf oder csv verwenden)</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>rl::views::RooflineScene</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>ridge %1 (%2)</source>
        <translation>Knick %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rl::gui::QmCatalogue</name>
    <message>
        <source>not a compiled Qt translation (.qm): the magic number is missing</source>
        <translation>keine kompilierte Qt-Übersetzung (.qm): die Kennung fehlt</translation>
    </message>
    <message>
        <source>the .qm file is cut short (a block of %1 bytes at byte %2)</source>
        <translation>die .qm-Datei ist abgeschnitten (ein Block von %1 Bytes bei Byte %2)</translation>
    </message>
    <message>
        <source>a message of the .qm file is broken</source>
        <translation>eine Nachricht der .qm-Datei ist beschädigt</translation>
    </message>
</context>
<context>
    <name>rl::views::ChartExportDialog</name>
    <message>
        <source>The suffix picks the format: .png, .pdf or .svg</source>
        <translation>Die Endung wählt das Format: .png, .pdf oder .svg</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>in</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>PNG resolution: 96 DPI is the size on screen, 300 DPI for print</source>
        <translation>PNG-Auflösung: 96 DPI entspricht dem Bildschirm, 300 DPI für den Druck</translation>
    </message>
    <message>
        <source>Resolution (PNG):</source>
        <translation>Auflösung (PNG):</translation>
    </message>
    <message>
        <source>PDF and SVG: the page is the size times this factor</source>
        <translation>PDF und SVG: die Seite ist die Größe mal diesem Faktor</translation>
    </message>
    <message>
        <source>Scale (PDF, SVG):</source>
        <translation>Skalierung (PDF, SVG):</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PNG: %1 × %2 px at %3 DPI</source>
        <translation>PNG: %1 × %2 px bei %3 DPI</translation>
    </message>
    <message>
        <source>%1 page: %2 × %3 in (%4 × %5 cm)</source>
        <translation>%1-Seite: %2 × %3 Zoll (%4 × %5 cm)</translation>
    </message>
</context>
<context>
    <name>rl::views::CompareSummary</name>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>TTFT %1</translation>
    </message>
    <message>
        <source>TPOT %1</source>
        <translation>TPOT %1</translation>
    </message>
</context>
<context>
    <name>rl::views::TraceNames</name>
    <message>
        <source>forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>weight gradients</source>
        <translation>Gewichtsgradienten</translation>
    </message>
    <message>
        <source>recompute</source>
        <translation>Neuberechnung</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>TP comm</source>
        <translation>TP-Komm.</translation>
    </message>
    <message>
        <source>CP comm</source>
        <translation>CP-Komm.</translation>
    </message>
    <message>
        <source>EP comm</source>
        <translation>EP-Komm.</translation>
    </message>
    <message>
        <source>PP comm</source>
        <translation>PP-Komm.</translation>
    </message>
    <message>
        <source>DP comm</source>
        <translation>DP-Komm.</translation>
    </message>
    <message>
        <source>PP send</source>
        <translation>PP-Senden</translation>
    </message>
    <message>
        <source>DP reduce</source>
        <translation>DP-Reduktion</translation>
    </message>
    <message>
        <source>DP all-gather</source>
        <translation>DP-All-Gather</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>Rechnen</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>rank %1 (stage %2, DP %3, TP %4)</source>
        <translation>Rank %1 (Stufe %2, DP %3, TP %4)</translation>
    </message>
    <message>
        <source>rank %1 (stage %2, DP %3, CP %4, TP %5)</source>
        <translation>Rank %1 (Stufe %2, DP %3, CP %4, TP %5)</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>replica %1</source>
        <translation>Replikat %1</translation>
    </message>
    <message>
        <source>replica %1 (prefill)</source>
        <translation>Replikat %1 (Prefill)</translation>
    </message>
    <message>
        <source>replica %1 (decode)</source>
        <translation>Replikat %1 (Decode)</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>queue length</source>
        <translation>Warteschlangenlänge</translation>
    </message>
    <message>
        <source>KV-cache blocks in use</source>
        <translation>Belegte KV-Cache-Blöcke</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>rank %1 (stage %2)</source>
        <translation>Rank %1 (Stufe %2)</translation>
    </message>
    <message>
        <source>KV length</source>
        <translation>KV-Länge</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>serving.scheduler '%1': expected vllm, orca, sarathi, fastertransformer or disaggregated</source>
        <translation>serving.scheduler „%1“: erwartet vllm, orca, sarathi, fastertransformer oder disaggregated</translation>
    </message>
    <message>
        <source>serving.global_scheduler '%1': expected round_robin, least_outstanding or random</source>
        <translation>serving.global_scheduler „%1“: erwartet round_robin, least_outstanding oder random</translation>
    </message>
    <message>
        <source>serving.preemption '%1': expected recompute or swap</source>
        <translation>serving.preemption „%1“: erwartet recompute oder swap</translation>
    </message>
    <message>
        <source>serving.prefill_replicas %1: disaggregated serving needs at least one prefill and one decode replica (replicas %2)</source>
        <translation>serving.prefill_replicas %1: getrenntes Serving braucht mindestens ein Prefill- und ein Decode-Replikat (Replikate: %2)</translation>
    </message>
    <message>
        <source>serving.max_batch %1: expected at least 1</source>
        <translation>serving.max_batch %1: erwartet mindestens 1</translation>
    </message>
    <message>
        <source>cannot read trace file '%1'</source>
        <translation>Trace-Datei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>trace file '%1' is empty</source>
        <translation>Trace-Datei „%1“ ist leer</translation>
    </message>
    <message>
        <source>trace file '%1' lacks a column the scenario names (see diagnostics)</source>
        <translation>Trace-Datei „%1“ fehlt eine Spalte, die das Szenario nennt (siehe Diagnosen)</translation>
    </message>
    <message>
        <source>trace file '%1' has no usable rows</source>
        <translation>Trace-Datei „%1“ hat keine brauchbaren Zeilen</translation>
    </message>
    <message>
        <source>unknown length distribution "%1"</source>
        <translation>unbekannte Längenverteilung „%1“</translation>
    </message>
    <message>
        <source>arrival "%1" needs a rate_per_s &gt; 0</source>
        <translation>Ankunftsprozess „%1“ braucht rate_per_s &gt; 0</translation>
    </message>
    <message>
        <source>unknown arrival process "%1"</source>
        <translation>unbekannter Ankunftsprozess „%1“</translation>
    </message>
    <message>
        <source>a serving scenario needs requests &gt;= 1</source>
        <translation>ein Serving-Szenario braucht requests ≥ 1</translation>
    </message>
    <message>
        <source>the scenario replays a trace or resamples its lengths but names no trace file</source>
        <translation>das Szenario spielt einen Trace ab oder zieht Längen daraus, nennt aber keine Trace-Datei</translation>
    </message>
    <message>
        <source>arrival "trace" needs the trace's arrival column (trace/columns/arrival)</source>
        <translation>Ankunft „trace“ braucht die Ankunftsspalte des Traces (trace/columns/arrival)</translation>
    </message>
    <message>
        <source>model '%1': hidden size, layers, heads and vocabulary must be positive</source>
        <translation>Modell „%1“: Hidden-Größe, Schichten, Köpfe und Vokabular müssen positiv sein</translation>
    </message>
    <message>
        <source>tensor, context, pipeline, data, expert parallelism and interleave must be at least 1</source>
        <translation>Tensor-, Kontext-, Pipeline-, Daten- und Expertenparallelität sowie Verschränkung müssen mindestens 1 sein</translation>
    </message>
    <message>
        <source>the plan's layer count %1 differs from the %2 layers of '%3'</source>
        <translation>die Schichtzahl %1 des Plans weicht von den %2 Schichten von „%3“ ab</translation>
    </message>
    <message>
        <source>%1 micro-batches x %2 virtual stages is more than the simulator handles (%3 passes); use a larger micro-batch</source>
        <translation>%1 Mikro-Batches × %2 virtuelle Stufen sind mehr, als der Simulator bewältigt (%3 Durchläufe); wählen Sie einen größeren Mikro-Batch</translation>
    </message>
    <message>
        <source>the plan has no micro-batches</source>
        <translation>der Plan hat keine Mikro-Batches</translation>
    </message>
    <message>
        <source>zero stage %1: expected 0..3</source>
        <translation>ZeRO-Stufe %1: erwartet 0..3</translation>
    </message>
    <message>
        <source>sequence length must be positive</source>
        <translation>die Sequenzlänge muss positiv sein</translation>
    </message>
    <message>
        <source>scenario '%1' is of kind "%2", not "training"</source>
        <translation>Szenario „%1“ ist von der Art „%2“, nicht „training“</translation>
    </message>
    <message>
        <source>%1 index %2 is outside 0..%3</source>
        <translation>%1-Index %2 liegt außerhalb von 0..%3</translation>
    </message>
    <message>
        <source>the training report has no per-stage trace (simulate with TrainingOptions::trace)</source>
        <translation>der Trainingsbericht hat keinen Trace je Stufe (mit TrainingOptions::trace simulieren)</translation>
    </message>
    <message>
        <source>graph op '%1' (%2): dims [%3] do not fit; expected %4</source>
        <translation>Graph-Operator „%1“ (%2): dims [%3] passen nicht; erwartet %4</translation>
    </message>
    <message>
        <source>graph op '%1': unknown kind '%2'</source>
        <translation>Graph-Operator „%1“: unbekannte Art „%2“</translation>
    </message>
    <message>
        <source>model '%1' is a %2, not an operator graph</source>
        <translation>Modell „%1“ ist vom Typ %2, kein Operatorgraph</translation>
    </message>
    <message>
        <source>model '%1' is a %2, not a CNN</source>
        <translation>Modell „%1“ ist vom Typ %2, kein CNN</translation>
    </message>
    <message>
        <source>model '%1': CNN layer %2 %3 = %4: expected %5</source>
        <translation>Modell „%1“: CNN-Schicht %2 %3 = %4: erwartet %5</translation>
    </message>
    <message>
        <source>model '%1' is a %2, not a transformer</source>
        <translation>Modell „%1“ ist vom Typ %2, kein Transformer</translation>
    </message>
    <message>
        <source>model '%1': hidden size, layers, heads, head dim, intermediate size and vocabulary must all be positive</source>
        <translation>Modell „%1“: Hidden-Größe, Schichten, Köpfe, Kopfdimension, Zwischengröße und Vokabular müssen alle positiv sein</translation>
    </message>
    <message>
        <source>hardware '%1' has no interconnect for a %2 over %3 ranks</source>
        <translation>Hardware „%1“ hat keine Verbindung für ein %2 über %3 Ranks</translation>
    </message>
    <message>
        <source>a %1 over %2 ranks %3 apart spans %4 devices, but '%5' has %6 (%7 assumed to extend)</source>
        <translation>ein %1 über %2 Ranks im Abstand %3 umfasst %4 Geräte, aber „%5“ hat %6 (%7 als erweitert angenommen)</translation>
    </message>
    <message>
        <source>the design has no hardware, model and scenario documents</source>
        <translation>der Entwurf hat keine Hardware-, Modell- und Szenariodokumente</translation>
    </message>
    <message>
        <source>nothing to analyse</source>
        <translation>nichts zu analysieren</translation>
    </message>
    <message>
        <source>hardware '%1' has no "accelerator" object: the dataflow predictor maps layers onto an accelerator's PE array and buffers</source>
        <translation>Hardware '%1' hat kein "accelerator"-Objekt: Der Datenfluss-Prädiktor bildet Schichten auf das PE-Feld und die Puffer eines Beschleunigers ab</translation>
    </message>
    <message>
        <source>model '%1' has no layer to map</source>
        <translation>Modell '%1' hat keine abzubildende Schicht</translation>
    </message>
    <message>
        <source>no valid mapping of layer '%1' on '%2' (buffers too small for one tile, or the budget of %3 evaluations too small)</source>
        <translation>kein gültiges Mapping der Schicht '%1' auf '%2' (Puffer zu klein für eine Kachel, oder das Budget von %3 Auswertungen zu klein)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the field %1 (axis "%2") does not exist in this design</source>
        <translation>das Feld %1 (Achse "%2") existiert in diesem Entwurf nicht</translation>
    </message>
    <message>
        <source>the search stopped before it found a valid mapping</source>
        <translation>die Suche wurde beendet, bevor sie ein gültiges Mapping fand</translation>
    </message>
    <message>
        <source>none of the %1 mappings evaluated fits the buffers and the array (tiles too large for a level's capacity, or factors that do not divide the fanout)</source>
        <translation>keines der %1 ausgewerteten Mappings passt in die Puffer und das Feld (Kacheln zu groß für die Kapazität einer Ebene, oder Faktoren, die den Fan-out nicht teilen)</translation>
    </message>
    <message>
        <source>the simulation produced no serving report</source>
        <translation>die Simulation lieferte keinen Serving-Bericht</translation>
    </message>
    <message>
        <source>positive sizes</source>
        <translation>positive Größen</translation>
    </message>
    <message>
        <source>channels divisible by groups</source>
        <translation>durch groups teilbare Kanäle</translation>
    </message>
    <message>
        <source>an input at least the kernel size</source>
        <translation>eine Eingabe mindestens so groß wie der Kernel</translation>
    </message>
    <message>
        <source>a kernel no larger than the input</source>
        <translation>einen Kernel nicht größer als die Eingabe</translation>
    </message>
    <message>
        <source>heads divisible by kv_heads and query_len &lt;= kv_len</source>
        <translation>durch kv_heads teilbare Köpfe und query_len ≤ kv_len</translation>
    </message>
    <message>
        <source>prefill, %1 tokens</source>
        <translation>Prefill, %1 Tokens</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>decode step %1, KV %2</source>
        <translation>Decode-Schritt %1, KV %2</translation>
    </message>
    <message>
        <source>the zero-bubble schedule needs the weight-pass costs</source>
        <translation>der Zero-Bubble-Zeitplan braucht die Kosten der Gewichts-Durchläufe</translation>
    </message>
    <message>
        <source>pipeline schedule %1 deadlocked with %2 passes left</source>
        <translation>Pipeline-Zeitplan %1 blockiert, %2 Durchläufe übrig</translation>
    </message>
    <message>
        <source>servingReportToJson: the prediction has no serving report</source>
        <translation>servingReportToJson: die Vorhersage hat keinen Serving-Bericht</translation>
    </message>
    <message>
        <source>collective costing: the feature table was not built from the data</source>
        <translation>Kostenbestimmung kollektiver Operationen: die Merkmalstabelle stammt nicht aus diesen Daten</translation>
    </message>
    <message>
        <source>no hardware spec named "%1"</source>
        <translation>keine Hardware-Spezifikation namens „%1“</translation>
    </message>
    <message>
        <source>ShapeCostCache needs a predictor</source>
        <translation>ShapeCostCache braucht einen Prädiktor</translation>
    </message>
    <message>
        <source>LearnedCostModel needs a model</source>
        <translation>LearnedCostModel braucht ein Modell</translation>
    </message>
</context>
<context>
    <name>SpecText</name>
    <message>
        <source>a CSV file with a header row naming its columns (it is empty)</source>
        <translation>eine CSV-Datei mit einer Kopfzeile, die ihre Spalten benennt (sie ist leer)</translation>
    </message>
    <message>
        <source>at least %1 fields (the row has %2)</source>
        <translation>mindestens %1 Felder (die Zeile hat %2)</translation>
    </message>
    <message>
        <source>a whole number of tokens from 0 to %1 (row skipped)</source>
        <translation>eine ganze Zahl von Tokens von 0 bis %1 (Zeile übersprungen)</translation>
    </message>
    <message>
        <source>a timestamp such as "2023-11-16 18:15:46.6805900" like the rows above (row skipped)</source>
        <translation>ein Zeitstempel wie „2023-11-16 18:15:46.6805900“ wie in den Zeilen darüber (Zeile übersprungen)</translation>
    </message>
    <message>
        <source>an arrival time in seconds &gt;= 0 like the rows above (row skipped)</source>
        <translation>eine Ankunftszeit in Sekunden ≥ 0 wie in den Zeilen darüber (Zeile übersprungen)</translation>
    </message>
    <message>
        <source>an arrival time in seconds, or a timestamp such as "2023-11-16 18:15:46.6805900" (row skipped)</source>
        <translation>eine Ankunftszeit in Sekunden oder ein Zeitstempel wie „2023-11-16 18:15:46.6805900“ (Zeile übersprungen)</translation>
    </message>
    <message>
        <source>%1 more bad rows</source>
        <translation>%1 weitere fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>rows like the ones above (skipped; only the first %1 are listed)</source>
        <translation>Zeilen wie die obigen (übersprungen; nur die ersten %1 sind aufgeführt)</translation>
    </message>
    <message>
        <source>at least one usable row after the header</source>
        <translation>mindestens eine brauchbare Zeile nach der Kopfzeile</translation>
    </message>
    <message>
        <source>the name of a column in the header row, for the prompt (scenario /serving/trace/columns/prompt); its columns are %1</source>
        <translation>der Name einer Spalte der Kopfzeile für den Prompt (Szenario /serving/trace/columns/prompt); ihre Spalten sind %1</translation>
    </message>
    <message>
        <source>the name of a column in the header row, for the output (scenario /serving/trace/columns/output); its columns are %1</source>
        <translation>der Name einer Spalte der Kopfzeile für die Ausgabe (Szenario /serving/trace/columns/output); ihre Spalten sind %1</translation>
    </message>
    <message>
        <source>the name of a column in the header row, for the arrival (scenario /serving/trace/columns/arrival); its columns are %1</source>
        <translation>der Name einer Spalte der Kopfzeile für die Ankunft (Szenario /serving/trace/columns/arrival); ihre Spalten sind %1</translation>
    </message>
    <message>
        <source>%1 usable rows</source>
        <translation>%1 brauchbare Zeilen</translation>
    </message>
    <message>
        <source>%1 requests as the scenario asks (replaying all %2 rows instead)</source>
        <translation>%1 Anfragen, wie das Szenario verlangt (stattdessen werden alle %2 Zeilen abgespielt)</translation>
    </message>
    <message>
        <source>an array of tensor names ("weights", "inputs", "outputs")</source>
        <translation>ein Array von Tensornamen ("weights", "inputs", "outputs")</translation>
    </message>
    <message>
        <source>one of "weights", "inputs", "outputs"</source>
        <translation>einer von "weights", "inputs", "outputs"</translation>
    </message>
    <message>
        <source>an object of loop factors such as {"K": 16, "P": 4}</source>
        <translation>ein Objekt von Schleifenfaktoren wie {"K": 16, "P": 4}</translation>
    </message>
    <message>
        <source>a problem dimension: one of N, K (or M), C, P, Q, R, S</source>
        <translation>eine Problemdimension: eine von N, K (oder M), C, P, Q, R, S</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a divisor of instances (%1)</source>
        <translation>ein Teiler von instances (%1)</translation>
    </message>
    <message>
        <source>a loop order of distinct dimension letters (N K C P Q R S), outer first</source>
        <translation>eine Schleifenreihenfolge aus verschiedenen Dimensionsbuchstaben (N K C P Q R S), äußere zuerst</translation>
    </message>
    <message>
        <source>0 (unlimited) or a rate from 1e-6 to 1e12 words per cycle</source>
        <translation>0 (unbegrenzt) oder eine Rate von 1e-6 bis 1e12 Wörtern pro Takt</translation>
    </message>
    <message>
        <source>an array of per-level constraints</source>
        <translation>ein Array von Einschränkungen je Ebene</translation>
    </message>
    <message>
        <source>dimension letters (N K C P Q R S) allowed across this axis</source>
        <translation>Dimensionsbuchstaben (N K C P Q R S), die über diese Achse erlaubt sind</translation>
    </message>
    <message>
        <source>a level of this architecture (%1)</source>
        <translation>eine Ebene dieser Architektur (%1)</translation>
    </message>
    <message>
        <source>a tensor either kept or bypassed, not both</source>
        <translation>einen Tensor, der entweder gehalten oder umgangen wird, nicht beides</translation>
    </message>
    <message>
        <source>only tensors level "%1" may hold</source>
        <translation>nur Tensoren, die Ebene "%1" halten darf</translation>
    </message>
    <message>
        <source>no bypass at the outermost level (it is the backing store)</source>
        <translation>keine Umgehung auf der äußersten Ebene (sie ist der Hintergrundspeicher)</translation>
    </message>
    <message>
        <source>a level constrained once</source>
        <translation>eine nur einmal eingeschränkte Ebene</translation>
    </message>
    <message>
        <source>a non-empty array of storage levels, outermost (DRAM) first</source>
        <translation>ein nicht leeres Array von Speicherebenen, äußerste (DRAM) zuerst</translation>
    </message>
    <message>
        <source>a level name not used by another level</source>
        <translation>einen Ebenennamen, den keine andere Ebene verwendet</translation>
    </message>
    <message>
        <source>%1: %2x%3 instances</source>
        <translation>%1: %2x%3 Instanzen</translation>
    </message>
    <message>
        <source>a mesh that is a whole multiple of the level above (%1: %2x%3) along X and Y</source>
        <translation>ein Gitter, das entlang X und Y ein ganzzahliges Vielfaches der Ebene darüber ist (%1: %2x%3)</translation>
    </message>
    <message>
        <source>the required key "dims" (e.g. {"K": 32, "R": 3, "P": 16})</source>
        <translation>den erforderlichen Schlüssel "dims" (z. B. {"K": 32, "R": 3, "P": 16})</translation>
    </message>
    <message>
        <source>%1 MACs</source>
        <translation>%1 MAC-Operationen</translation>
    </message>
    <message>
        <source>a problem of at most 1e17 multiply-accumulates</source>
        <translation>ein Problem mit höchstens 1e17 Multiplikations-Additionen</translation>
    </message>
    <message>
        <source>K = 1 for a depthwise problem (channels are C)</source>
        <translation>K = 1 für ein Depthwise-Problem (Kanäle sind C)</translation>
    </message>
    <message>
        <source>an array of per-level mappings</source>
        <translation>ein Array von Mappings je Ebene</translation>
    </message>
    <message>
        <source>either "keep" or "bypass", not both</source>
        <translation>entweder "keep" oder "bypass", nicht beides</translation>
    </message>
    <message>
        <source>a level not mapped twice</source>
        <translation>eine nicht zweimal abgebildete Ebene</translation>
    </message>
    <message>
        <source>an "accelerator" object (this hardware file describes no spatial accelerator)</source>
        <translation>ein "accelerator"-Objekt (diese Hardwaredatei beschreibt keinen räumlichen Beschleuniger)</translation>
    </message>
    <message>
        <source>%1 storage levels</source>
        <translation>%1 Speicherebenen</translation>
    </message>
    <message>
        <source>at most %1 storage levels</source>
        <translation>höchstens %1 Speicherebenen</translation>
    </message>
    <message>
        <source>a level of architecture "%1" (%2)</source>
        <translation>eine Ebene der Architektur "%1" (%2)</translation>
    </message>
    <message>
        <source>factors of %1 multiplying to the problem bound %2</source>
        <translation>Faktoren von %1, deren Produkt die Problemgrenze %2 ist</translation>
    </message>
    <message>
        <source>factors too large</source>
        <translation>zu große Faktoren</translation>
    </message>
    <message>
        <source>spatial X factors whose product is at most the fanout %1</source>
        <translation>räumliche X-Faktoren mit einem Produkt von höchstens dem Fan-out %1</translation>
    </message>
    <message>
        <source>spatial Y factors whose product is at most the fanout %1</source>
        <translation>räumliche Y-Faktoren mit einem Produkt von höchstens dem Fan-out %1</translation>
    </message>
    <message>
        <source>%1 bypassed</source>
        <translation>%1 umgangen</translation>
    </message>
    <message>
        <source>the outermost level to keep every tensor (it is the backing store)</source>
        <translation>dass die äußerste Ebene jeden Tensor hält (sie ist der Hintergrundspeicher)</translation>
    </message>
    <message>
        <source>%1 = %2 words</source>
        <translation>%1 = %2 Wörter</translation>
    </message>
    <message>
        <source>a tile of at most %1 words (capacity of %2)</source>
        <translation>eine Kachel von höchstens %1 Wörtern (Kapazität von %2)</translation>
    </message>
    <message>
        <source>a temporal factor of exactly %1</source>
        <translation>einen zeitlichen Faktor von genau %1</translation>
    </message>
    <message>
        <source>a spatial factor of exactly %1</source>
        <translation>einen räumlichen Faktor von genau %1</translation>
    </message>
    <message>
        <source>no %1 across X (the constraints do not allow it)</source>
        <translation>kein %1 über X (die Einschränkungen erlauben es nicht)</translation>
    </message>
    <message>
        <source>no %1 across Y (the constraints do not allow it)</source>
        <translation>kein %1 über Y (die Einschränkungen erlauben es nicht)</translation>
    </message>
    <message>
        <source>loops in the order "%1" (outer first)</source>
        <translation>Schleifen in der Reihenfolge "%1" (äußere zuerst)</translation>
    </message>
    <message>
        <source>%1 kept (the constraints keep it)</source>
        <translation>%1 gehalten (die Einschränkungen halten ihn)</translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation>%1 gehalten</translation>
    </message>
    <message>
        <source>%1 bypassed (the constraints bypass it)</source>
        <translation>%1 umgangen (die Einschränkungen umgehen ihn)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>a "dataflow" object (a dataflow study)</source>
        <translation>ein "dataflow"-Objekt (eine Datenflussstudie)</translation>
    </message>
    <message>
        <source>no valid architecture</source>
        <translation>keine gültige Architektur</translation>
    </message>
    <message>
        <source>a valid accelerator (fix the errors listed for it)</source>
        <translation>einen gültigen Beschleuniger (beheben Sie die dafür aufgeführten Fehler)</translation>
    </message>
    <message>
        <source>a model that lowers for the scenario (%1)</source>
        <translation>ein Modell, das sich für das Szenario zerlegen lässt (%1)</translation>
    </message>
    <message>
        <source>a layer from 1 to %1 (model "%2" has %3 layers with multiply-accumulates)</source>
        <translation>eine Schicht von 1 bis %1 (Modell "%2" hat %3 Schichten mit Multiplikations-Additionen)</translation>
    </message>
    <message>
        <source>no valid problem</source>
        <translation>kein gültiges Problem</translation>
    </message>
    <message>
        <source>a valid problem (fix the errors listed for it)</source>
        <translation>ein gültiges Problem (beheben Sie die dafür aufgeführten Fehler)</translation>
    </message>
    <message>
        <source>no valid mapping</source>
        <translation>kein gültiges Mapping</translation>
    </message>
    <message>
        <source>a valid mapping (fix the errors listed for it)</source>
        <translation>ein gültiges Mapping (beheben Sie die dafür aufgeführten Fehler)</translation>
    </message>
    <message>
        <source>a point index below %1</source>
        <translation>einen Punktindex unter %1</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>a valid design (%1)</source>
        <translation>ein gültiger Entwurf (%1)</translation>
    </message>
    <message>
        <source>a base scenario with a serving SLO (serving.slo ttft_p99, tpot_p99 or e2e_p99): capacity is the highest rate that meets it</source>
        <translation>ein Basisszenario mit einem Serving-SLO (serving.slo ttft_p99, tpot_p99 oder e2e_p99): Kapazität ist die höchste Rate, die es einhält</translation>
    </message>
    <message>
        <source>analytical, dataflow, serving or training</source>
        <translation>analytical, dataflow, serving oder training</translation>
    </message>
    <message>
        <source>a size in bytes such as "%1"</source>
        <translation>eine Größe in Bytes wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a size in bytes such as "%1"</source>
        <translation>Bereichsenden von der Art des Felds: eine Größe in Bytes wie "%1"</translation>
    </message>
    <message>
        <source>a bandwidth such as "%1"</source>
        <translation>eine Bandbreite wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a bandwidth such as "%1"</source>
        <translation>Bereichsenden von der Art des Felds: eine Bandbreite wie "%1"</translation>
    </message>
    <message>
        <source>a compute rate such as "%1"</source>
        <translation>eine Rechenleistung wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a compute rate such as "%1"</source>
        <translation>Bereichsenden von der Art des Felds: eine Rechenleistung wie "%1"</translation>
    </message>
    <message>
        <source>a frequency such as "%1"</source>
        <translation>eine Frequenz wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a frequency such as "%1"</source>
        <translation>Bereichsenden von der Art des Felds: eine Frequenz wie "%1"</translation>
    </message>
    <message>
        <source>a time such as "%1"</source>
        <translation>eine Zeit wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a time such as "%1"</source>
        <translation>Bereichsenden von der Art des Felds: eine Zeit wie "%1"</translation>
    </message>
    <message>
        <source>a power such as "%1"</source>
        <translation>eine Leistung wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a power such as "%1"</source>
        <translation>Bereichsenden von der Art des Felds: eine Leistung wie "%1"</translation>
    </message>
    <message>
        <source>a energy such as "%1"</source>
        <translation>eine Energie wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a energy such as "%1"</source>
        <translation>Bereichsenden von der Art des Felds: eine Energie wie "%1"</translation>
    </message>
    <message>
        <source>a energy per byte such as "%1"</source>
        <translation>eine Energie pro Byte wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a energy per byte such as "%1"</source>
        <translation>Bereichsenden von der Art des Felds: eine Energie pro Byte wie "%1"</translation>
    </message>
    <message>
        <source>a energy per operation such as "%1"</source>
        <translation>eine Energie pro Operation wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a energy per operation such as "%1"</source>
        <translation>Bereichsenden von der Art des Felds: eine Energie pro Operation wie "%1"</translation>
    </message>
    <message>
        <source>a area such as "%1"</source>
        <translation>eine Fläche wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a area such as "%1"</source>
        <translation>Bereichsenden von der Art des Felds: eine Fläche wie "%1"</translation>
    </message>
    <message>
        <source>a cost per hour such as "%1"</source>
        <translation>Kosten pro Stunde wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a cost per hour such as "%1"</source>
        <translation>Bereichsenden von der Art des Felds: Kosten pro Stunde wie "%1"</translation>
    </message>
    <message>
        <source>a operation count such as "%1"</source>
        <translation>eine Operationsanzahl wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a operation count such as "%1"</source>
        <translation>Bereichsenden von der Art des Felds: eine Operationsanzahl wie "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: an integer</source>
        <translation>Bereichsenden von der Art des Felds: eine ganze Zahl</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a number</source>
        <translation>Bereichsenden von der Art des Felds: eine Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a name (text)</source>
        <translation>Bereichsenden von der Art des Felds: ein Name (Text)</translation>
    </message>
    <message>
        <source>a name (text)</source>
        <translation>ein Name (Text)</translation>
    </message>
    <message>
        <source>range ends of the field's kind: true or false</source>
        <translation>Bereichsenden von der Art des Felds: true oder false</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>range ends of the field's kind: an object</source>
        <translation>Bereichsenden von der Art des Felds: ein Objekt</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a readable folder of hardware specs (%1)</source>
        <translation>einen lesbaren Ordner mit Hardwarespezifikationen (%1)</translation>
    </message>
    <message>
        <source>kind "%1" in "%2"</source>
        <translation>Art "%1" in "%2"</translation>
    </message>
    <message>
        <source>a kind with at least one valid hardware spec in the folder</source>
        <translation>eine Art mit mindestens einer gültigen Hardwarespezifikation im Ordner</translation>
    </message>
    <message>
        <source>a kind with at least one valid hardware spec in the folder that has every "require"d field</source>
        <translation>eine Art mit mindestens einer gültigen Hardwarespezifikation im Ordner, die jedes unter "require" geforderte Feld hat</translation>
    </message>
    <message>
        <source>a field that exists in the base project's documents ("/hardware/..." is the hardware document, "/model/..." the model, "/scenario/..." the scenario)</source>
        <translation>ein Feld, das in den Dokumenten des Basisprojekts existiert ("/hardware/..." ist das Hardwaredokument, "/model/..." das Modell, "/scenario/..." das Szenario)</translation>
    </message>
    <message>
        <source>the base's %1 holds %2</source>
        <translation>%1 der Basis enthält %2</translation>
    </message>
    <message>
        <source>the pointer of a whole hardware document (normally "/hardware") for a library axis</source>
        <translation>den Zeiger auf ein ganzes Hardwaredokument (normalerweise "/hardware") für eine Bibliotheksachse</translation>
    </message>
    <message>
        <source>a valid project file ("%1" has %2 error(s), listed with its name)</source>
        <translation>eine gültige Projektdatei ("%1" hat %2 Fehler, mit ihrem Namen aufgeführt)</translation>
    </message>
    <message>
        <source>a project with a hardware, a model and a scenario to vary (this one is a dataflow study alone)</source>
        <translation>ein Projekt mit Hardware, Modell und Szenario zum Variieren (dieses ist nur eine Datenflussstudie)</translation>
    </message>
    <message>
        <source>a readable points.jsonl beside sweep.json</source>
        <translation>eine lesbare points.jsonl neben sweep.json</translation>
    </message>
    <message>
        <source>the point with index %1 as ridgeline-cli sweep writes it</source>
        <translation>den Punkt mit Index %1, wie ridgeline-cli sweep ihn schreibt</translation>
    </message>
    <message>
        <source>no folders</source>
        <translation>keine Ordner</translation>
    </message>
    <message>
        <source>the output folders of the shards to merge</source>
        <translation>die Ausgabeordner der zusammenzuführenden Teilläufe</translation>
    </message>
    <message>
        <source>a shard of the same sweep as "%1" (same axes, values, sampling, objectives and predictor)</source>
        <translation>einen Teillauf desselben Sweeps wie "%1" (gleiche Achsen, Werte, Stichprobe, Ziele und Prädiktor)</translation>
    </message>
    <message>
        <source>a finished shard (run it again with --resume)</source>
        <translation>einen abgeschlossenen Teillauf (erneut mit --resume ausführen)</translation>
    </message>
    <message>
        <source>points %1 to %2</source>
        <translation>Punkte %1 bis %2</translation>
    </message>
    <message>
        <source>the shard starting at point %1 (shards must cover every point once)</source>
        <translation>den Teillauf ab Punkt %1 (Teilläufe müssen jeden Punkt genau einmal abdecken)</translation>
    </message>
    <message>
        <source>points up to %1</source>
        <translation>Punkte bis %1</translation>
    </message>
    <message>
        <source>shards covering all %1 points</source>
        <translation>Teilläufe, die alle %1 Punkte abdecken</translation>
    </message>
    <message>
        <source>all %1 points of the shard's range</source>
        <translation>alle %1 Punkte des Bereichs des Teillaufs</translation>
    </message>
    <message>
        <source>a sweep result description ("ridgeline.sweep-result" version 1) as ridgeline-cli sweep writes it</source>
        <translation>eine Sweep-Ergebnisbeschreibung ("ridgeline.sweep-result" Version 1), wie ridgeline-cli sweep sie schreibt</translation>
    </message>
    <message>
        <source>a JSON pointer such as "/hardware/memory/0/bandwidth"</source>
        <translation>einen JSON-Zeiger wie "/hardware/memory/0/bandwidth"</translation>
    </message>
    <message>
        <source>%1 values tied to %2</source>
        <translation>%1 Werte gekoppelt an %2</translation>
    </message>
    <message>
        <source>as many values as the axis it is tied to ("%1")</source>
        <translation>so viele Werte wie die gekoppelte Achse ("%1")</translation>
    </message>
    <message>
        <source>more than 1.8e19 grid points</source>
        <translation>mehr als 1,8e19 Gitterpunkte</translation>
    </message>
    <message>
        <source>a grid that can be counted; sample with "random" or "latin_hypercube"</source>
        <translation>ein zählbares Gitter; Stichprobe mit "random" oder "latin_hypercube"</translation>
    </message>
    <message>
        <source>a finite number or a quantity with its unit such as "3.35 TB/s"</source>
        <translation>eine endliche Zahl oder eine Größe mit Einheit wie "3.35 TB/s"</translation>
    </message>
    <message>
        <source>a quantity of the same kind as "from" (%1)</source>
        <translation>eine Größe derselben Art wie "from" (%1)</translation>
    </message>
    <message>
        <source>a plain number like "from"</source>
        <translation>eine einfache Zahl wie "from"</translation>
    </message>
    <message>
        <source>a value different from "from"</source>
        <translation>einen Wert verschieden von "from"</translation>
    </message>
    <message>
        <source>a value &gt; 0 (a log range)</source>
        <translation>einen Wert &gt; 0 (ein logarithmischer Bereich)</translation>
    </message>
    <message>
        <source>a JSON pointer into a hardware document such as "/cost_per_hour"</source>
        <translation>einen JSON-Zeiger in ein Hardwaredokument wie "/cost_per_hour"</translation>
    </message>
    <message>
        <source>an array of 1 to %1 values</source>
        <translation>ein Array von 1 bis %1 Werten</translation>
    </message>
    <message>
        <source>a number, a quantity string, a name, a boolean or an object</source>
        <translation>eine Zahl, eine Größenangabe, einen Namen, einen Wahrheitswert oder ein Objekt</translation>
    </message>
    <message>
        <source>a JSON pointer into the design starting with /hardware, /model or /scenario, such as "/hardware/memory/0/bandwidth"</source>
        <translation>einen JSON-Zeiger in den Entwurf, beginnend mit /hardware, /model oder /scenario, wie "/hardware/memory/0/bandwidth"</translation>
    </message>
    <message>
        <source>an axis without values</source>
        <translation>eine Achse ohne Werte</translation>
    </message>
    <message>
        <source>an axis with several value kinds</source>
        <translation>eine Achse mit mehreren Wertarten</translation>
    </message>
    <message>
        <source>exactly one of "values" (a list), "range" (from, to, steps, scale) or "library" (all devices of a kind)</source>
        <translation>genau eines von "values" (eine Liste), "range" (from, to, steps, scale) oder "library" (alle Geräte einer Art)</translation>
    </message>
    <message>
        <source>no "count" for a grid (a grid has every combination); use "random" or "latin_hypercube" to sample</source>
        <translation>kein "count" für ein Gitter (ein Gitter hat jede Kombination); für Stichproben "random" oder "latin_hypercube" verwenden</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>did you mean "%1"?</source>
        <translation>meinten Sie "%1"?</translation>
    </message>
    <message>
        <source>an array of %1 to %2 objectives (the Pareto front uses 2 or 3)</source>
        <translation>ein Array von %1 bis %2 Zielen (die Pareto-Front nutzt 2 oder 3)</translation>
    </message>
    <message>
        <source>a size in bytes with its unit such as "%1" (metric %2)</source>
        <translation>eine Größe in Bytes mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a bandwidth with its unit such as "%1" (metric %2)</source>
        <translation>eine Bandbreite mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a compute rate with its unit such as "%1" (metric %2)</source>
        <translation>eine Rechenleistung mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a frequency with its unit such as "%1" (metric %2)</source>
        <translation>eine Frequenz mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a time with its unit such as "%1" (metric %2)</source>
        <translation>eine Zeit mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a power with its unit such as "%1" (metric %2)</source>
        <translation>eine Leistung mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a energy with its unit such as "%1" (metric %2)</source>
        <translation>eine Energie mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a energy per byte with its unit such as "%1" (metric %2)</source>
        <translation>eine Energie pro Byte mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a energy per operation with its unit such as "%1" (metric %2)</source>
        <translation>eine Energie pro Operation mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a area with its unit such as "%1" (metric %2)</source>
        <translation>eine Fläche mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a cost per hour with its unit such as "%1" (metric %2)</source>
        <translation>Kosten pro Stunde mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a operation count with its unit such as "%1" (metric %2)</source>
        <translation>eine Operationsanzahl mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a quantity with its unit such as "%1" (metric %2)</source>
        <translation>eine Größe mit Einheit wie "%1" (Kennzahl %2)</translation>
    </message>
    <message>
        <source>a plain number (metric %1 has no unit)</source>
        <translation>eine einfache Zahl (Kennzahl %1 hat keine Einheit)</translation>
    </message>
    <message>
        <source>an array of %1 to %2 constraints</source>
        <translation>ein Array von %1 bis %2 Bedingungen</translation>
    </message>
    <message>
        <source>a bound: "at_least", "at_most" or both</source>
        <translation>eine Grenze: "at_least", "at_most" oder beide</translation>
    </message>
    <message>
        <source>a bound not below "at_least"</source>
        <translation>eine Grenze nicht unter "at_least"</translation>
    </message>
    <message>
        <source>a "model_file" (a ridgeline.learned-model file) for the %1 predictor</source>
        <translation>eine "model_file" (eine ridgeline.learned-model-Datei) für den Prädiktor %1</translation>
    </message>
    <message>
        <source>a name no other axis, objective or constraint uses (it is a column header), and not index, feasible or error</source>
        <translation>einen Namen, den keine andere Achse, kein Ziel und keine Bedingung verwendet (er ist eine Spaltenüberschrift), und nicht index, feasible oder error</translation>
    </message>
    <message>
        <source>a metric the %1 predictor computes (%2 comes from: %3)</source>
        <translation>eine Kennzahl, die der Prädiktor %1 berechnet (%2 liefert: %3)</translation>
    </message>
    <message>
        <source>a range without "steps"</source>
        <translation>ein Bereich ohne "steps"</translation>
    </message>
    <message>
        <source>"steps" (2 or more values) for grid sampling</source>
        <translation>"steps" (2 oder mehr Werte) für Gitter-Stichproben</translation>
    </message>
    <message>
        <source>as many values as the axis it is tied to ("%1"): tied axes take their i-th values together</source>
        <translation>so viele Werte wie die gekoppelte Achse ("%1"): gekoppelte Achsen nehmen ihre i-ten Werte gemeinsam</translation>
    </message>
    <message>
        <source>%1 grid points</source>
        <translation>%1 Gitterpunkte</translation>
    </message>
    <message>
        <source>at most 1e11 points; sample with "random" or "latin_hypercube" and a "count"</source>
        <translation>höchstens 1e11 Punkte; Stichprobe mit "random" oder "latin_hypercube" und einem "count"</translation>
    </message>
    <message>
        <source>an array of %1 to %2 axes</source>
        <translation>ein Array von %1 bis %2 Achsen</translation>
    </message>
    <message>
        <source>a writable folder (%1)</source>
        <translation>einen beschreibbaren Ordner (%1)</translation>
    </message>
    <message>
        <source>a folder that can be created (%1)</source>
        <translation>einen Ordner, der angelegt werden kann (%1)</translation>
    </message>
    <message>
        <source>the output of this very sweep and range to resume (the folder holds another sweep, or other --shard/range; use another --out or drop --resume)</source>
        <translation>die Ausgabe genau dieses Sweeps und Bereichs zum Fortsetzen (der Ordner enthält einen anderen Sweep oder andere --shard/range; anderes --out verwenden oder --resume weglassen)</translation>
    </message>
    <message>
        <source>points files that can be resumed (%1)</source>
        <translation>Punktdateien, die fortgesetzt werden können (%1)</translation>
    </message>
    <message>
        <source>a writable file (%1)</source>
        <translation>eine beschreibbare Datei (%1)</translation>
    </message>
    <message>
        <source>a folder where points.csv and points.jsonl can be written</source>
        <translation>einen Ordner, in den points.csv und points.jsonl geschrieben werden können</translation>
    </message>
    <message>
        <source>an integer from %1 to %2, written as a string</source>
        <translation>eine ganze Zahl von %1 bis %2, als Zeichenkette geschrieben</translation>
    </message>
    <message>
        <source>a finite number of magnitude at most %1, written as a string</source>
        <translation>eine endliche Zahl mit Betrag höchstens %1, als Zeichenkette geschrieben</translation>
    </message>
    <message>
        <source>an array of numbers</source>
        <translation>ein Array von Zahlen</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>%1 elements (one per node)</source>
        <translation>%1 Elemente (eines pro Knoten)</translation>
    </message>
    <message>
        <source>a finite number from %1 to %2</source>
        <translation>eine endliche Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>an empty array (categorical splits are not used)</source>
        <translation>ein leeres Array (kategoriale Aufteilungen werden nicht verwendet)</translation>
    </message>
    <message>
        <source>an empty array or %1 short strings</source>
        <translation>ein leeres Array oder %1 kurze Zeichenketten</translation>
    </message>
    <message>
        <source>%1 (the root has no parent)</source>
        <translation>%1 (die Wurzel hat keinen Elternknoten)</translation>
    </message>
    <message>
        <source>-1 (a leaf) or a node index from %1 to %2 (children are numbered after their parent)</source>
        <translation>-1 (ein Blatt) oder einen Knotenindex von %1 bis %2 (Kinder sind nach ihrem Elternknoten nummeriert)</translation>
    </message>
    <message>
        <source>a child other than the left one</source>
        <translation>ein anderes Kind als das linke</translation>
    </message>
    <message>
        <source>node %1 twice</source>
        <translation>Knoten %1 zweimal</translation>
    </message>
    <message>
        <source>each node the child of one parent only</source>
        <translation>jeden Knoten als Kind nur eines Elternknotens</translation>
    </message>
    <message>
        <source>%1 (the node whose child it is)</source>
        <translation>%1 (der Knoten, dessen Kind er ist)</translation>
    </message>
    <message>
        <source>a tree deeper than %1</source>
        <translation>ein Baum tiefer als %1</translation>
    </message>
    <message>
        <source>trees at most %1 levels deep</source>
        <translation>Bäume mit höchstens %1 Ebenen Tiefe</translation>
    </message>
    <message>
        <source>every node below the root reachable from it (node %1 is nobody's child)</source>
        <translation>jeden Knoten unter der Wurzel von ihr aus erreichbar (Knoten %1 ist kein Kind)</translation>
    </message>
    <message>
        <source>%1 (its position)</source>
        <translation>%1 (seine Position)</translation>
    </message>
    <message>
        <source>"%1" (the model's feature count)</source>
        <translation>"%1" (die Merkmalsanzahl des Modells)</translation>
    </message>
    <message>
        <source>a leaf value from -100 to 100 (a log10 step)</source>
        <translation>einen Blattwert von -100 bis 100 (ein log10-Schritt)</translation>
    </message>
    <message>
        <source>"%1" (one per name in /features)</source>
        <translation>"%1" (einer pro Name in /features)</translation>
    </message>
    <message>
        <source>%1 trees</source>
        <translation>%1 Bäume</translation>
    </message>
    <message>
        <source>an array of 1 to %1 trees</source>
        <translation>ein Array von 1 bis %1 Bäumen</translation>
    </message>
    <message>
        <source>"%1" (the number of trees in %2)</source>
        <translation>"%1" (die Anzahl der Bäume in %2)</translation>
    </message>
    <message>
        <source>an array of 1 to 64 layers</source>
        <translation>ein Array von 1 bis 64 Schichten</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 Werte</translation>
    </message>
    <message>
        <source>1 to 100000 values</source>
        <translation>1 bis 100000 Werte</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows (one per bias)</source>
        <translation>%1 Zeilen (eine pro Bias)</translation>
    </message>
    <message>
        <source>%1 finite weights of magnitude at most 1e6</source>
        <translation>%1 endliche Gewichte mit Betrag höchstens 1e6</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 Ausgaben</translation>
    </message>
    <message>
        <source>a last layer with one output</source>
        <translation>eine letzte Schicht mit einer Ausgabe</translation>
    </message>
    <message>
        <source>a finite number of magnitude at most 1e30</source>
        <translation>eine endliche Zahl mit Betrag höchstens 1e30</translation>
    </message>
    <message>
        <source>a non-empty array of layers</source>
        <translation>ein nicht leeres Array von Schichten</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 Schichten</translation>
    </message>
    <message>
        <source>at most %1 layers</source>
        <translation>höchstens %1 Schichten</translation>
    </message>
    <message>
        <source>%1 layers and blocks after "repeat"</source>
        <translation>%1 Schichten und Blöcke nach „repeat“</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>a positive value</source>
        <translation>einen positiven Wert</translation>
    </message>
    <message>
        <source>a divisor of both the input channels (%1) and the output channels (%2)</source>
        <translation>einen Teiler sowohl der Eingangskanäle (%1) als auch der Ausgangskanäle (%2)</translation>
    </message>
    <message>
        <source>a kernel no larger than the padded input (%1x%2 plus padding %3)</source>
        <translation>einen Kern, der nicht größer als die aufgefüllte Eingabe ist (%1x%2 plus Padding %3)</translation>
    </message>
    <message>
        <source>a layer of at most 1e18 multiply-accumulates (this one is far larger)</source>
        <translation>eine Schicht mit höchstens 1e18 Multiply-Accumulates (diese ist weit größer)</translation>
    </message>
    <message>
        <source>a positive kernel and stride</source>
        <translation>positive Kerngröße und Schrittweite</translation>
    </message>
    <message>
        <source>a pooling window no larger than the padded input (%1x%2)</source>
        <translation>ein Pooling-Fenster, das nicht größer als die aufgefüllte Eingabe ist (%1x%2)</translation>
    </message>
    <message>
        <source>a positive width giving at most 1e18 multiply-accumulates</source>
        <translation>eine positive Breite mit höchstens 1e18 Multiply-Accumulates</translation>
    </message>
    <message>
        <source>a known layer type</source>
        <translation>einen bekannten Schichttyp</translation>
    </message>
    <message>
        <source>too many problems; the rest are not listed</source>
        <translation>zu viele Probleme; die übrigen werden nicht aufgeführt</translation>
    </message>
    <message>
        <source>a non-empty array of operators</source>
        <translation>ein nicht leeres Array von Operatoren</translation>
    </message>
    <message>
        <source>%1 operators</source>
        <translation>%1 Operatoren</translation>
    </message>
    <message>
        <source>at most %1 operators</source>
        <translation>höchstens %1 Operatoren</translation>
    </message>
    <message>
        <source>an array of positive integers</source>
        <translation>ein Array positiver ganzer Zahlen</translation>
    </message>
    <message>
        <source>for "%1": %2</source>
        <translation>für „%1“: %2</translation>
    </message>
    <message>
        <source>the name of an earlier operator in "ops"</source>
        <translation>den Namen eines früheren Operators in „ops“</translation>
    </message>
    <message>
        <source>a name not used by another operator</source>
        <translation>einen Namen, den kein anderer Operator verwendet</translation>
    </message>
    <message>
        <source>at least one data type with its peak, such as "fp16": "312 TFLOP/s"</source>
        <translation>mindestens einen Datentyp mit seiner Spitzenleistung, z. B. "fp16": "312 TFLOP/s"</translation>
    </message>
    <message>
        <source>an array of memory levels, outermost (DRAM/HBM) first</source>
        <translation>ein Array von Speicherebenen, die äußerste (DRAM/HBM) zuerst</translation>
    </message>
    <message>
        <source>at least one memory level</source>
        <translation>mindestens eine Speicherebene</translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation>%1 Ebenen</translation>
    </message>
    <message>
        <source>at most %1 memory levels</source>
        <translation>höchstens %1 Speicherebenen</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>at most the %1 of level %2 ("%3"): levels are listed outermost first and must not grow inward</source>
        <translation>höchstens die %1 von Ebene %2 („%3“): Ebenen stehen von außen nach innen und dürfen nach innen nicht wachsen</translation>
    </message>
    <message>
        <source>usually at least the %1 of the level outside it ("%2"); is the order outermost first?</source>
        <translation>meist mindestens die %1 der äußeren Ebene („%2“); steht die äußerste Ebene zuerst?</translation>
    </message>
    <message>
        <source>an array of interconnect dimensions, innermost first</source>
        <translation>ein Array von Verbindungsdimensionen, die innerste zuerst</translation>
    </message>
    <message>
        <source>%1 dimensions</source>
        <translation>%1 Dimensionen</translation>
    </message>
    <message>
        <source>at most %1 dimensions</source>
        <translation>höchstens %1 Dimensionen</translation>
    </message>
    <message>
        <source>%1 devices in total</source>
        <translation>%1 Geräte insgesamt</translation>
    </message>
    <message>
        <source>at most %1 devices (the product of "devices" over all dimensions)</source>
        <translation>höchstens %1 Geräte (das Produkt von „devices“ über alle Dimensionen)</translation>
    </message>
    <message>
        <source>the required key %1</source>
        <translation>den Pflichtschlüssel %1</translation>
    </message>
    <message>
        <source>a supported family: %1</source>
        <translation>eine unterstützte Modellfamilie: %1</translation>
    </message>
    <message>
        <source>no "num_experts_per_tok" without "num_local_experts"</source>
        <translation>kein „num_experts_per_tok“ ohne „num_local_experts“</translation>
    </message>
    <message>
        <source>to be unused: without "new_decoder_architecture" Falcon uses %1 KV heads</source>
        <translation>ungenutzt: ohne „new_decoder_architecture“ verwendet Falcon %1 KV-Köpfe</translation>
    </message>
    <message>
        <source>a divisor of the hidden size %1 (or give "head_dim" explicitly)</source>
        <translation>einen Teiler der verborgenen Größe %1 (oder „head_dim“ ausdrücklich angeben)</translation>
    </message>
    <message>
        <source>at most the %1 attention heads</source>
        <translation>höchstens die %1 Attention-Köpfe</translation>
    </message>
    <message>
        <source>a divisor of the %1 attention heads (each KV head serves a whole group of query heads)</source>
        <translation>einen Teiler der %1 Attention-Köpfe (jeder KV-Kopf bedient eine ganze Gruppe von Query-Köpfen)</translation>
    </message>
    <message>
        <source>at most the %1 experts ("num_local_experts")</source>
        <translation>höchstens die %1 Experten („num_local_experts“)</translation>
    </message>
    <message>
        <source>the number of experts each token is routed to (1 to %1)</source>
        <translation>die Zahl der Experten, an die jedes Token geleitet wird (1 bis %1)</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the path of a spec file</source>
        <translation>den Pfad einer Spezifikationsdatei</translation>
    </message>
    <message>
        <source>a regular file (a spec file; directories, pipes and devices are not read)</source>
        <translation>eine reguläre Datei (eine Spezifikationsdatei; Verzeichnisse, Pipes und Geräte werden nicht gelesen)</translation>
    </message>
    <message>
        <source>a spec file of at most %1</source>
        <translation>eine Spezifikationsdatei von höchstens %1</translation>
    </message>
    <message>
        <source>UTF-8 text (a spec file must be UTF-8 encoded)</source>
        <translation>UTF-8-Text (eine Spezifikationsdatei muss UTF-8-kodiert sein)</translation>
    </message>
    <message>
        <source>the path of a learned-model file</source>
        <translation>den Pfad einer Lernmodell-Datei</translation>
    </message>
    <message>
        <source>a regular file (a learned-model file; directories, pipes and devices are not read)</source>
        <translation>eine reguläre Datei (eine Lernmodell-Datei; Verzeichnisse, Pipes und Geräte werden nicht gelesen)</translation>
    </message>
    <message>
        <source>a learned-model file of at most %1</source>
        <translation>eine Lernmodell-Datei von höchstens %1</translation>
    </message>
    <message>
        <source>UTF-8 text (a learned-model file must be UTF-8 encoded)</source>
        <translation>UTF-8-Text (eine Lernmodell-Datei muss UTF-8-kodiert sein)</translation>
    </message>
    <message>
        <source>the path of %2</source>
        <translation>den Pfad von %2</translation>
    </message>
    <message>
        <source>a regular file (%2; directories, pipes and devices are not read)</source>
        <translation>eine reguläre Datei (%2; Verzeichnisse, Pipes und Geräte werden nicht gelesen)</translation>
    </message>
    <message>
        <source>%2 of at most %1</source>
        <translation>%2 von höchstens %1</translation>
    </message>
    <message>
        <source>UTF-8 text (%2 must be UTF-8 encoded)</source>
        <translation>UTF-8-Text (%2 muss UTF-8-kodiert sein)</translation>
    </message>
    <message>
        <source>an empty path</source>
        <translation>ein leerer Pfad</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: %1)</source>
        <translation>eine lesbare Datei (kann nicht geöffnet werden: %1)</translation>
    </message>
    <message>
        <source>a readable file (cannot inspect it: %1)</source>
        <translation>eine lesbare Datei (kann nicht geprüft werden: %1)</translation>
    </message>
    <message>
        <source>more than %1 (it grew while read)</source>
        <translation>mehr als %1 (die Datei wuchs beim Lesen)</translation>
    </message>
    <message>
        <source>a readable file (read error: %1)</source>
        <translation>eine lesbare Datei (Lesefehler: %1)</translation>
    </message>
    <message>
        <source>byte %1 at offset %2</source>
        <translation>Byte %1 an Position %2</translation>
    </message>
    <message>
        <source>a value &gt; %1 and &lt;= %2 (in SI units)</source>
        <translation>einen Wert &gt; %1 und &lt;= %2 (in SI-Einheiten)</translation>
    </message>
    <message>
        <source>a value &gt;= %1 and &lt;= %2 (in SI units)</source>
        <translation>einen Wert &gt;= %1 und &lt;= %2 (in SI-Einheiten)</translation>
    </message>
    <message>
        <source>a value &gt; %1 (in SI units)</source>
        <translation>einen Wert &gt; %1 (in SI-Einheiten)</translation>
    </message>
    <message>
        <source>a value &gt;= %1 (in SI units)</source>
        <translation>einen Wert &gt;= %1 (in SI-Einheiten)</translation>
    </message>
    <message>
        <source>a value &lt;= %1 (in SI units)</source>
        <translation>einen Wert &lt;= %1 (in SI-Einheiten)</translation>
    </message>
    <message>
        <source>a value  (in SI units)</source>
        <translation>einen Wert (in SI-Einheiten)</translation>
    </message>
    <message>
        <source>a finite value</source>
        <translation>einen endlichen Wert</translation>
    </message>
    <message>
        <source>a file of at most %1</source>
        <translation>eine Datei von höchstens %1</translation>
    </message>
    <message>
        <source>nesting depth %1</source>
        <translation>Verschachtelungstiefe %1</translation>
    </message>
    <message>
        <source>JSON nested at most %1 levels deep</source>
        <translation>JSON mit höchstens %1 Verschachtelungsebenen</translation>
    </message>
    <message>
        <source>each key at most once per object (a repeated key silently replaces the earlier value)</source>
        <translation>jeden Schlüssel höchstens einmal pro Objekt (ein wiederholter Schlüssel ersetzt stillschweigend den früheren Wert)</translation>
    </message>
    <message>
        <source>valid JSON (%1)</source>
        <translation>gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>valid JSON (%1; numbers must fit a double)</source>
        <translation>gültiges JSON (%1; Zahlen müssen in ein double passen)</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>the required key "%1"</source>
        <translation>den Pflichtschlüssel „%1“</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a string of at most %1 characters</source>
        <translation>eine Zeichenkette mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>a known key (this one is not part of the format)</source>
        <translation>einen bekannten Schlüssel (dieser gehört nicht zum Format)</translation>
    </message>
    <message>
        <source>exactly one of "transformer" (an HF config.json object), "cnn" or "graph"</source>
        <translation>genau eines von „transformer“ (ein HF-config.json-Objekt), „cnn“ oder „graph“</translation>
    </message>
    <message>
        <source>exactly one of "transformer", "cnn" or "graph" (this model has %1)</source>
        <translation>genau eines von „transformer“, „cnn“ oder „graph“ (dieses Modell hat %1)</translation>
    </message>
    <message>
        <source>a path to a %1 file (relative to the project file) or an embedded %1 object</source>
        <translation>einen Pfad zu einer Datei vom Typ „%1“ (relativ zur Projektdatei) oder ein eingebettetes Objekt vom Typ „%1“</translation>
    </message>
    <message>
        <source>a valid %1 file ("%2" has %3 error(s), listed with its name)</source>
        <translation>eine gültige Datei vom Typ „%1“ („%2“ hat %3 Fehler, mit ihrem Namen aufgeführt)</translation>
    </message>
    <message>
        <source>a path to a %1 file (non-empty, at most 4096 characters, no NUL bytes)</source>
        <translation>einen Pfad zu einer Datei vom Typ „%1“ (nicht leer, höchstens 4096 Zeichen, keine NUL-Bytes)</translation>
    </message>
    <message>
        <source>a path to an existing %1 file, relative to the project file (resolved to "%2", which does not exist)</source>
        <translation>einen Pfad zu einer vorhandenen Datei vom Typ „%1“, relativ zur Projektdatei (aufgelöst zu „%2“, das nicht existiert)</translation>
    </message>
    <message>
        <source>a path to a %1 file ("%2" is not a regular file)</source>
        <translation>einen Pfad zu einer Datei vom Typ „%1“ („%2“ ist keine reguläre Datei)</translation>
    </message>
    <message>
        <source>a hardware file without "accelerator"</source>
        <translation>eine Hardware-Datei ohne „accelerator“</translation>
    </message>
    <message>
        <source>a ridgeline.accelerator file, or a hardware file with an "accelerator" object (a spatial accelerator)</source>
        <translation>eine ridgeline.accelerator-Datei oder eine Hardware-Datei mit einem „accelerator“-Objekt (ein räumlicher Beschleuniger)</translation>
    </message>
    <message>
        <source>a path to an accelerator file (ridgeline.accelerator, or a hardware file with an "accelerator"), an embedded accelerator object, or a project "hardware" of kind accelerator</source>
        <translation>einen Pfad zu einer Beschleunigerdatei (ridgeline.accelerator oder eine Hardware-Datei mit „accelerator“), ein eingebettetes Beschleunigerobjekt oder eine Projekt-„hardware“ der Art accelerator</translation>
    </message>
    <message>
        <source>an accelerator file, since the project's hardware "%1" (kind "%2") has no "accelerator" object to map onto</source>
        <translation>eine Beschleunigerdatei, da die Hardware „%1“ des Projekts (Art „%2“) kein „accelerator“-Objekt zum Abbilden hat</translation>
    </message>
    <message>
        <source>a project with a "model" and a "scenario" to take the layer from, or a problem file</source>
        <translation>ein Projekt mit „model“ und „scenario“, aus dem die Schicht stammt, oder eine Problemdatei</translation>
    </message>
    <message>
        <source>a scenario beside the project's model (a model is lowered for a scenario)</source>
        <translation>ein Szenario neben dem Modell des Projekts (ein Modell wird für ein Szenario heruntergebrochen)</translation>
    </message>
    <message>
        <source>a model beside the project's scenario (a model is lowered for a scenario)</source>
        <translation>ein Modell neben dem Szenario des Projekts (ein Modell wird für ein Szenario heruntergebrochen)</translation>
    </message>
    <message>
        <source>an object of view settings</source>
        <translation>ein Objekt mit Ansichtseinstellungen</translation>
    </message>
    <message>
        <source>at most the %1 device(s) of hardware "%2" (the product of its interconnect "devices")</source>
        <translation>höchstens die %1 Gerät(e) der Hardware „%2“ (das Produkt ihrer Verbindungs-„devices“)</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>Pipeline %1</translation>
    </message>
    <message>
        <source>at most the %1 layers of model "%2"</source>
        <translation>höchstens die %1 Schichten des Modells „%2“</translation>
    </message>
    <message>
        <source>tensor %1</source>
        <translation>Tensor %1</translation>
    </message>
    <message>
        <source>a divisor of the %1 attention heads of model "%2"</source>
        <translation>einen Teiler der %1 Attention-Köpfe des Modells „%2“</translation>
    </message>
    <message>
        <source>expert %1</source>
        <translation>Experten %1</translation>
    </message>
    <message>
        <source>1 for a dense model ("%1" has no experts)</source>
        <translation>1 für ein dichtes Modell („%1“ hat keine Experten)</translation>
    </message>
    <message>
        <source>a divisor of the %1 experts of model "%2"</source>
        <translation>einen Teiler der %1 Experten des Modells „%2“</translation>
    </message>
    <message>
        <source>1 for a model without experts</source>
        <translation>1 für ein Modell ohne Experten</translation>
    </message>
    <message>
        <source>a scenario of kind "%1" that generates tokens</source>
        <translation>ein Szenario der Art „%1“, das Tokens erzeugt</translation>
    </message>
    <message>
        <source>a scenario without generation for the encoder-only model "%1" (training, or inference with generated_tokens 0)</source>
        <translation>ein Szenario ohne Generierung für das reine Encoder-Modell „%1“ (Training oder Inferenz mit generated_tokens 0)</translation>
    </message>
    <message>
        <source>a serving scenario</source>
        <translation>ein Serving-Szenario</translation>
    </message>
    <message>
        <source>inference or training for the %1 model "%2" (serving needs a decoder transformer)</source>
        <translation>Inferenz oder Training für das %1-Modell „%2“ (Serving braucht einen Decoder-Transformer)</translation>
    </message>
    <message>
        <source>a file inside the project's folder "%1" or the sample library (it resolves to "%2"; a shared project may not read other files unless you allow it with ridgeline-cli --allow-outside-refs)</source>
        <translation>eine Datei im Projektordner „%1“ oder in der Beispielbibliothek (sie wird zu „%2“ aufgelöst; ein geteiltes Projekt darf andere Dateien nur lesen, wenn Sie es mit ridgeline-cli --allow-outside-refs erlauben)</translation>
    </message>
    <message>
        <source>%1 x %2 x %3 x %4 devices</source>
        <translation>%1 x %2 x %3 x %4 Geräte</translation>
    </message>
    <message>
        <source>tensor x pipeline x data x context of at most %1</source>
        <translation>Tensor x Pipeline x Daten x Kontext von höchstens %1</translation>
    </message>
    <message>
        <source>at most "max" (%1)</source>
        <translation>höchstens „max“ (%1)</translation>
    </message>
    <message>
        <source>(min + max) / 2 = %1 for a uniform distribution (the given mean is ignored)</source>
        <translation>(min + max) / 2 = %1 für eine Gleichverteilung (der angegebene Mittelwert wird ignoriert)</translation>
    </message>
    <message>
        <source>no "mean" for a zipf distribution (it follows from theta, min and max; ignored)</source>
        <translation>kein „mean“ für eine Zipf-Verteilung (er folgt aus theta, min und max; ignoriert)</translation>
    </message>
    <message>
        <source>a mean between "min" and "max" (%1 to %2)</source>
        <translation>einen Mittelwert zwischen „min“ und „max“ (%1 bis %2)</translation>
    </message>
    <message>
        <source>a "trace" section only with arrival "trace" or a length of kind "trace" (it is ignored)</source>
        <translation>einen „trace“-Abschnitt nur mit Ankunft „trace“ oder einer Länge der Art „trace“ (er wird ignoriert)</translation>
    </message>
    <message>
        <source>a path to a trace CSV file (non-empty, no NUL bytes)</source>
        <translation>einen Pfad zu einer Trace-CSV-Datei (nicht leer, keine NUL-Bytes)</translation>
    </message>
    <message>
        <source>a path to an existing trace CSV file, relative to the file this scenario is written in (resolved to "%1", which does not exist)</source>
        <translation>einen Pfad zu einer vorhandenen Trace-CSV-Datei, relativ zur Datei dieses Szenarios (aufgelöst zu „%1“, das nicht existiert)</translation>
    </message>
    <message>
        <source>a path to a trace CSV file ("%1" is not a regular file)</source>
        <translation>einen Pfad zu einer Trace-CSV-Datei („%1“ ist keine reguläre Datei)</translation>
    </message>
    <message>
        <source>the name of a column in the trace's header row (not empty)</source>
        <translation>den Namen einer Spalte in der Kopfzeile des Traces (nicht leer)</translation>
    </message>
    <message>
        <source>an "arrival" column name (arrival "trace" replays the arrival times of the trace, in seconds or as timestamps such as "2023-11-16 18:15:46.68")</source>
        <translation>einen Spaltennamen für „arrival“ (Ankunft „trace“ spielt die Ankunftszeiten des Traces ab, in Sekunden oder als Zeitstempel wie „2023-11-16 18:15:46.68“)</translation>
    </message>
    <message>
        <source>a time scale only with arrival "trace" (it is ignored)</source>
        <translation>einen Zeitmaßstab nur mit Ankunft „trace“ (er wird ignoriert)</translation>
    </message>
    <message>
        <source>no rate with arrival "%1" (the trace's times set it; ignored)</source>
        <translation>keine Rate bei Ankunft „%1“ (die Zeiten des Traces bestimmen sie; ignoriert)</translation>
    </message>
    <message>
        <source>no rate with arrival "%1" (the clients set it; ignored)</source>
        <translation>keine Rate bei Ankunft „%1“ (die Clients bestimmen sie; ignoriert)</translation>
    </message>
    <message>
        <source>burstiness only with arrival "gamma" (it is ignored)</source>
        <translation>Burstiness nur mit Ankunft „gamma“ (sie wird ignoriert)</translation>
    </message>
    <message>
        <source>clients only with arrival "closed_loop" (ignored)</source>
        <translation>Clients nur mit Ankunft „closed_loop“ (ignoriert)</translation>
    </message>
    <message>
        <source>at least 2 replicas for the "disaggregated" scheduler (a prefill pool and a decode pool)</source>
        <translation>mindestens 2 Replikate für den Scheduler „disaggregated“ (ein Prefill-Pool und ein Decode-Pool)</translation>
    </message>
    <message>
        <source>fewer than the %1 replicas (the rest decode)</source>
        <translation>weniger als die %1 Replikate (der Rest dekodiert)</translation>
    </message>
    <message>
        <source>prefill_replicas only with the "disaggregated" scheduler (ignored)</source>
        <translation>prefill_replicas nur mit dem Scheduler „disaggregated“ (ignoriert)</translation>
    </message>
    <message>
        <source>a multiple of micro_batch x data parallel = %1 x %2 = %3</source>
        <translation>ein Vielfaches von micro_batch x Datenparallelität = %1 x %2 = %3</translation>
    </message>
    <message>
        <source>tensor parallelism &gt; 1 (sequence parallelism has no effect without it)</source>
        <translation>Tensorparallelität &gt; 1 (Sequenzparallelität wirkt ohne sie nicht)</translation>
    </message>
    <message>
        <source>pipeline parallelism &gt; 1 (interleaving splits pipeline stages)</source>
        <translation>Pipeline-Parallelität &gt; 1 (Verschränkung teilt Pipeline-Stufen)</translation>
    </message>
    <message>
        <source>1 with schedule "%1" (only 1F1B is interleaved)</source>
        <translation>1 beim Zeitplan „%1“ (nur 1F1B wird verschränkt)</translation>
    </message>
    <message>
        <source>a multiple of 2 x context parallelism = %1 (ring attention splits the sequence into 2 x CP load-balanced chunks)</source>
        <translation>ein Vielfaches von 2 x Kontextparallelität = %1 (Ring-Attention teilt die Sequenz in 2 x CP lastverteilte Stücke)</translation>
    </message>
    <message>
        <source>no "%1" section in a scenario of kind "%2" (it is ignored)</source>
        <translation>keinen Abschnitt „%1“ in einem Szenario der Art „%2“ (er wird ignoriert)</translation>
    </message>
    <message>
        <source>file format version %1 is not supported; this Ridgeline reads version 1</source>
        <translation>Dateiformatversion %1 wird nicht unterstützt; dieses Ridgeline liest Version 1</translation>
    </message>
    <message>
        <source>"%1" (this file is read as %2)</source>
        <translation>„%1“ (diese Datei wird als %2 gelesen)</translation>
    </message>
    <message>
        <source>"%1" (this file is read as hardware)</source>
        <translation>„%1“ (diese Datei wird als Hardware gelesen)</translation>
    </message>
    <message>
        <source>"%1" (this file is read as model)</source>
        <translation>„%1“ (diese Datei wird als Modell gelesen)</translation>
    </message>
    <message>
        <source>"%1" (this file is read as scenario)</source>
        <translation>„%1“ (diese Datei wird als Szenario gelesen)</translation>
    </message>
    <message>
        <source>"%1" (this file is read as project)</source>
        <translation>„%1“ (diese Datei wird als Projekt gelesen)</translation>
    </message>
    <message>
        <source>"%1" (this file is read as accelerator)</source>
        <translation>„%1“ (diese Datei wird als Beschleuniger gelesen)</translation>
    </message>
    <message>
        <source>"%1" (this file is read as problem)</source>
        <translation>„%1“ (diese Datei wird als Problem gelesen)</translation>
    </message>
    <message>
        <source>"%1" (this file is read as mapping)</source>
        <translation>„%1“ (diese Datei wird als Mapping gelesen)</translation>
    </message>
    <message>
        <source>"%1" (this file is read as sweep)</source>
        <translation>„%1“ (diese Datei wird als Sweep gelesen)</translation>
    </message>
    <message>
        <source>the string "%1"</source>
        <translation>die Zeichenkette „%1“</translation>
    </message>
    <message>
        <source>the integer 1 (the file format version)</source>
        <translation>die ganze Zahl 1 (die Dateiformatversion)</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>at most %1 items</source>
        <translation>höchstens %1 Einträge</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>a JSON object (a Ridgeline spec document)</source>
        <translation>ein JSON-Objekt (ein Ridgeline-Spezifikationsdokument)</translation>
    </message>
    <message>
        <source>the key "format" naming the kind of file: one of %1 (or a Hugging Face config.json with "model_type")</source>
        <translation>den Schlüssel „format“, der die Dateiart nennt: einer von %1 (oder eine Hugging-Face-config.json mit „model_type“)</translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 (an object)</source>
        <translation>%1 (ein Objekt)</translation>
    </message>
    <message>
        <source>%1 (null)</source>
        <translation>%1 (null-Wert)</translation>
    </message>
    <message>
        <source>%1 (a boolean)</source>
        <translation>%1 (ein Wahrheitswert)</translation>
    </message>
    <message>
        <source>%1 (a number)</source>
        <translation>%1 (eine Zahl)</translation>
    </message>
    <message>
        <source>%1 (a string)</source>
        <translation>%1 (eine Zeichenkette)</translation>
    </message>
    <message>
        <source>%1 (an array)</source>
        <translation>%1 (ein Array)</translation>
    </message>
    <message>
        <source>empty text; expected a size in bytes such as "%1"</source>
        <translation>eine Größe in Byte wie „%1“ (leerer Text)</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a size in bytes such as "%1"</source>
        <translation>eine Größe in Byte wie „%1“ (Text zu lang für eine Mengenangabe)</translation>
    </message>
    <message>
        <source>no number at the start; expected a size in bytes such as "%1"</source>
        <translation>eine Größe in Byte wie „%1“ (keine Zahl am Anfang)</translation>
    </message>
    <message>
        <source>the number is not finite; expected a size in bytes such as "%1"</source>
        <translation>eine Größe in Byte wie „%1“ (die Zahl ist nicht endlich)</translation>
    </message>
    <message>
        <source>the unit is missing; expected a size in bytes such as "%1"</source>
        <translation>eine Größe in Byte wie „%1“ (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>the value overflows; expected a size in bytes such as "%1"</source>
        <translation>eine Größe in Byte wie „%1“ (der Wert läuft über)</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a size in bytes such as "%1"</source>
        <translation>eine Größe in Byte wie „%1“ (unbekannte Einheit „%2“)</translation>
    </message>
    <message>
        <source>a size in bytes with its unit, such as "%1"</source>
        <translation>eine Größe in Byte mit Einheit, z. B. „%1“</translation>
    </message>
    <message>
        <source>a bare number has no unit; a size in bytes with its unit, such as "%1"</source>
        <translation>eine Größe in Byte mit Einheit, z. B. „%1“ (eine bloße Zahl hat keine Einheit)</translation>
    </message>
    <message>
        <source>empty text; expected a bandwidth such as "%1"</source>
        <translation>eine Bandbreite wie „%1“ (leerer Text)</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a bandwidth such as "%1"</source>
        <translation>eine Bandbreite wie „%1“ (Text zu lang für eine Mengenangabe)</translation>
    </message>
    <message>
        <source>no number at the start; expected a bandwidth such as "%1"</source>
        <translation>eine Bandbreite wie „%1“ (keine Zahl am Anfang)</translation>
    </message>
    <message>
        <source>the number is not finite; expected a bandwidth such as "%1"</source>
        <translation>eine Bandbreite wie „%1“ (die Zahl ist nicht endlich)</translation>
    </message>
    <message>
        <source>the unit is missing; expected a bandwidth such as "%1"</source>
        <translation>eine Bandbreite wie „%1“ (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>the value overflows; expected a bandwidth such as "%1"</source>
        <translation>eine Bandbreite wie „%1“ (der Wert läuft über)</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a bandwidth such as "%1"</source>
        <translation>eine Bandbreite wie „%1“ (unbekannte Einheit „%2“)</translation>
    </message>
    <message>
        <source>a bandwidth with its unit, such as "%1"</source>
        <translation>eine Bandbreite mit Einheit, z. B. „%1“</translation>
    </message>
    <message>
        <source>a bare number has no unit; a bandwidth with its unit, such as "%1"</source>
        <translation>eine Bandbreite mit Einheit, z. B. „%1“ (eine bloße Zahl hat keine Einheit)</translation>
    </message>
    <message>
        <source>empty text; expected a compute rate such as "%1"</source>
        <translation>eine Rechenleistung wie „%1“ (leerer Text)</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a compute rate such as "%1"</source>
        <translation>eine Rechenleistung wie „%1“ (Text zu lang für eine Mengenangabe)</translation>
    </message>
    <message>
        <source>no number at the start; expected a compute rate such as "%1"</source>
        <translation>eine Rechenleistung wie „%1“ (keine Zahl am Anfang)</translation>
    </message>
    <message>
        <source>the number is not finite; expected a compute rate such as "%1"</source>
        <translation>eine Rechenleistung wie „%1“ (die Zahl ist nicht endlich)</translation>
    </message>
    <message>
        <source>the unit is missing; expected a compute rate such as "%1"</source>
        <translation>eine Rechenleistung wie „%1“ (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>the value overflows; expected a compute rate such as "%1"</source>
        <translation>eine Rechenleistung wie „%1“ (der Wert läuft über)</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a compute rate such as "%1"</source>
        <translation>eine Rechenleistung wie „%1“ (unbekannte Einheit „%2“)</translation>
    </message>
    <message>
        <source>a compute rate with its unit, such as "%1"</source>
        <translation>eine Rechenleistung mit Einheit, z. B. „%1“</translation>
    </message>
    <message>
        <source>a bare number has no unit; a compute rate with its unit, such as "%1"</source>
        <translation>eine Rechenleistung mit Einheit, z. B. „%1“ (eine bloße Zahl hat keine Einheit)</translation>
    </message>
    <message>
        <source>empty text; expected a frequency such as "%1"</source>
        <translation>eine Frequenz wie „%1“ (leerer Text)</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a frequency such as "%1"</source>
        <translation>eine Frequenz wie „%1“ (Text zu lang für eine Mengenangabe)</translation>
    </message>
    <message>
        <source>no number at the start; expected a frequency such as "%1"</source>
        <translation>eine Frequenz wie „%1“ (keine Zahl am Anfang)</translation>
    </message>
    <message>
        <source>the number is not finite; expected a frequency such as "%1"</source>
        <translation>eine Frequenz wie „%1“ (die Zahl ist nicht endlich)</translation>
    </message>
    <message>
        <source>the unit is missing; expected a frequency such as "%1"</source>
        <translation>eine Frequenz wie „%1“ (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>the value overflows; expected a frequency such as "%1"</source>
        <translation>eine Frequenz wie „%1“ (der Wert läuft über)</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a frequency such as "%1"</source>
        <translation>eine Frequenz wie „%1“ (unbekannte Einheit „%2“)</translation>
    </message>
    <message>
        <source>a frequency with its unit, such as "%1"</source>
        <translation>eine Frequenz mit Einheit, z. B. „%1“</translation>
    </message>
    <message>
        <source>a bare number has no unit; a frequency with its unit, such as "%1"</source>
        <translation>eine Frequenz mit Einheit, z. B. „%1“ (eine bloße Zahl hat keine Einheit)</translation>
    </message>
    <message>
        <source>empty text; expected a time such as "%1"</source>
        <translation>eine Zeitangabe wie „%1“ (leerer Text)</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a time such as "%1"</source>
        <translation>eine Zeitangabe wie „%1“ (Text zu lang für eine Mengenangabe)</translation>
    </message>
    <message>
        <source>no number at the start; expected a time such as "%1"</source>
        <translation>eine Zeitangabe wie „%1“ (keine Zahl am Anfang)</translation>
    </message>
    <message>
        <source>the number is not finite; expected a time such as "%1"</source>
        <translation>eine Zeitangabe wie „%1“ (die Zahl ist nicht endlich)</translation>
    </message>
    <message>
        <source>the unit is missing; expected a time such as "%1"</source>
        <translation>eine Zeitangabe wie „%1“ (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>the value overflows; expected a time such as "%1"</source>
        <translation>eine Zeitangabe wie „%1“ (der Wert läuft über)</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a time such as "%1"</source>
        <translation>eine Zeitangabe wie „%1“ (unbekannte Einheit „%2“)</translation>
    </message>
    <message>
        <source>a time with its unit, such as "%1"</source>
        <translation>eine Zeitangabe mit Einheit, z. B. „%1“</translation>
    </message>
    <message>
        <source>a bare number has no unit; a time with its unit, such as "%1"</source>
        <translation>eine Zeitangabe mit Einheit, z. B. „%1“ (eine bloße Zahl hat keine Einheit)</translation>
    </message>
    <message>
        <source>empty text; expected a power such as "%1"</source>
        <translation>eine Leistung wie „%1“ (leerer Text)</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a power such as "%1"</source>
        <translation>eine Leistung wie „%1“ (Text zu lang für eine Mengenangabe)</translation>
    </message>
    <message>
        <source>no number at the start; expected a power such as "%1"</source>
        <translation>eine Leistung wie „%1“ (keine Zahl am Anfang)</translation>
    </message>
    <message>
        <source>the number is not finite; expected a power such as "%1"</source>
        <translation>eine Leistung wie „%1“ (die Zahl ist nicht endlich)</translation>
    </message>
    <message>
        <source>the unit is missing; expected a power such as "%1"</source>
        <translation>eine Leistung wie „%1“ (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>the value overflows; expected a power such as "%1"</source>
        <translation>eine Leistung wie „%1“ (der Wert läuft über)</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a power such as "%1"</source>
        <translation>eine Leistung wie „%1“ (unbekannte Einheit „%2“)</translation>
    </message>
    <message>
        <source>a power with its unit, such as "%1"</source>
        <translation>eine Leistung mit Einheit, z. B. „%1“</translation>
    </message>
    <message>
        <source>a bare number has no unit; a power with its unit, such as "%1"</source>
        <translation>eine Leistung mit Einheit, z. B. „%1“ (eine bloße Zahl hat keine Einheit)</translation>
    </message>
    <message>
        <source>empty text; expected a energy such as "%1"</source>
        <translation>eine Energie wie „%1“ (leerer Text)</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a energy such as "%1"</source>
        <translation>eine Energie wie „%1“ (Text zu lang für eine Mengenangabe)</translation>
    </message>
    <message>
        <source>no number at the start; expected a energy such as "%1"</source>
        <translation>eine Energie wie „%1“ (keine Zahl am Anfang)</translation>
    </message>
    <message>
        <source>the number is not finite; expected a energy such as "%1"</source>
        <translation>eine Energie wie „%1“ (die Zahl ist nicht endlich)</translation>
    </message>
    <message>
        <source>the unit is missing; expected a energy such as "%1"</source>
        <translation>eine Energie wie „%1“ (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>the value overflows; expected a energy such as "%1"</source>
        <translation>eine Energie wie „%1“ (der Wert läuft über)</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a energy such as "%1"</source>
        <translation>eine Energie wie „%1“ (unbekannte Einheit „%2“)</translation>
    </message>
    <message>
        <source>a energy with its unit, such as "%1"</source>
        <translation>eine Energie mit Einheit, z. B. „%1“</translation>
    </message>
    <message>
        <source>a bare number has no unit; a energy with its unit, such as "%1"</source>
        <translation>eine Energie mit Einheit, z. B. „%1“ (eine bloße Zahl hat keine Einheit)</translation>
    </message>
    <message>
        <source>empty text; expected a energy per byte such as "%1"</source>
        <translation>eine Energie pro Byte wie „%1“ (leerer Text)</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a energy per byte such as "%1"</source>
        <translation>eine Energie pro Byte wie „%1“ (Text zu lang für eine Mengenangabe)</translation>
    </message>
    <message>
        <source>no number at the start; expected a energy per byte such as "%1"</source>
        <translation>eine Energie pro Byte wie „%1“ (keine Zahl am Anfang)</translation>
    </message>
    <message>
        <source>the number is not finite; expected a energy per byte such as "%1"</source>
        <translation>eine Energie pro Byte wie „%1“ (die Zahl ist nicht endlich)</translation>
    </message>
    <message>
        <source>the unit is missing; expected a energy per byte such as "%1"</source>
        <translation>eine Energie pro Byte wie „%1“ (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>the value overflows; expected a energy per byte such as "%1"</source>
        <translation>eine Energie pro Byte wie „%1“ (der Wert läuft über)</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a energy per byte such as "%1"</source>
        <translation>eine Energie pro Byte wie „%1“ (unbekannte Einheit „%2“)</translation>
    </message>
    <message>
        <source>a energy per byte with its unit, such as "%1"</source>
        <translation>eine Energie pro Byte mit Einheit, z. B. „%1“</translation>
    </message>
    <message>
        <source>a bare number has no unit; a energy per byte with its unit, such as "%1"</source>
        <translation>eine Energie pro Byte mit Einheit, z. B. „%1“ (eine bloße Zahl hat keine Einheit)</translation>
    </message>
    <message>
        <source>empty text; expected a energy per operation such as "%1"</source>
        <translation>eine Energie pro Operation wie „%1“ (leerer Text)</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a energy per operation such as "%1"</source>
        <translation>eine Energie pro Operation wie „%1“ (Text zu lang für eine Mengenangabe)</translation>
    </message>
    <message>
        <source>no number at the start; expected a energy per operation such as "%1"</source>
        <translation>eine Energie pro Operation wie „%1“ (keine Zahl am Anfang)</translation>
    </message>
    <message>
        <source>the number is not finite; expected a energy per operation such as "%1"</source>
        <translation>eine Energie pro Operation wie „%1“ (die Zahl ist nicht endlich)</translation>
    </message>
    <message>
        <source>the unit is missing; expected a energy per operation such as "%1"</source>
        <translation>eine Energie pro Operation wie „%1“ (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>the value overflows; expected a energy per operation such as "%1"</source>
        <translation>eine Energie pro Operation wie „%1“ (der Wert läuft über)</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a energy per operation such as "%1"</source>
        <translation>eine Energie pro Operation wie „%1“ (unbekannte Einheit „%2“)</translation>
    </message>
    <message>
        <source>a energy per operation with its unit, such as "%1"</source>
        <translation>eine Energie pro Operation mit Einheit, z. B. „%1“</translation>
    </message>
    <message>
        <source>a bare number has no unit; a energy per operation with its unit, such as "%1"</source>
        <translation>eine Energie pro Operation mit Einheit, z. B. „%1“ (eine bloße Zahl hat keine Einheit)</translation>
    </message>
    <message>
        <source>empty text; expected a area such as "%1"</source>
        <translation>eine Fläche wie „%1“ (leerer Text)</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a area such as "%1"</source>
        <translation>eine Fläche wie „%1“ (Text zu lang für eine Mengenangabe)</translation>
    </message>
    <message>
        <source>no number at the start; expected a area such as "%1"</source>
        <translation>eine Fläche wie „%1“ (keine Zahl am Anfang)</translation>
    </message>
    <message>
        <source>the number is not finite; expected a area such as "%1"</source>
        <translation>eine Fläche wie „%1“ (die Zahl ist nicht endlich)</translation>
    </message>
    <message>
        <source>the unit is missing; expected a area such as "%1"</source>
        <translation>eine Fläche wie „%1“ (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>the value overflows; expected a area such as "%1"</source>
        <translation>eine Fläche wie „%1“ (der Wert läuft über)</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a area such as "%1"</source>
        <translation>eine Fläche wie „%1“ (unbekannte Einheit „%2“)</translation>
    </message>
    <message>
        <source>a area with its unit, such as "%1"</source>
        <translation>eine Fläche mit Einheit, z. B. „%1“</translation>
    </message>
    <message>
        <source>a bare number has no unit; a area with its unit, such as "%1"</source>
        <translation>eine Fläche mit Einheit, z. B. „%1“ (eine bloße Zahl hat keine Einheit)</translation>
    </message>
    <message>
        <source>empty text; expected a cost per hour such as "%1"</source>
        <translation>ein Stundensatz wie „%1“ (leerer Text)</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a cost per hour such as "%1"</source>
        <translation>ein Stundensatz wie „%1“ (Text zu lang für eine Mengenangabe)</translation>
    </message>
    <message>
        <source>no number at the start; expected a cost per hour such as "%1"</source>
        <translation>ein Stundensatz wie „%1“ (keine Zahl am Anfang)</translation>
    </message>
    <message>
        <source>the number is not finite; expected a cost per hour such as "%1"</source>
        <translation>ein Stundensatz wie „%1“ (die Zahl ist nicht endlich)</translation>
    </message>
    <message>
        <source>the unit is missing; expected a cost per hour such as "%1"</source>
        <translation>ein Stundensatz wie „%1“ (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>the value overflows; expected a cost per hour such as "%1"</source>
        <translation>ein Stundensatz wie „%1“ (der Wert läuft über)</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a cost per hour such as "%1"</source>
        <translation>ein Stundensatz wie „%1“ (unbekannte Einheit „%2“)</translation>
    </message>
    <message>
        <source>a cost per hour with its unit, such as "%1"</source>
        <translation>ein Stundensatz mit Einheit, z. B. „%1“</translation>
    </message>
    <message>
        <source>a bare number has no unit; a cost per hour with its unit, such as "%1"</source>
        <translation>ein Stundensatz mit Einheit, z. B. „%1“ (eine bloße Zahl hat keine Einheit)</translation>
    </message>
    <message>
        <source>empty text; expected a operation count such as "%1"</source>
        <translation>eine Anzahl Operationen wie „%1“ (leerer Text)</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a operation count such as "%1"</source>
        <translation>eine Anzahl Operationen wie „%1“ (Text zu lang für eine Mengenangabe)</translation>
    </message>
    <message>
        <source>no number at the start; expected a operation count such as "%1"</source>
        <translation>eine Anzahl Operationen wie „%1“ (keine Zahl am Anfang)</translation>
    </message>
    <message>
        <source>the number is not finite; expected a operation count such as "%1"</source>
        <translation>eine Anzahl Operationen wie „%1“ (die Zahl ist nicht endlich)</translation>
    </message>
    <message>
        <source>the unit is missing; expected a operation count such as "%1"</source>
        <translation>eine Anzahl Operationen wie „%1“ (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>the value overflows; expected a operation count such as "%1"</source>
        <translation>eine Anzahl Operationen wie „%1“ (der Wert läuft über)</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a operation count such as "%1"</source>
        <translation>eine Anzahl Operationen wie „%1“ (unbekannte Einheit „%2“)</translation>
    </message>
    <message>
        <source>a operation count with its unit, such as "%1"</source>
        <translation>eine Anzahl Operationen mit Einheit, z. B. „%1“</translation>
    </message>
    <message>
        <source>a bare number has no unit; a operation count with its unit, such as "%1"</source>
        <translation>eine Anzahl Operationen mit Einheit, z. B. „%1“ (eine bloße Zahl hat keine Einheit)</translation>
    </message>
    <message>
        <source>cannot save "%1": %2 (%3)</source>
        <translation>„%1“ kann nicht gespeichert werden: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot save: no file name given</source>
        <translation>Speichern nicht möglich: kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>cannot save to "%1": it is a directory</source>
        <translation>Speichern nach „%1“ nicht möglich: das ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot create a temporary file in "%1"</source>
        <translation>in „%1“ lässt sich keine temporäre Datei anlegen</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>Schreibfehler</translation>
    </message>
    <message>
        <source>cannot set the permissions</source>
        <translation>die Zugriffsrechte lassen sich nicht setzen</translation>
    </message>
    <message>
        <source>cannot flush to disk</source>
        <translation>die Daten lassen sich nicht auf den Datenträger schreiben</translation>
    </message>
    <message>
        <source>cannot close the temporary file</source>
        <translation>die temporäre Datei lässt sich nicht schließen</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>die Datei lässt sich nicht ersetzen</translation>
    </message>
    <message>
        <source>cannot serialise the document: %1</source>
        <translation>das Dokument lässt sich nicht serialisieren: %1</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Vorgang nicht zulässig</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Das Dateisystem ist nur lesbar</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Kein freier Platz auf dem Datenträger</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Speicherkontingent überschritten</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Dateiname zu lang</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Zu viele Ebenen symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Die Datei existiert bereits</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Zu viele offene Dateien</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>Zu viele offene Dateien im System</translation>
    </message>
    <message>
        <source>Invalid cross-device link</source>
        <translation>Verknüpfung über Dateisystemgrenzen nicht möglich</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Gerät oder Ressource belegt</translation>
    </message>
    <message>
        <source>Text file busy</source>
        <translation>Programmdatei wird gerade ausgeführt</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Datei zu groß</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Kein solches Gerät und keine solche Adresse</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Speicher kann nicht zugeteilt werden</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: No such file or directory)</source>
        <translation>eine lesbare Datei (sie lässt sich nicht öffnen: Datei oder Verzeichnis nicht gefunden)</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Permission denied)</source>
        <translation>eine lesbare Datei (sie lässt sich nicht öffnen: keine Berechtigung)</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Operation not permitted)</source>
        <translation>eine lesbare Datei (sie lässt sich nicht öffnen: Vorgang nicht zulässig)</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Not a directory)</source>
        <translation>eine lesbare Datei (sie lässt sich nicht öffnen: ein Teil des Pfads ist kein Verzeichnis)</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: File name too long)</source>
        <translation>eine lesbare Datei (sie lässt sich nicht öffnen: Dateiname zu lang)</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Too many levels of symbolic links)</source>
        <translation>eine lesbare Datei (sie lässt sich nicht öffnen: zu viele Ebenen symbolischer Verknüpfungen)</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Too many open files)</source>
        <translation>eine lesbare Datei (sie lässt sich nicht öffnen: zu viele offene Dateien)</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Too many open files in system)</source>
        <translation>eine lesbare Datei (sie lässt sich nicht öffnen: zu viele offene Dateien im System)</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: No such device or address)</source>
        <translation>eine lesbare Datei (sie lässt sich nicht öffnen: kein solches Gerät und keine solche Adresse)</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Input/output error)</source>
        <translation>eine lesbare Datei (sie lässt sich nicht öffnen: Ein-/Ausgabefehler)</translation>
    </message>
    <message>
        <source>the path of a CSV file</source>
        <translation>den Pfad einer CSV-Datei</translation>
    </message>
    <message>
        <source>a regular file (a CSV file; directories, pipes and devices are not read)</source>
        <translation>eine reguläre Datei (eine CSV-Datei; Verzeichnisse, Pipes und Geräte werden nicht gelesen)</translation>
    </message>
    <message>
        <source>a CSV file of at most %1</source>
        <translation>eine CSV-Datei von höchstens %1</translation>
    </message>
    <message>
        <source>UTF-8 text (a CSV file must be UTF-8 encoded)</source>
        <translation>UTF-8-Text (eine CSV-Datei muss UTF-8-kodiert sein)</translation>
    </message>
    <message>
        <source>the path of a trace CSV file</source>
        <translation>den Pfad einer Trace-CSV-Datei</translation>
    </message>
    <message>
        <source>a regular file (a trace CSV file; directories, pipes and devices are not read)</source>
        <translation>eine reguläre Datei (eine Trace-CSV-Datei; Verzeichnisse, Pipes und Geräte werden nicht gelesen)</translation>
    </message>
    <message>
        <source>a trace CSV file of at most %1</source>
        <translation>eine Trace-CSV-Datei von höchstens %1</translation>
    </message>
    <message>
        <source>UTF-8 text (a trace CSV file must be UTF-8 encoded)</source>
        <translation>UTF-8-Text (eine Trace-CSV-Datei muss UTF-8-kodiert sein)</translation>
    </message>
    <message>
        <source>the path of a topology CSV file</source>
        <translation>den Pfad einer Topologie-CSV-Datei</translation>
    </message>
    <message>
        <source>a regular file (a topology CSV file; directories, pipes and devices are not read)</source>
        <translation>eine reguläre Datei (eine Topologie-CSV-Datei; Verzeichnisse, Pipes und Geräte werden nicht gelesen)</translation>
    </message>
    <message>
        <source>a topology CSV file of at most %1</source>
        <translation>eine Topologie-CSV-Datei von höchstens %1</translation>
    </message>
    <message>
        <source>UTF-8 text (a topology CSV file must be UTF-8 encoded)</source>
        <translation>UTF-8-Text (eine Topologie-CSV-Datei muss UTF-8-kodiert sein)</translation>
    </message>
    <message>
        <source>[m, n, k] or [batch, m, n, k]</source>
        <translation>[m, n, k] oder [Batch, m, n, k]</translation>
    </message>
    <message>
        <source>for "%1": [m, n, k] or [batch, m, n, k]</source>
        <translation>für „%1“: [m, n, k] oder [Batch, m, n, k]</translation>
    </message>
    <message>
        <source>[batch, m, n, k]</source>
        <translation>[Batch, m, n, k]</translation>
    </message>
    <message>
        <source>for "%1": [batch, m, n, k]</source>
        <translation>für „%1“: [Batch, m, n, k]</translation>
    </message>
    <message>
        <source>[batch, in_channels, out_channels, height, width, kernel, stride?, padding?, groups?]</source>
        <translation>[Batch, Eingangskanäle, Ausgangskanäle, Höhe, Breite, Kern, Schrittweite?, Rand?, Gruppen?]</translation>
    </message>
    <message>
        <source>for "%1": [batch, in_channels, out_channels, height, width, kernel, stride?, padding?, groups?]</source>
        <translation>für „%1“: [Batch, Eingangskanäle, Ausgangskanäle, Höhe, Breite, Kern, Schrittweite?, Rand?, Gruppen?]</translation>
    </message>
    <message>
        <source>[batch, channels, height, width, kernel, stride?]</source>
        <translation>[Batch, Kanäle, Höhe, Breite, Kern, Schrittweite?]</translation>
    </message>
    <message>
        <source>for "%1": [batch, channels, height, width, kernel, stride?]</source>
        <translation>für „%1“: [Batch, Kanäle, Höhe, Breite, Kern, Schrittweite?]</translation>
    </message>
    <message>
        <source>[batch, heads, kv_heads, head_dim, query_len, kv_len]</source>
        <translation>[Batch, Köpfe, KV-Köpfe, Kopfdimension, Abfragelänge, KV-Länge]</translation>
    </message>
    <message>
        <source>for "%1": [batch, heads, kv_heads, head_dim, query_len, kv_len]</source>
        <translation>für „%1“: [Batch, Köpfe, KV-Köpfe, Kopfdimension, Abfragelänge, KV-Länge]</translation>
    </message>
    <message>
        <source>[elements] or [elements, inputs]</source>
        <translation>[Elemente] oder [Elemente, Eingaben]</translation>
    </message>
    <message>
        <source>for "%1": [elements] or [elements, inputs]</source>
        <translation>für „%1“: [Elemente] oder [Elemente, Eingaben]</translation>
    </message>
    <message>
        <source>[elements]</source>
        <translation>[Elemente]</translation>
    </message>
    <message>
        <source>for "%1": [elements]</source>
        <translation>für „%1“: [Elemente]</translation>
    </message>
    <message>
        <source>[tokens, hidden, experts]</source>
        <translation>[Tokens, verborgene Größe, Experten]</translation>
    </message>
    <message>
        <source>for "%1": [tokens, hidden, experts]</source>
        <translation>für „%1“: [Tokens, verborgene Größe, Experten]</translation>
    </message>
    <message>
        <source>[bytes, ranks]</source>
        <translation>[Bytes, Ranks]</translation>
    </message>
    <message>
        <source>for "%1": [bytes, ranks]</source>
        <translation>für „%1“: [Bytes, Ranks]</translation>
    </message>
    <message>
        <source>[bytes] or [bytes, ranks]</source>
        <translation>[Bytes] oder [Bytes, Ranks]</translation>
    </message>
    <message>
        <source>for "%1": [bytes] or [bytes, ranks]</source>
        <translation>für „%1“: [Bytes] oder [Bytes, Ranks]</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing value - unexpected end of input%6)</source>
        <translation>gültiges JSON (der Text ist leer: Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - unexpected end of input%6)</source>
        <translation>gültiges JSON (der Text endet in Zeile %2, Spalte %3, solange das in Zeile %7, Spalte %8 geöffnete „%1“ noch offen ist)</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - unexpected string literal%6)</source>
        <translation>gültiges JSON (unerwartete Zeichenkette in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - unexpected number literal%6)</source>
        <translation>gültiges JSON (unerwartete Zahl in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - unexpected %1 literal%6)</source>
        <translation>gültiges JSON (unerwartetes %1 in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - unexpected %1%6)</source>
        <translation>gültiges JSON (unerwartetes Zeichen %1 in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - invalid literal%6)</source>
        <translation>gültiges JSON (in Zeile %2, Spalte %3 steht etwas, das kein JSON-Wert ist: weder Zeichenkette, Zahl, Objekt, Liste noch true, false oder null)</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - invalid number%6)</source>
        <translation>gültiges JSON (ungültig geschriebene Zahl in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - invalid string: missing closing quote%6)</source>
        <translation>gültiges JSON (einer Zeichenkette fehlt das schließende Anführungszeichen; der Text endet in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - invalid string: control character %1%6)</source>
        <translation>gültiges JSON (Steuerzeichen %1 in einer Zeichenkette in Zeile %2, Spalte %3; es muss als Escape-Sequenz \uXXXX geschrieben werden)</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - invalid string: ill-formed UTF-8 byte%6)</source>
        <translation>gültiges JSON (ein Byte, das kein UTF-8 ist, in einer Zeichenkette in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - invalid string: %6)</source>
        <translation>gültiges JSON (ungültige Escape-Sequenz in einer Zeichenkette in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>valid JSON (number overflow parsing %1; numbers must fit a double)</source>
        <translation>gültiges JSON (die Zahl %1 ist zu groß; Zahlen müssen als 64-Bit-Gleitkommazahl darstellbar sein)</translation>
    </message>
    <message>
        <source>a name: a string, or an object of names by language code such as {"en": "HBM bandwidth", "de": "HBM-Bandbreite"}</source>
        <translation>einen Namen: eine Zeichenkette oder ein Objekt mit Namen je Sprachcode wie {"en": "HBM bandwidth", "de": "HBM-Bandbreite"}</translation>
    </message>
    <message>
        <source>a language code such as "en", "de" or "zh_CN" (language, then optionally _ and a territory)</source>
        <translation>einen Sprachcode wie "en", "de" oder "zh_CN" (Sprache, optional gefolgt von _ und einer Region)</translation>
    </message>
    <message>
        <source>a non-empty string of at most %1 characters</source>
        <translation>eine nicht leere Zeichenkette mit höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>an "en" entry: the English name, which column headers and the command line use</source>
        <translation>einen Eintrag "en": den englischen Namen, den Spaltenköpfe und die Kommandozeile verwenden</translation>
    </message>
    <message>
        <source>a language code such as "en", "de" or "zh_CN" (language, then optionally _ and a script and/or _ and a territory)</source>
        <translation>einen Sprachcode wie "en", "de" oder "zh_CN" (Sprache, optional gefolgt von _ und einer Schrift und/oder _ und einer Region)</translation>
    </message>
</context>
<context>
    <name>rl::views::DiagnosticText</name>
    <message>
        <source>got %1; %2</source>
        <translation>erhalten: %1; erwartet: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>got %1; expected %2</source>
        <translation>erhalten: %1; erwartet: %2</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>(Dokument)</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rl::views::DatasetTableModel</name>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>%1 B, %2 ranks</source>
        <translation>%1 B, %2 Ranks</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rl::views::PredictorName</name>
    <message>
        <source>roofline</source>
        <translation>Roofline-Modell</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>gelernt</translation>
    </message>
</context>
<context>
    <name>rl::views::TrainingSearchTab</name>
    <message>
        <source>Search configurations</source>
        <translation>Konfigurationen suchen</translation>
    </message>
    <message>
        <source>Simulate every TP, PP, interleave, DP, micro-batch, ZeRO stage and recompute choice that fits in memory on all of the hardware's GPUs, fastest first.</source>
        <translation>Jede Wahl von TP, PP, Verschränkung, DP, Mikro-Batch, ZeRO-Stufe und Neuberechnung simulieren, die auf allen GPUs der Hardware in den Speicher passt, schnellste zuerst.</translation>
    </message>
    <message>
        <source>Finds every plan that fits on all of the hardware's GPUs; a click on a row loads it into the scenario.</source>
        <translation>Findet jeden Plan, der auf alle GPUs der Hardware passt; ein Klick auf eine Zeile lädt ihn ins Szenario.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message>
        <source>The hardware, model or batch changed: search again.</source>
        <translation>Hardware, Modell oder Batch haben sich geändert: erneut suchen.</translation>
    </message>
    <message>
        <source>Simulating every plan that fits…</source>
        <translation>Jeder passende Plan wird simuliert…</translation>
    </message>
    <message>
        <source>%1 of %2 valid plans fit in memory (%3 do not), fastest first. Click a row to load it into the scenario.</source>
        <translation>%1 von %2 gültigen Plänen passen in den Speicher (%3 nicht), schnellste zuerst. Eine Zeile anklicken, um sie ins Szenario zu laden.</translation>
    </message>
    <message>
        <source>TP %1 × CP %2 × PP %3 × DP %4, interleave %5, micro-batch %6, ZeRO %7</source>
        <translation>TP %1 × CP %2 × PP %3 × DP %4, Verschränkung %5, Mikro-Batch %6, ZeRO %7</translation>
    </message>
</context>
<context>
    <name>rl::views::RankPicker</name>
    <message>
        <source>Ranks shown: every pipeline stage at</source>
        <translation>Gezeigte Ranks: jede Pipeline-Stufe bei</translation>
    </message>
    <message>
        <source>DP index </source>
        <translation>DP-Index </translation>
    </message>
    <message>
        <source>TP index </source>
        <translation>TP-Index </translation>
    </message>
    <message>
        <source>CP index </source>
        <translation>CP-Index </translation>
    </message>
    <message>
        <source>The TP, CP and DP peers of a pipeline stage run alike, so one rank per stage is simulated; choose the indices of the ranks to show.</source>
        <translation>Die TP-, CP- und DP-Partner einer Pipeline-Stufe verhalten sich gleich, daher wird ein Rank pro Stufe simuliert; wählen Sie die Indizes der gezeigten Ranks.</translation>
    </message>
    <message>
        <source>%1 pipeline stages × %2 streams</source>
        <translation>%1 Pipeline-Stufen × %2 Ströme</translation>
    </message>
</context>
<context>
    <name>rl::views::WhatIfPanel</name>
    <message>
        <source>Why, and what would help</source>
        <translation>Warum, und was helfen würde</translation>
    </message>
    <message>
        <source>What if (re-simulated)</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Change the scenario accordingly and simulate again (undoable)</source>
        <translation>Szenario entsprechend ändern und neu simulieren (rückgängig machbar)</translation>
    </message>
</context>
<context>
    <name>rl::views::CollectiveName</name>
    <message>
        <source>all-reduce</source>
        <translation>All-Reduce</translation>
    </message>
    <message>
        <source>all-gather</source>
        <translation>All-Gather</translation>
    </message>
    <message>
        <source>reduce-scatter</source>
        <translation>Reduce-Scatter</translation>
    </message>
    <message>
        <source>all-to-all</source>
        <translation>All-to-All</translation>
    </message>
    <message>
        <source>send/recv</source>
        <translation>Send/Recv</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>hierarchical</source>
        <translation>hierarchisch</translation>
    </message>
    <message>
        <source>in-switch (NVLS)</source>
        <translation>im Switch (NVLS)</translation>
    </message>
</context>
<context>
    <name>rl::views::LocalizedName</name>
    <message>
        <source>en</source>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>rl::views::CollectivePurposeName</name>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>CP</source>
        <translation>CP</translation>
    </message>
    <message>
        <source>EP</source>
        <translation>EP</translation>
    </message>
    <message>
        <source>PP</source>
        <translation>PP</translation>
    </message>
    <message>
        <source>DP</source>
        <translation>DP</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>ring %1</source>
        <translation>Ring-%1</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>K, V</source>
        <translation>K, V</translation>
    </message>
    <message>
        <source>K, V and gradients</source>
        <translation>K, V und Gradienten</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>TrainingOp</name>
    <message>
        <source>transformer layers</source>
        <translation>Transformer-Schichten</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>LM head and loss</source>
        <translation>LM-Kopf und Verlust</translation>
    </message>
    <message>
        <source>optimizer step (%1)</source>
        <translation>Optimiererschritt (%1)</translation>
    </message>
</context>
</TS>
