<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Fitted on %1 rows (training fit; hold a device out to see transfer).</source>
        <translation>在 %1 行上拟合（训练拟合；留出一个设备以查看迁移效果）。</translation>
    </message>
    <message>
        <source>Trained on %1 rows of the other devices; evaluated on %2 rows of %3.</source>
        <translation>在其他设备的 %1 行上训练；在 %3 的 %2 行上评估。</translation>
    </message>
    <message>
        <source>Training cancelled.</source>
        <translation>训练已取消。</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>Transfer check: on devices it never saw, the correction is applied at %1% strength (held-out MAPE: roofline %2%, full correction %3%, applied %4%).</source>
        <translation>迁移检查：在从未见过的设备上，校正以 %1% 的强度应用（留出设备的 MAPE：屋顶线 %2%，完全校正 %3%，实际应用 %4%）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ridgeline performance workbench</source>
        <translation>Ridgeline 性能工作台</translation>
    </message>
    <message>
        <source>Project or spec file to open.</source>
        <translation>要打开的项目或规格文件。</translation>
    </message>
    <message>
        <source>Save the window to &lt;png&gt; after the first result, then exit.</source>
        <translation>在第一个结果后将窗口保存为 &lt;png&gt; 并退出。</translation>
    </message>
    <message>
        <source>Pin the first result as baseline, then predict on this hardware.</source>
        <translation>将第一个结果固定为基线，然后在此硬件上预测。</translation>
    </message>
    <message>
        <source>Select the most time-consuming operator.</source>
        <translation>选中耗时最多的算子。</translation>
    </message>
    <message>
        <source>light or dark (default: the preference).</source>
        <translation>light 或 dark（默认：首选项设置）。</translation>
    </message>
    <message>
        <source>Predict with this learned or hybrid model file instead of the roofline.</source>
        <translation>使用此学习或混合模型文件代替屋顶线进行预测。</translation>
    </message>
    <message>
        <source>Result tab shown: roofline, traffic, explanation, timeline, learned or serving.</source>
        <translation>显示的结果标签页：roofline、traffic、explanation、timeline、learned 或 serving。</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1500x950).</source>
        <translation>--screenshot 的窗口尺寸（默认 1500x950）。</translation>
    </message>
    <message>
        <source>Result tab shown: roofline, traffic, explanation, timeline, learned, serving or training (training-breakdown, training-memory, training-collectives, training-search: a tab of the training page).</source>
        <translation>显示的结果标签页：roofline、traffic、explanation、timeline、learned、serving 或 training（training-breakdown、training-memory、training-collectives、training-search：训练页面中的某个标签页）。</translation>
    </message>
    <message>
        <source>Result tab shown: roofline, traffic, explanation, timeline, learned, serving, explore or training (training-breakdown, training-memory, training-collectives, training-search: a tab of the training page).</source>
        <translation>显示的结果标签页：roofline、traffic、explanation、timeline、learned、serving、explore 或 training（training-breakdown、training-memory、training-collectives、training-search：训练页面的标签页）。</translation>
    </message>
    <message>
        <source>Result tab shown: roofline, traffic, explanation, timeline, learned, serving, explore or training (training-breakdown, training-memory, training-collectives, training-search: a tab of the training page; dataflow-&lt;view&gt;: a view of the dataflow page, e.g. dataflow-loopnest).</source>
        <translation>显示的结果选项卡：roofline、traffic、explanation、timeline、learned、serving、explore 或 training（training-breakdown、training-memory、training-collectives、training-search：训练页面的选项卡；dataflow-&lt;视图&gt;：数据流页面的视图，例如 dataflow-loopnest）。</translation>
    </message>
    <message>
        <source>Interface language: en, de or zh_CN (default: the preference, else the system's).</source>
        <translation>界面语言：en、de 或 zh_CN（默认：偏好设置，否则为系统语言）。</translation>
    </message>
    <message>
        <source>Compare rooflines side by side, not overlaid with arrows.</source>
        <translation>并排比较 Roofline，而不是叠加并用箭头表示。</translation>
    </message>
</context>
<context>
    <name>rl::gui::MainWindow</name>
    <message>
        <source>Roofline</source>
        <translation>屋顶线</translation>
    </message>
    <message>
        <source>Memory traffic</source>
        <translation>内存流量</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>正在预测…</translation>
    </message>
    <message>
        <source>Prediction failed</source>
        <translation>预测失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Export operator table (CSV)…</source>
        <translation>导出算子表（CSV）…</translation>
    </message>
    <message>
        <source>Export result (JSON)…</source>
        <translation>导出结果（JSON）…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Predict now</source>
        <translation>立即预测(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Pin result as baseline</source>
        <translation>将结果固定为基线(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Clear baseline</source>
        <translation>清除基线(&amp;C)</translation>
    </message>
    <message>
        <source>Compare with other &amp;hardware…</source>
        <translation>与其他硬件比较(&amp;H)…</translation>
    </message>
    <message>
        <source>Hardware to compare</source>
        <translation>要比较的硬件</translation>
    </message>
    <message>
        <source>Hardware spec (*.json)</source>
        <translation>硬件规格 (*.json)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>起始页(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>重置缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Undo zoom</source>
        <translation>撤销缩放(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Ridgeline</source>
        <translation>关于 Ridgeline(&amp;A)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>加载 %1</translation>
    </message>
    <message>
        <source>%1 is not a Ridgeline project or spec file.</source>
        <translation>%1 不是 Ridgeline 项目或规格文件。</translation>
    </message>
    <message>
        <source>%1 (embedded)</source>
        <translation>%1（内嵌）</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>No sample projects found in %1.</source>
        <translation>在 %1 中未找到示例项目。</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>Open project or spec</source>
        <translation>打开项目或规格</translation>
    </message>
    <message>
        <source>Ridgeline files (*.json);;All files (*)</source>
        <translation>Ridgeline 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Ridgeline project (*.json)</source>
        <translation>Ridgeline 项目 (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Restore unsaved edits?</source>
        <translation>恢复未保存的编辑？</translation>
    </message>
    <message>
        <source>Ridgeline was closed with unsaved edits (%1, %2). Restore them?</source>
        <translation>Ridgeline 关闭时有未保存的编辑（%1，%2）。是否恢复？</translation>
    </message>
    <message>
        <source>untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>Restored edits</source>
        <translation>已恢复的编辑</translation>
    </message>
    <message>
        <source>Fix the errors in Messages to predict</source>
        <translation>请先修正“消息”中的错误再预测</translation>
    </message>
    <message>
        <source>Pinned the current result as the baseline</source>
        <translation>已将当前结果固定为基线</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>与 %1 比较</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>Cannot apply "%1": %2</source>
        <translation>无法应用“%1”：%2</translation>
    </message>
    <message>
        <source>What-if: %1</source>
        <translation>假设分析：%1</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>点击跳转到该字段</translation>
    </message>
    <message>
        <source>prediction failed: %1</source>
        <translation>预测失败：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Hardware: %1  ·  Model: %2  ·  Scenario: %3</source>
        <translation>硬件：%1  ·  模型：%2  ·  场景：%3</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export operator table</source>
        <translation>导出算子表</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Language (after restart):</source>
        <translation>语言（重启后生效）：</translation>
    </message>
    <message>
        <source>Re-run delay after an edit:</source>
        <translation>编辑后重新运行的延迟：</translation>
    </message>
    <message>
        <source>The language changes when Ridgeline restarts.</source>
        <translation>重启 Ridgeline 后语言才会更改。</translation>
    </message>
    <message>
        <source>About Ridgeline</source>
        <translation>关于 Ridgeline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ridgeline 0.1&lt;/h3&gt;&lt;p&gt;A workbench that predicts, explains and explores the performance of ML workloads on hardware.&lt;/p&gt;&lt;p&gt;Built with Qt %1 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ridgeline 0.1&lt;/h3&gt;&lt;p&gt;一个预测、解释并探索机器学习负载在硬件上性能的工作台。&lt;/p&gt;&lt;p&gt;基于 Qt %1 与 QCustomPlot 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Learned models</source>
        <translation>学习模型</translation>
    </message>
    <message>
        <source>Predictor:</source>
        <translation>预测器：</translation>
    </message>
    <message>
        <source>Model not loaded: %1</source>
        <translation>模型未加载：%1</translation>
    </message>
    <message>
        <source>%1 predicted in %2 (%3)</source>
        <translation>%1，预测耗时 %2（%3）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <source>Simulation failed: %1</source>
        <translation>模拟失败：%1</translation>
    </message>
    <message>
        <source>Cancelled: the results shown are from the last complete run.</source>
        <translation>已取消：显示的是上一次完整运行的结果。</translation>
    </message>
    <message>
        <source>Serving projects simulate requests, not single operators: see the Serving tab.</source>
        <translation>推理服务项目模拟的是请求，而不是单个算子：请查看“推理服务”标签页。</translation>
    </message>
    <message>
        <source>Training simulation is not available yet: Ridgeline does not predict training steps, so this project shows no result. Inference and serving scenarios are predicted.</source>
        <translation>训练模拟尚不可用：Ridgeline 不预测训练步骤，因此此项目没有结果。推理和推理服务场景可以预测。</translation>
    </message>
    <message>
        <source>Training is not simulated yet</source>
        <translation>尚不模拟训练</translation>
    </message>
    <message>
        <source>The project's specs do not fit together:
%1</source>
        <translation>项目的各项规格互不匹配：
%1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Serving and training projects are simulated, not analysed operator by operator: see the Serving or Training tab.</source>
        <translation>服务与训练项目通过模拟得出结果，而非逐个算子分析：请查看“推理服务”或“训练”标签页。</translation>
    </message>
    <message>
        <source>Simulating the training iteration…</source>
        <translation>正在模拟训练迭代…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Open design point</source>
        <translation>打开设计点</translation>
    </message>
    <message>
        <source>Opened %1 as an untitled project</source>
        <translation>已将 %1 作为未命名项目打开</translation>
    </message>
    <message>
        <source>New sweep</source>
        <translation>新建扫描</translation>
    </message>
    <message>
        <source>Open a project first: a sweep varies the fields of a base project.</source>
        <translation>请先打开一个项目：扫描会改变基准项目的字段。</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>数据流</translation>
    </message>
    <message>
        <source>Accelerator, problem, mapping</source>
        <translation>加速器、问题、映射</translation>
    </message>
    <message>
        <source>This project is a dataflow study (an accelerator, a problem and a mapping) without hardware, model and scenario: see the Dataflow tab.</source>
        <translation>此项目是一个数据流研究（加速器、问题和映射），没有硬件、模型和场景：请查看“数据流”选项卡。</translation>
    </message>
    <message>
        <source>Dataflow study: see the Dataflow tab</source>
        <translation>数据流研究：请查看“数据流”选项卡</translation>
    </message>
    <message>
        <source>Dataflow study: %1</source>
        <translation>数据流研究：%1</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>New accelerator, problem or mapping</source>
        <translation>新建加速器、问题或映射</translation>
    </message>
    <message>
        <source>It replaces the open project's hardware as one edit: Edit &gt; Undo brings the old one back.</source>
        <translation>它以一次编辑替换当前项目的硬件：编辑 &gt; 撤销可恢复原来的硬件。</translation>
    </message>
    <message>
        <source>It replaces the open project's model as one edit: Edit &gt; Undo brings the old one back.</source>
        <translation>它以一次编辑替换当前项目的模型：编辑 &gt; 撤销可恢复原来的模型。</translation>
    </message>
    <message>
        <source>It replaces the open project's scenario as one edit: Edit &gt; Undo brings the old one back.</source>
        <translation>它以一次编辑替换当前项目的场景：编辑 &gt; 撤销可恢复原来的场景。</translation>
    </message>
    <message>
        <source>It opens as a new, unsaved project; the other specs start from their blank templates, so a result shows at once.</source>
        <translation>它将作为新的未保存项目打开；其余规格从空白模板开始，因此会立即显示结果。</translation>
    </message>
    <message>
        <source>It opens as a new, unsaved project with the open study's other documents; without a mapping, the mapper finds one.</source>
        <translation>它将与当前研究的其他文档一起作为新的未保存项目打开；若没有映射，映射器会搜索一个。</translation>
    </message>
    <message>
        <source>It opens as a new, unsaved accelerator study; what it lacks comes from the blank templates, and the mapper finds a mapping.</source>
        <translation>它将作为新的未保存加速器研究打开；缺少的部分取自空白模板，映射器会搜索映射。</translation>
    </message>
    <message>
        <source>A mapping needs the accelerator and the problem it maps, and no accelerator study is open. Open the accelerator (or a project with it) first.</source>
        <translation>映射需要它所映射的加速器和问题，但当前没有打开加速器研究。请先打开该加速器（或包含它的项目）。</translation>
    </message>
    <message>
        <source>New %1 from %2</source>
        <translation>从 %2 新建 %1</translation>
    </message>
    <message>
        <source>blank template</source>
        <translation>空白模板</translation>
    </message>
    <message>
        <source>%1 is a mapping: it needs the accelerator and the problem it maps, and no accelerator study is open. Open the accelerator (or a project with it) first, then open the mapping.</source>
        <translation>%1 是一个映射：它需要所映射的加速器和问题，但当前没有打开加速器研究。请先打开该加速器（或包含它的项目），再打开此映射。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 运行于 %2</translation>
    </message>
    <message>
        <source>Untitled accelerator study</source>
        <translation>未命名加速器研究</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>rl::gui::PredictorChooser</name>
    <message>
        <source>Predictor for this project's runs</source>
        <translation>本项目运行所用的预测器</translation>
    </message>
    <message>
        <source>Roofline (analytical)</source>
        <translation>屋顶线（解析）</translation>
    </message>
    <message>
        <source>Model trained on the Learned models page</source>
        <translation>在“学习模型”页面上训练的模型</translation>
    </message>
    <message>
        <source>Model file: none</source>
        <translation>模型文件：无</translation>
    </message>
    <message>
        <source>Load model file…</source>
        <translation>加载模型文件…</translation>
    </message>
    <message>
        <source>trained in this session</source>
        <translation>在本次会话中训练</translation>
    </message>
    <message>
        <source>Model file: %1</source>
        <translation>模型文件：%1</translation>
    </message>
    <message>
        <source>Learned model</source>
        <translation>学习模型</translation>
    </message>
    <message>
        <source>Ridgeline learned model (*.json)</source>
        <translation>Ridgeline 学习模型 (*.json)</translation>
    </message>
</context>
<context>
    <name>rl::views</name>
    <message>
        <source>unknown image format '%1' (use png, pdf or svg)</source>
        <translation>未知图像格式“%1”（请使用 png、pdf 或 svg）</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Dense peak math rate for this data type, e.g. "312 TFLOP/s".</source>
        <translation>该数据类型的稠密峰值算力，例如 "312 TFLOP/s"。</translation>
    </message>
    <message>
        <source>Fraction of the peak a well-tuned kernel reaches for this data type, in (0, 1].</source>
        <translation>优化良好的内核在该数据类型上能达到的峰值比例，取值 (0, 1]。</translation>
    </message>
    <message>
        <source>Data type of this tensor class: fp32, bf16, fp16, fp8, int8 or int4.</source>
        <translation>该张量类别的数据类型：fp32、bf16、fp16、fp8、int8 或 int4。</translation>
    </message>
    <message>
        <source>Number of devices along this parallelism dimension.</source>
        <translation>沿该并行维度的设备数量。</translation>
    </message>
    <message>
        <source>the hardware spec has no compute peaks to scale</source>
        <translation>硬件规格中没有可缩放的峰值算力</translation>
    </message>
    <message>
        <source>the hardware spec has no interconnect bandwidth to scale</source>
        <translation>硬件规格中没有可缩放的互连带宽</translation>
    </message>
    <message>
        <source>the what-if scales by %1, not a positive factor</source>
        <translation>该假设分析的缩放值为 %1，不是正因子</translation>
    </message>
    <message>
        <source>the hardware spec has no bandwidth for memory level %1 (%2)</source>
        <translation>硬件规格中没有存储层级 %1（%2）的带宽</translation>
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
        <translation>最大词元间隔</translation>
    </message>
    <message>
        <source>end-to-end</source>
        <translation>端到端</translation>
    </message>
    <message>
        <source>scheduling delay</source>
        <translation>调度延迟</translation>
    </message>
    <message>
        <source>SLO: p99 %1 ≤ %2</source>
        <translation>SLO：p99 %1 ≤ %2</translation>
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
        <translation>批大小（序列）</translation>
    </message>
    <message>
        <source>KV cache (% used)</source>
        <translation>KV 缓存（已用 %）</translation>
    </message>
    <message>
        <source>Queue (requests)</source>
        <translation>队列（请求）</translation>
    </message>
    <message>
        <source>no SLO set</source>
        <translation>未设置 SLO</translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation>已服务请求</translation>
    </message>
    <message>
        <source>Requests rejected</source>
        <translation>已拒绝请求</translation>
    </message>
    <message>
        <source>Preemptions</source>
        <translation>抢占次数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出词元</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>输入词元</translation>
    </message>
    <message>
        <source>Goodput (within SLO)</source>
        <translation>有效吞吐（满足 SLO）</translation>
    </message>
    <message>
        <source>SLO attainment</source>
        <translation>SLO 达成率</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Energy per million tokens</source>
        <translation>每百万词元能耗</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>每百万词元成本</translation>
    </message>
    <message>
        <source>KV-cache blocks per replica</source>
        <translation>每副本 KV 缓存块数</translation>
    </message>
    <message>
        <source>%1 p50 / p99</source>
        <translation>%1 p50 / p99</translation>
    </message>
    <message>
        <source>Time between tokens</source>
        <translation>词元间隔时间</translation>
    </message>
    <message>
        <source>End-to-end</source>
        <translation>端到端</translation>
    </message>
    <message>
        <source>Scheduling delay</source>
        <translation>调度延迟</translation>
    </message>
    <message>
        <source>Capacity within SLO</source>
        <translation>满足 SLO 的容量</translation>
    </message>
    <message>
        <source>%1 served</source>
        <translation>已服务 %1</translation>
    </message>
    <message>
        <source>req</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>goodput %1</source>
        <translation>有效吞吐 %1</translation>
    </message>
    <message>
        <source>SLO met %1</source>
        <translation>SLO 达成 %1</translation>
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
        <translation>已拒绝 %1</translation>
    </message>
    <message>
        <source>%1 preemptions</source>
        <translation>抢占 %1 次</translation>
    </message>
    <message>
        <source>the scenario has no "serving" section</source>
        <translation>场景中没有 "serving" 部分</translation>
    </message>
    <message>
        <source>the what-if carries no usable value (%1)</source>
        <translation>该假设分析没有可用的值（%1）</translation>
    </message>
    <message>
        <source>the scenario has no "training" section</source>
        <translation>场景中没有 "training" 部分</translation>
    </message>
    <message>
        <source>no power data in the spec</source>
        <translation>无功耗数据</translation>
    </message>
    <message>
        <source>no price in the spec</source>
        <translation>未给出价格</translation>
    </message>
    <message>
        <source>no tokens generated</source>
        <translation>未生成词元</translation>
    </message>
</context>
<context>
    <name>rl::views::ExplanationView</name>
    <message>
        <source>Whole run</source>
        <translation>整个运行</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>Predicted time</source>
        <translation>预测时间</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>Selected operator</source>
        <translation>选中的算子</translation>
    </message>
    <message>
        <source>Click an operator in the roofline, the traffic chart or the table.</source>
        <translation>在屋顶线图、访存图或表格中点击一个算子。</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Lower bound on time</source>
        <translation>时间下界</translation>
    </message>
    <message>
        <source>vs binding</source>
        <translation>相对瓶颈</translation>
    </message>
    <message>
        <source>Scale %1 by %2 in the hardware spec (undoable)</source>
        <translation>在硬件规格中将 %1 乘以 %2（可撤销）</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>尚无结果。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 运行于 %2</translation>
    </message>
    <message>
        <source>Predicted time: &lt;b&gt;%1&lt;/b&gt;, %2, %3 (predictor: %4).</source>
        <translation>预测时间：&lt;b&gt;%1&lt;/b&gt;，%2，%3（预测器：%4）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 × %3 = %4, %5 of the run</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 × %3 = %4，占运行的 %5</translation>
    </message>
    <message>
        <source>Bound by %1.</source>
        <translation>受限于 %1。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply %1 to the scenario spec (undoable)</source>
        <translation>将 %1 应用到场景规格（可撤销）</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>新时间</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Each step takes longer</source>
        <translation>每一步耗时更长</translation>
    </message>
    <message>
        <source>Each step takes less time</source>
        <translation>每一步耗时更短</translation>
    </message>
    <message>
        <source>Apply %1 to the hardware spec (undoable)</source>
        <translation>将 %1 应用到硬件规格（可撤销）</translation>
    </message>
    <message>
        <source>New time per step / old time: above 1× is slower</source>
        <translation>每步新时间 / 旧时间：大于 1× 表示更慢</translation>
    </message>
    <message>
        <source>Work done per second, new / old</source>
        <translation>每秒完成的工作量，新 / 旧</translation>
    </message>
</context>
<context>
    <name>rl::views::FieldDocs</name>
    <message>
        <source>Display name.</source>
        <translation>显示名称。</translation>
    </message>
    <message>
        <source>Manufacturer.</source>
        <translation>制造商。</translation>
    </message>
    <message>
        <source>What this spec describes (hardware: gpu, tpu, cpu, edge, accelerator; scenario: inference, serving, training).</source>
        <translation>该规格描述的对象（硬件：gpu、tpu、cpu、edge、accelerator；场景：inference、serving、training）。</translation>
    </message>
    <message>
        <source>Where the numbers come from (datasheet, paper).</source>
        <translation>数据来源（数据手册、论文）。</translation>
    </message>
    <message>
        <source>Other names of the device in measurement files, comma separated.</source>
        <translation>该设备在测量文件中的其他名称，以逗号分隔。</translation>
    </message>
    <message>
        <source>Compute units (SMs, cores, PEs).</source>
        <translation>计算单元数（SM、核心、PE）。</translation>
    </message>
    <message>
        <source>Boost clock, e.g. "1.41 GHz".</source>
        <translation>加速频率，例如 "1.41 GHz"。</translation>
    </message>
    <message>
        <source>Energy of one operation, e.g. "0.6 pJ/FLOP".</source>
        <translation>单次运算的能耗，例如 "0.6 pJ/FLOP"。</translation>
    </message>
    <message>
        <source>Capacity per instance, e.g. "80 GiB" or "192 KiB".</source>
        <translation>每个实例的容量，例如 "80 GiB" 或 "192 KiB"。</translation>
    </message>
    <message>
        <source>How many copies of this level exist (e.g. one L1 per SM).</source>
        <translation>该层级的副本数量（例如每个 SM 一个 L1）。</translation>
    </message>
    <message>
        <source>Aggregate bandwidth of the level, e.g. "2039 GB/s". Drag the slider to scale it live.</source>
        <translation>该层级的总带宽，例如 "2039 GB/s"。拖动滑块可实时缩放。</translation>
    </message>
    <message>
        <source>Fraction of the bandwidth a streaming kernel reaches, in (0, 1].</source>
        <translation>流式内核能达到的带宽比例，取值 (0, 1]。</translation>
    </message>
    <message>
        <source>Energy per byte read, e.g. "7 pJ/B".</source>
        <translation>每读取一字节的能耗，例如 "7 pJ/B"。</translation>
    </message>
    <message>
        <source>Energy per byte written, e.g. "7 pJ/B".</source>
        <translation>每写入一字节的能耗，例如 "7 pJ/B"。</translation>
    </message>
    <message>
        <source>Access or message latency, e.g. "500 ns".</source>
        <translation>访问或消息延迟，例如 "500 ns"。</translation>
    </message>
    <message>
        <source>Interconnect topology: switch, ring, torus or mesh.</source>
        <translation>互连拓扑：switch、ring、torus 或 mesh。</translation>
    </message>
    <message>
        <source>Devices along this interconnect dimension.</source>
        <translation>沿该互连维度的设备数。</translation>
    </message>
    <message>
        <source>Bandwidth per device per direction, e.g. "300 GB/s".</source>
        <translation>每个设备每个方向的带宽，例如 "300 GB/s"。</translation>
    </message>
    <message>
        <source>Thermal design power, e.g. "400 W".</source>
        <translation>热设计功耗，例如 "400 W"。</translation>
    </message>
    <message>
        <source>Die area, e.g. "826 mm2".</source>
        <translation>芯片面积，例如 "826 mm2"。</translation>
    </message>
    <message>
        <source>Rental price, e.g. "1.80 USD/h".</source>
        <translation>租用价格，例如 "1.80 USD/h"。</translation>
    </message>
    <message>
        <source>Fixed overhead per kernel launch, e.g. "4 us".</source>
        <translation>每次内核启动的固定开销，例如 "4 us"。</translation>
    </message>
    <message>
        <source>The parameter count the model is known by.</source>
        <translation>该模型公开的参数量。</translation>
    </message>
    <message>
        <source>Hugging Face model family (llama, mistral, mixtral, qwen2, gpt2, opt, falcon, bert).</source>
        <translation>Hugging Face 模型家族（llama、mistral、mixtral、qwen2、gpt2、opt、falcon、bert）。</translation>
    </message>
    <message>
        <source>Width of the residual stream (d_model).</source>
        <translation>残差流宽度（d_model）。</translation>
    </message>
    <message>
        <source>Width of the MLP (per expert for MoE).</source>
        <translation>MLP 宽度（MoE 中为每个专家）。</translation>
    </message>
    <message>
        <source>Query heads per layer.</source>
        <translation>每层的查询头数。</translation>
    </message>
    <message>
        <source>Key/value heads per layer (fewer than query heads for GQA, 1 for MQA).</source>
        <translation>每层的键/值头数（GQA 少于查询头，MQA 为 1）。</translation>
    </message>
    <message>
        <source>Transformer blocks.</source>
        <translation>Transformer 块数。</translation>
    </message>
    <message>
        <source>Tokens in the vocabulary (embedding and LM head rows).</source>
        <translation>词表中的词元数（嵌入层与 LM 头的行数）。</translation>
    </message>
    <message>
        <source>Longest context the model supports.</source>
        <translation>模型支持的最长上下文。</translation>
    </message>
    <message>
        <source>Experts per MoE layer (0 or absent for dense models).</source>
        <translation>每个 MoE 层的专家数（稠密模型为 0 或不填）。</translation>
    </message>
    <message>
        <source>Experts each token is routed to (top-k).</source>
        <translation>每个词元路由到的专家数（top-k）。</translation>
    </message>
    <message>
        <source>MLP activation (silu, gelu, relu).</source>
        <translation>MLP 激活函数（silu、gelu、relu）。</translation>
    </message>
    <message>
        <source>Sequences processed together.</source>
        <translation>同时处理的序列数。</translation>
    </message>
    <message>
        <source>Prompt length per sequence (prefill).</source>
        <translation>每个序列的提示长度（预填充）。</translation>
    </message>
    <message>
        <source>Tokens generated per sequence (decode steps).</source>
        <translation>每个序列生成的词元数（解码步数）。</translation>
    </message>
    <message>
        <source>Fused attention kernel: the score matrix never goes to memory.</source>
        <translation>融合注意力内核：分数矩阵不写入内存。</translation>
    </message>
</context>
<context>
    <name>rl::views::LearnedModelsPage</name>
    <message>
        <source>Add measurements…</source>
        <translation>添加测量数据…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Hybrid (learned efficiency x roofline)</source>
        <translation>混合（学习的效率 × 屋顶线）</translation>
    </message>
    <message>
        <source>Learned (time directly)</source>
        <translation>学习（直接预测时间）</translation>
    </message>
    <message>
        <source>Gradient-boosted trees (XGBoost)</source>
        <translation>梯度提升树（XGBoost）</translation>
    </message>
    <message>
        <source>Neural network (MLP)</source>
        <translation>神经网络（MLP）</translation>
    </message>
    <message>
        <source>Leave one device out of training and evaluate on it (transfer to an unseen device)</source>
        <translation>训练时留出一个设备并在其上评估（迁移到未见过的设备）</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>保存模型…</translation>
    </message>
    <message>
        <source>Add CSV measurements (generic, NeuSight or VIDUR format) to start.</source>
        <translation>添加 CSV 测量数据（通用、NeuSight 或 VIDUR 格式）以开始。</translation>
    </message>
    <message>
        <source>Predictor:</source>
        <translation>预测器：</translation>
    </message>
    <message>
        <source>Hold out:</source>
        <translation>留出：</translation>
    </message>
    <message>
        <source>Measured time (s)</source>
        <translation>实测时间 (s)</translation>
    </message>
    <message>
        <source>Predicted time (s)</source>
        <translation>预测时间 (s)</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Roofline MAPE</source>
        <translation>屋顶线 MAPE</translation>
    </message>
    <message>
        <source>Model MAPE</source>
        <translation>模型 MAPE</translation>
    </message>
    <message>
        <source>Kendall τ</source>
        <translation>Kendall τ</translation>
    </message>
    <message>
        <source>Measured kernel times</source>
        <translation>实测内核时间</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) skipped, first: %1</source>
        <translation>
            <numerusform>；跳过 %n 行，第一处：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) with a warning, first: %1</source>
        <translation>
            <numerusform>；%n 行有警告，第一处：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>none (fit on all)</source>
        <translation>无（在全部数据上拟合）</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>±10%</source>
        <translation>±10%</translation>
    </message>
    <message>
        <source>y = x</source>
        <translation>y = x</translation>
    </message>
    <message>
        <source>operators</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Ridgeline learned model (*.json)</source>
        <translation>Ridgeline 学习模型 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Training is not available in this build.</source>
        <translation>此构建不支持训练。</translation>
    </message>
    <message>
        <source>Train a model to compare its predictions with the measurements.</source>
        <translation>训练一个模型，将其预测与测量值进行比较。</translation>
    </message>
    <message>
        <source>Sample dataset: %1 kernels (GEMM, convolution, add) measured by ridgeline-cli profile on a 2-core AMD EPYC VM, with 2 threads and with 1 (samples/datasets/README.md). Train to fit a model, or Clear and add your own measurements.</source>
        <translation>示例数据集：%1 个内核（GEMM、卷积、加法），由 ridgeline-cli profile 在一台双核 AMD EPYC 虚拟机上分别以 2 个线程和 1 个线程测得（samples/datasets/README.md）。可训练模型，或点击“清除”后添加您自己的测量数据。</translation>
    </message>
    <message>
        <source>There is no trained model to save.</source>
        <translation>没有可保存的已训练模型。</translation>
    </message>
    <message>
        <source>Unsaved model</source>
        <translation>未保存的模型</translation>
    </message>
    <message>
        <source>The model trained on the Learned models page has not been saved and will be lost. Save it?</source>
        <translation>在“学习模型”页面上训练的模型尚未保存，将会丢失。是否保存？</translation>
    </message>
    <message>
        <source>all operators</source>
        <translation>全部算子</translation>
    </message>
    <message>
        <source>all devices</source>
        <translation>所有设备</translation>
    </message>
</context>
<context>
    <name>rl::views::OperatorTableModel</name>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>FLOPs each</source>
        <translation>每次 FLOPs</translation>
    </message>
    <message>
        <source>%1 bytes each</source>
        <translation>每次 %1 字节</translation>
    </message>
    <message>
        <source>Intensity (%1)</source>
        <translation>算术强度（%1）</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>实际达到</translation>
    </message>
    <message>
        <source>Bound by</source>
        <translation>受限于</translation>
    </message>
    <message>
        <source>Δ time vs baseline</source>
        <translation>相对基线的时间变化</translation>
    </message>
    <message>
        <source>Not in the layer stack (embedding, final norm, LM head, …)</source>
        <translation>不在层堆叠中（嵌入、最终归一化、LM 头等）</translation>
    </message>
    <message>
        <source>One row for %1 identical layers (%2 to %3)</source>
        <translation>一行代表 %1 个相同的层（%2 至 %3）</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>kernel launch</source>
        <translation>内核启动</translation>
    </message>
    <message>
        <source>compute %1</source>
        <translation>计算 %1</translation>
    </message>
    <message>
        <source>vector %1</source>
        <translation>向量计算 %1</translation>
    </message>
</context>
<context>
    <name>rl::views::OperatorTableView</name>
    <message>
        <source>Filter operators (name, kind, phase, bound)…</source>
        <translation>筛选算子（名称、类型、阶段、瓶颈）…</translation>
    </message>
</context>
<context>
    <name>rl::views::RequestTableModel</name>
    <message>
        <source>served</source>
        <translation>已服务</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Scheduling delay</source>
        <translation>调度延迟</translation>
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
        <translation>最大间隔</translation>
    </message>
    <message>
        <source>End-to-end</source>
        <translation>端到端</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>提示词元</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出词元</translation>
    </message>
    <message>
        <source>Preemptions</source>
        <translation>抢占次数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>rl::views::RooflineView</name>
    <message>
        <source>Memory level:</source>
        <translation>内存层级：</translation>
    </message>
    <message>
        <source>Operators are placed by their arithmetic intensity at this level</source>
        <translation>算子按其在该层级上的算术强度放置</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Binding resource</source>
        <translation>瓶颈资源</translation>
    </message>
    <message>
        <source>Ceilings</source>
        <translation>上限线</translation>
    </message>
    <message>
        <source>Show or hide individual ceilings</source>
        <translation>显示或隐藏各条上限线</translation>
    </message>
    <message>
        <source>Zoom box</source>
        <translation>框选缩放</translation>
    </message>
    <message>
        <source>Drag a rectangle to zoom (otherwise dragging pans)</source>
        <translation>拖出矩形进行缩放（否则拖动为平移）</translation>
    </message>
    <message>
        <source>Undo zoom</source>
        <translation>撤销缩放</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Arithmetic intensity (FLOP/byte)</source>
        <translation>算术强度（FLOP/字节）</translation>
    </message>
    <message>
        <source>Performance (FLOP/s)</source>
        <translation>性能（FLOP/s）</translation>
    </message>
    <message>
        <source>ridge %1 (%2)</source>
        <translation>拐点 %1（%2）</translation>
    </message>
    <message>
        <source>Ridge points</source>
        <translation>拐点</translation>
    </message>
    <message>
        <source>No result yet: open a project or run a prediction.</source>
        <translation>尚无结果：请打开项目或运行预测。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n operator(s) plotted; dot area ∝ share of time</source>
        <translation>
            <numerusform>已绘制 %n 个算子；点面积 ∝ 时间占比</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without FLOPs or traffic at this level not shown</source>
        <translation>
            <numerusform>%n 个在该层级无 FLOPs 或流量的算子未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>%1: %2 time</source>
        <translation>%1：时间 %2</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>屋顶线</translation>
    </message>
    <message>
        <source>Roofline: %1 on %2</source>
        <translation>屋顶线：%1 运行于 %2</translation>
    </message>
    <message>
        <source>time: %1 × %2 = %3 (%4 of total)</source>
        <translation>时间：%1 × %2 = %3（占总时间 %4）</translation>
    </message>
    <message>
        <source>work: %1; attained %2</source>
        <translation>计算量：%1；实际达到 %2</translation>
    </message>
    <message>
        <source>%1: %2, intensity %3</source>
        <translation>%1：%2，算术强度 %3</translation>
    </message>
    <message>
        <source>bound by: %1</source>
        <translation>受限于：%1</translation>
    </message>
    <message>
        <source>vs baseline: %1 time</source>
        <translation>相对基线：时间 %1</translation>
    </message>
    <message>
        <source>Drag a rectangle to zoom every view to the operators in it (otherwise dragging pans)</source>
        <translation>拖出矩形，将所有视图缩放到其中的算子（否则拖动为平移）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Undo the last zoom step (Alt+Left, or the mouse's back button)</source>
        <translation>撤销上一步缩放（Alt+左方向键或鼠标后退键）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Show the operators of the previous, wider zoom</source>
        <translation>显示上一个更宽缩放中的算子</translation>
    </message>
    <message>
        <source>Show every operator and the whole roofline</source>
        <translation>显示所有算子和完整的 Roofline</translation>
    </message>
    <message>
        <source>Zoomed to %1 operator(s): Back or Reset zoom shows all</source>
        <translation>已缩放到 %1 个算子：“后退”或“重置缩放”显示全部</translation>
    </message>
    <message>
        <source>Filter: “%1”</source>
        <translation>筛选：“%1”</translation>
    </message>
    <message>
        <source>achievable (%1 of %2)</source>
        <translation>可达（%2 的 %1）</translation>
    </message>
    <message>
        <source>launch-bound: FLOP/s ≤ FLOPs ÷ %1 launch</source>
        <translation>受启动限制：FLOP/s ≤ FLOPs ÷ %1 启动</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Show the baseline's roofline beside the current one, on the same axes (otherwise one chart with arrows from the baseline)</source>
        <translation>在当前 Roofline 旁显示基线的 Roofline，坐标轴相同（否则为一张带基线箭头的图）</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>基线：%1</translation>
    </message>
    <message>
        <source>Datasheet peak</source>
        <translation>规格峰值</translation>
    </message>
    <message>
        <source>Launch cap</source>
        <translation>启动上限</translation>
    </message>
    <message>
        <source>vs %1: %2</source>
        <translation>对比 %1：%2</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>launch cap (the bar over the dot): %1 ÷ %2 launch = %3. Faster compute or memory cannot lift it above this; fusing it with its neighbours or launching many as one graph can.</source>
        <translation>启动上限（点上方的横条）：%1 ÷ %2 启动 = %3。更快的算力或内存无法使其超过此值；与相邻算子融合或以一个图批量启动可以。</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>（%2 的 %1）</translation>
    </message>
    <message>
        <source>ridge %1</source>
        <translation>拐点 %1</translation>
    </message>
</context>
<context>
    <name>rl::views::ServingPage</name>
    <message>
        <source>Find capacity</source>
        <translation>查找容量</translation>
    </message>
    <message>
        <source>Search the highest arrival rate that meets the scenario's SLOs; every trial is plotted on the Capacity tab as it finishes.</source>
        <translation>搜索满足场景 SLO 的最高到达率；每次试验完成后都会绘制在“容量”标签页上。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Click a request to see the span of its iterations.</source>
        <translation>点击一个请求以查看其迭代的时间跨度。</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Throughput and goodput</source>
        <translation>吞吐量与有效吞吐</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Why, and what would help</source>
        <translation>原因及改进方法</translation>
    </message>
    <message>
        <source>What if (re-simulated)</source>
        <translation>假设分析（重新模拟）</translation>
    </message>
    <message>
        <source>Searching capacity…</source>
        <translation>正在搜索容量…</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>正在模拟…</translation>
    </message>
    <message>
        <source>This result has no serving report: the scenario is not a serving scenario.</source>
        <translation>此结果没有推理服务报告：该场景不是推理服务场景。</translation>
    </message>
    <message>
        <source>No serving result yet.</source>
        <translation>尚无推理服务结果。</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>目前：%1</translation>
    </message>
    <message>
        <source>Request %1 never ran.</source>
        <translation>请求 %1 从未运行。</translation>
    </message>
    <message>
        <source>Request %1 never ran: %2</source>
        <translation>请求 %1 从未运行：%2</translation>
    </message>
    <message>
        <source>Request %1 ran on replica %2 from %3 to %4, during %5 iterations of that replica; the timeline shows that span.</source>
        <translation>请求 %1 在副本 %2 上从 %3 运行到 %4，历经该副本的 %5 次迭代；时间线显示了这一跨度。</translation>
    </message>
    <message>
        <source> (%1 requests)</source>
        <translation>（%1 个请求）</translation>
    </message>
    <message>
        <source>Request latency</source>
        <translation>请求延迟</translation>
    </message>
    <message>
        <source>Token latency</source>
        <translation>词元延迟</translation>
    </message>
    <message>
        <source>Latency (log scale)</source>
        <translation>延迟（对数刻度）</translation>
    </message>
    <message>
        <source>Requests at or below (%)</source>
        <translation>不超过该值的请求（%）</translation>
    </message>
    <message>
        <source>TBT, every gap</source>
        <translation>TBT，每个间隔</translation>
    </message>
    <message>
        <source>Batch size, KV-cache use and queue length per replica</source>
        <translation>每副本的批大小、KV 缓存占用和队列长度</translation>
    </message>
    <message>
        <source>Simulated time (s)</source>
        <translation>模拟时间（s）</translation>
    </message>
    <message>
        <source>replica %1</source>
        <translation>副本 %1</translation>
    </message>
    <message>
        <source>Capacity search: press Find capacity</source>
        <translation>容量搜索：请点击“查找容量”</translation>
    </message>
    <message>
        <source>Capacity search: p99 latency per trial rate</source>
        <translation>容量搜索：每个试验到达率的 p99 延迟</translation>
    </message>
    <message>
        <source>Arrival rate (requests/s)</source>
        <translation>到达率（请求/s）</translation>
    </message>
    <message>
        <source>p99 latency (log scale)</source>
        <translation>p99 延迟（对数刻度）</translation>
    </message>
    <message>
        <source>p99 %1</source>
        <translation>p99 %1</translation>
    </message>
    <message>
        <source>misses the SLO</source>
        <translation>未达到 SLO</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>容量 %1</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>The explanation follows the full run.</source>
        <translation>完整运行结束后给出解释。</translation>
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
        <translation>抢占 %1</translation>
    </message>
    <message>
        <source>output %1 tokens/s</source>
        <translation>输出 %1 词元/s</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Change the scenario accordingly and simulate again (undoable)</source>
        <translation>相应修改场景并重新模拟（可撤销）</translation>
    </message>
</context>
<context>
    <name>rl::views::SpecEditor</name>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Start from a sample or from your own library</source>
        <translation>从示例或自己的库开始</translation>
    </message>
    <message>
        <source>Save to my library</source>
        <translation>保存到我的库</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <source>Scale from 0.1× to 10× of %1</source>
        <translation>在 %1 的 0.1× 到 10× 之间缩放</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · valid</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 有效</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · &lt;span style='color:#d32f2f'&gt;%n problem(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · &lt;span style='color:#d32f2f'&gt;%n 个问题&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters: %1 (active per token %2) · KV cache: %3 per token at 16 bit · %4 per token forward</source>
        <translation>参数量：%1（每个词元激活 %2）· KV 缓存：16 位下每个词元 %3 · 每个词元前向 %4</translation>
    </message>
    <message>
        <source>Parameters: %1 M · %2 GMAC per image</source>
        <translation>参数量：%1 M · 每张图像 %2 GMAC</translation>
    </message>
    <message>
        <source>Derived figures appear when the model is valid.</source>
        <translation>模型有效后将显示推导数据。</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>编辑 JSON</translation>
    </message>
    <message>
        <source>(library is empty)</source>
        <translation>（库为空）</translation>
    </message>
    <message>
        <source>My library</source>
        <translation>我的库</translation>
    </message>
    <message>
        <source>Load %1 from library</source>
        <translation>从库中加载 %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1（已编辑）</translation>
    </message>
    <message>
        <source>%1 (edited from %2)</source>
        <translation>%1（由 %2 编辑而来）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1 (its defaults apply)</source>
        <translation>移除%1（使用默认值）</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>上移%1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>下移%1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除%1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add %1 to the file</source>
        <translation>将%1添加到文件</translation>
    </message>
    <message>
        <source>Add %1: the file needs it</source>
        <translation>添加%1：文件必须包含此项</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Remove %1 (the default applies)</source>
        <translation>移除%1（使用默认值）</translation>
    </message>
    <message>
        <source>(edited elsewhere)</source>
        <translation>（在别处编辑）</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
<message numerus="yes"><source>%n problem(s)</source><translation><numerusform>%n 个问题</numerusform></translation></message></context>
<context>
    <name>rl::views::StartPage</name>
    <message>
        <source>Predict, explain and explore the performance of ML workloads on hardware.</source>
        <translation>预测、解释并探索机器学习负载在硬件上的性能。</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Sample projects</source>
        <translation>示例项目</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <source>No sample projects found in %1</source>
        <translation>在 %1 中未找到示例项目</translation>
    </message>
    <message>
        <source>Sweep: %1</source>
        <translation>扫描：%1</translation>
    </message>
    <message>
        <source>Accelerator: %1</source>
        <translation>加速器：%1</translation>
    </message>
</context>
<context>
    <name>rl::views::TimelineScene</name>
    <message>
        <source>category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>start: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>duration: %1</source>
        <translation>时长：%1</translation>
    </message>
    <message>
        <source>track: %1 / %2</source>
        <translation>轨道：%1 / %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>event #%1</source>
        <translation>事件 #%1</translation>
    </message>
</context>
<context>
    <name>rl::views::TimelineView</name>
    <message>
        <source>No timeline: run a prediction to see its operators or iterations along time.</source>
        <translation>无时间线：运行一次预测以查看其算子或迭代随时间的分布。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the whole timeline (or double-click it)</source>
        <translation>显示整条时间线（或双击时间线）</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <source>Zoom to the selected event and the events of the selected operator</source>
        <translation>缩放到所选事件及所选算子的事件</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · Shift+drag: zoom to a range · click: select</source>
        <translation>滚轮：缩放 · 拖动：平移 · Shift+拖动：缩放到区间 · 单击：选择</translation>
    </message>
    <message>
        <source>Cannot draw this timeline: %1</source>
        <translation>无法绘制此时间线：%1</translation>
    </message>
</context>
<context>
    <name>rl::views::TrafficView</name>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>optimizer state</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Per memory level</source>
        <translation>按内存层级</translation>
    </message>
    <message>
        <source>Per phase</source>
        <translation>按阶段</translation>
    </message>
    <message>
        <source>Per layer</source>
        <translation>按层</translation>
    </message>
    <message>
        <source>Per operator (top 30)</source>
        <translation>按算子（前 30）</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Memory level for the per-phase, per-layer and per-operator views</source>
        <translation>按阶段、按层和按算子视图所用的内存层级</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Time at level bandwidth</source>
        <translation>按层级带宽折算的时间</translation>
    </message>
    <message>
        <source>Time = bytes / the level's effective bandwidth</source>
        <translation>时间 = 字节数 / 该层级的有效带宽</translation>
    </message>
    <message>
        <source>Memory traffic</source>
        <translation>内存流量</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Memory level</source>
        <translation>内存层级</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Bytes moved (%1)</source>
        <translation>传输字节（%1）</translation>
    </message>
    <message>
        <source>Time to move at effective bandwidth (%1)</source>
        <translation>按有效带宽的传输时间（%1）</translation>
    </message>
    <message>
        <source>all levels</source>
        <translation>所有层级</translation>
    </message>
    <message>
        <source>Memory traffic by tensor class (%1)</source>
        <translation>按张量类别的内存流量（%1）</translation>
    </message>
    <message>
        <source>total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>%1; zoomed to %2 operator(s)</source>
        <translation>%1；已缩放到 %2 个算子</translation>
    </message>
    <message>
        <source>%1; filter “%2”</source>
        <translation>%1；筛选“%2”</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1 (– outside the layer stack)</source>
        <translation>%1（– 不在层堆叠中）</translation>
    </message>
    <message>
        <source>%1 (%2 without traffic not shown)</source>
        <translation>%1（%2 个无流量，未显示）</translation>
    </message>
    <message>
        <source>%1 layers alike, %2 runs in all</source>
        <translation>%1 个相同的层，共运行 %2 次</translation>
    </message>
    <message>
        <source>%1 runs in all</source>
        <translation>共运行 %1 次</translation>
    </message>
    <message>
        <source>This result has no operator records, so no traffic to show.
A training iteration is broken down on the Training tab.</source>
        <translation>此结果没有算子记录，因此没有可显示的流量。
训练迭代的分解见“训练”选项卡。</translation>
    </message>
    <message>
        <source>No traffic at this level for the operators shown.</source>
        <translation>所示算子在此层级上没有流量。</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Memory traffic by tensor class per GPU per iteration (%1)</source>
        <translation>每 GPU 每次迭代按张量类别的内存流量（%1）</translation>
    </message>
</context>
<context>
    <name>rl::views::TrainingPage</name>
    <message>
        <source>No training result yet.</source>
        <translation>尚无训练结果。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Per GPU per iteration on the stage that finishes last. Size as NCCL-tests sizes a collective; bus bandwidth in its convention; exposed: the time not hidden under compute. Hover a row for the simulator's name of it.</source>
        <translation>按每个 GPU、每次迭代统计，取最后完成的流水线阶段。大小按 NCCL-tests 的约定计算；总线带宽亦按其约定；暴露时间：未被计算掩盖的时间。将鼠标悬停在某行上可查看其在模拟器中的名称。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Step breakdown</source>
        <translation>迭代时间分解</translation>
    </message>
    <message>
        <source>Memory per GPU</source>
        <translation>每 GPU 内存</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>集合通信</translation>
    </message>
    <message>
        <source>Configuration search</source>
        <translation>配置搜索</translation>
    </message>
    <message>
        <source>Ranks shown: every pipeline stage at</source>
        <translation>显示的 rank：每个流水线阶段，取</translation>
    </message>
    <message>
        <source>DP index </source>
        <translation>DP 索引 </translation>
    </message>
    <message>
        <source>TP index </source>
        <translation>TP 索引 </translation>
    </message>
    <message>
        <source>CP index </source>
        <translation>CP 索引 </translation>
    </message>
    <message>
        <source>The TP, CP and DP peers of a pipeline stage run alike, so one rank per stage is simulated; choose the indices of the ranks to show.</source>
        <translation>同一流水线阶段的 TP、CP 和 DP 对等 rank 行为相同，因此每个阶段只模拟一个 rank；请选择要显示的 rank 的索引。</translation>
    </message>
    <message>
        <source>Search configurations</source>
        <translation>搜索配置</translation>
    </message>
    <message>
        <source>Simulate every TP, PP, interleave, DP, micro-batch, ZeRO stage and recompute choice that fits in memory on all of the hardware's GPUs, fastest first.</source>
        <translation>在该硬件的全部 GPU 上，模拟所有能放入内存的 TP、PP、交错、DP、微批次、ZeRO 阶段与重计算组合，最快的排在最前。</translation>
    </message>
    <message>
        <source>Why, and what would help</source>
        <translation>原因及改进建议</translation>
    </message>
    <message>
        <source>What if (re-simulated)</source>
        <translation>假设分析（重新模拟）</translation>
    </message>
    <message>
        <source>Simulation failed: %1</source>
        <translation>模拟失败：%1</translation>
    </message>
    <message>
        <source>Cancelled: the results shown are from the last complete run.</source>
        <translation>已取消：显示的是上一次完整运行的结果。</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message>
        <source>The hardware, model or batch changed: search again.</source>
        <translation>硬件、模型或批次已更改：请重新搜索。</translation>
    </message>
    <message>
        <source>Simulating every plan that fits…</source>
        <translation>正在模拟所有可行方案…</translation>
    </message>
    <message>
        <source>%1 of %2 valid plans fit in memory (%3 do not), fastest first. Click a row to load it into the scenario.</source>
        <translation>%2 个有效方案中有 %1 个能放入内存（%3 个不能），最快的排在最前。点击某行即可将其载入场景。</translation>
    </message>
    <message>
        <source>TP %1 × PP %2 × DP %3, interleave %4, micro-batch %5, ZeRO %6</source>
        <translation>TP %1 × PP %2 × DP %3，交错 %4，微批次 %5，ZeRO %6</translation>
    </message>
    <message>
        <source>%1 pipeline stages × %2 streams</source>
        <translation>%1 个流水线阶段 × %2 个流</translation>
    </message>
    <message>
        <source>No timeline: %1</source>
        <translation>无时间线：%1</translation>
    </message>
    <message>
        <source>fits in memory (stage %1: %2 of %3)</source>
        <translation>内存足够（阶段 %1：%2 / %3）</translation>
    </message>
    <message>
        <source>stage %1 does not fit: %2 of %3</source>
        <translation>阶段 %1 内存不足：%2 / %3</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>迭代 %1</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>%1 per GPU</source>
        <translation>每 GPU %1</translation>
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
        <translation>%1 个词元需 %2 天</translation>
    </message>
    <message>
        <source>Time per iteration (s)</source>
        <translation>每次迭代时间 (s)</translation>
    </message>
    <message>
        <source>Step breakdown: no result yet</source>
        <translation>迭代时间分解：尚无结果</translation>
    </message>
    <message>
        <source>Where the %1 of an iteration go (stage %2, the last to finish)</source>
        <translation>一次迭代的 %1 用在何处（阶段 %2，最后完成）</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>TP comm exposed</source>
        <translation>TP 通信暴露</translation>
    </message>
    <message>
        <source>CP comm exposed</source>
        <translation>CP 通信暴露</translation>
    </message>
    <message>
        <source>EP comm exposed</source>
        <translation>EP 通信暴露</translation>
    </message>
    <message>
        <source>PP comm exposed</source>
        <translation>PP 通信暴露</translation>
    </message>
    <message>
        <source>DP comm exposed</source>
        <translation>DP 通信暴露</translation>
    </message>
    <message>
        <source>pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>流水线阶段</translation>
    </message>
    <message>
        <source>Memory per GPU (GiB)</source>
        <translation>每 GPU 内存 (GiB)</translation>
    </message>
    <message>
        <source>Memory per GPU: no result yet</source>
        <translation>每 GPU 内存：尚无结果</translation>
    </message>
    <message>
        <source>Every stage fits: the fullest, stage %1, holds %2 of %3</source>
        <translation>所有阶段内存足够：最满的阶段 %1 占用 %2 / %3</translation>
    </message>
    <message>
        <source>Stage %1 does not fit: it needs %2 of %3</source>
        <translation>阶段 %1 内存不足：需要 %2 / %3</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>optimizer state</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>output logits</source>
        <translation>输出 logits</translation>
    </message>
    <message>
        <source>buffers</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>容量 %1</translation>
    </message>
    <message>
        <source>overflows</source>
        <translation>溢出</translation>
    </message>
    <message>
        <source>%1: %2 throughput</source>
        <translation>%1：吞吐量 %2</translation>
    </message>
    <message>
        <source>Iteration %1 → %2</source>
        <translation>迭代 %1 → %2</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Change the scenario accordingly and simulate again (undoable)</source>
        <translation>相应修改场景并重新模拟（可撤销）</translation>
    </message>
    <message>
        <source>Finds every plan that fits on all of the hardware's GPUs; a click on a row loads it into the scenario.</source>
        <translation>查找在该硬件全部 GPU 上可行的所有方案；点击某行即可将其载入场景。</translation>
    </message>
    <message>
        <source>TP %1 × CP %2 × PP %3 × DP %4, interleave %5, micro-batch %6, ZeRO %7</source>
        <translation>TP %1 × CP %2 × PP %3 × DP %4，交错 %5，微批次 %6，ZeRO %7</translation>
    </message>
    <message>
        <source>Per GPU per iteration on the stage that finishes last. Size as NCCL-tests sizes a collective; bus bandwidth in its convention; exposed: the time not hidden under compute. Hover a row for its purpose.</source>
        <translation>按每个 GPU、每次迭代统计，取最后完成的流水线阶段。大小按 NCCL-tests 的约定计算；总线带宽亦按其约定；暴露时间：未被计算掩盖的时间。将鼠标悬停在某行上可查看其用途。</translation>
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
        <translation>其他</translation>
    </message>
    <message>
        <source>all-reduce</source>
        <translation>全归约</translation>
    </message>
    <message>
        <source>all-gather</source>
        <translation>全收集</translation>
    </message>
    <message>
        <source>reduce-scatter</source>
        <translation>归约分散</translation>
    </message>
    <message>
        <source>all-to-all</source>
        <translation>全对全</translation>
    </message>
    <message>
        <source>send/recv</source>
        <translation>发送/接收</translation>
    </message>
    <message>
        <source>Bytes per call as NCCL-tests sizes them (the whole tensor for all-reduce, all-gather and reduce-scatter)</source>
        <translation>按 NCCL-tests 约定的每次调用字节数（全归约、全收集和归约分散取整个张量）</translation>
    </message>
    <message>
        <source>NCCL-tests bus bandwidth: size / time × the collective's bus factor</source>
        <translation>NCCL-tests 总线带宽：大小 / 时间 × 该集合通信的总线系数</translation>
    </message>
    <message>
        <source>Calls per GPU per iteration</source>
        <translation>每 GPU 每次迭代的调用次数</translation>
    </message>
    <message>
        <source>Time per iteration not hidden under compute</source>
        <translation>每次迭代中未被计算掩盖的时间</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>集合通信</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>rank 数</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Time each</source>
        <translation>单次时间</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <source>Bus bandwidth</source>
        <translation>总线带宽</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>暴露</translation>
    </message>
</context>
<context>
    <name>rl::views::SearchTableModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <source>full</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>The scenario's configuration</source>
        <translation>当前场景的配置</translation>
    </message>
    <message>
        <source>Click to load this configuration</source>
        <translation>点击以载入此配置</translation>
    </message>
    <message>
        <source>Virtual pipeline chunks per rank (interleaved 1F1B)</source>
        <translation>每个 rank 的虚拟流水线块数（交错 1F1B）</translation>
    </message>
    <message>
        <source>Memory per GPU on the fullest pipeline stage</source>
        <translation>最满流水线阶段的每 GPU 内存</translation>
    </message>
    <message>
        <source>Model FLOP utilisation</source>
        <translation>模型 FLOP 利用率</translation>
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
        <translation>微批次</translation>
    </message>
    <message>
        <source>ZeRO</source>
        <translation>ZeRO</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>词元/s</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
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
        <translation>交错 1F1B</translation>
    </message>
    <message>
        <source>zero bubble</source>
        <translation>零气泡</translation>
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
        <translation>上下文并行（环形注意力）</translation>
    </message>
    <message>
        <source>Expert parallelism (MoE models; inside DP)</source>
        <translation>专家并行（MoE 模型；位于 DP 之内）</translation>
    </message>
</context>
<context>
    <name>rl::views::ExplorePage</name>
    <message>
        <source>log</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Logarithmic axis (decades)</source>
        <translation>对数坐标轴（按数量级）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Evaluate every point of the sweep again</source>
        <translation>重新评估扫描的每个点</translation>
    </message>
    <message>
        <source>Open sweep…</source>
        <translation>打开扫描…</translation>
    </message>
    <message>
        <source>New sweep…</source>
        <translation>新建扫描…</translation>
    </message>
    <message>
        <source>Build a sweep from the current project: pick fields, give their values</source>
        <translation>基于当前项目构建扫描：选择字段并给出取值</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <source>The figure along the horizontal axis</source>
        <translation>横轴上的指标</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <source>The figure along the vertical axis</source>
        <translation>纵轴上的指标</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>A third figure or an axis, shown as colour</source>
        <translation>以颜色显示的第三个指标或扫描轴</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Show every point (the wheel zooms; drag to brush points)</source>
        <translation>显示所有点（滚轮缩放；拖动框选点）</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>The objective whose sensitivity is shown</source>
        <translation>显示其敏感性的目标</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>Selected design</source>
        <translation>所选设计</translation>
    </message>
    <message>
        <source>Open as project</source>
        <translation>作为项目打开</translation>
    </message>
    <message>
        <source>Open this design as an untitled project (also: double-click a point or a row)</source>
        <translation>将此设计作为未命名项目打开（也可双击点或行）</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>正在评估…</translation>
    </message>
    <message>
        <source>The sweep stopped: %1</source>
        <translation>扫描已停止：%1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 points; the points so far are shown.</source>
        <translation>在 %2 个点中的 %1 个后取消；显示已得到的点。</translation>
    </message>
    <message>
        <source>Open sweep</source>
        <translation>打开扫描</translation>
    </message>
    <message>
        <source>Ridgeline sweep (*.json);;All files (*)</source>
        <translation>Ridgeline 扫描 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not open the sweep:
%1</source>
        <translation>无法打开扫描：
%1</translation>
    </message>
    <message>
        <source>Could not build the sweep's points:
%1</source>
        <translation>无法生成扫描的点：
%1</translation>
    </message>
    <message>
        <source>The sweep has no points to show.</source>
        <translation>该扫描没有可显示的点。</translation>
    </message>
    <message>
        <source>No point of the sweep is feasible: see the Error column and the constraints.</source>
        <translation>扫描中没有可行点：请查看“错误”列和约束条件。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Open a sweep, or build one from the current project</source>
        <translation>打开扫描，或基于当前项目构建扫描</translation>
    </message>
    <message>
        <source>%1: waiting for the first points</source>
        <translation>%1：等待第一批点</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 对 %2</translation>
    </message>
    <message>
        <source>No sweep</source>
        <translation>无扫描</translation>
    </message>
    <message>
        <source>The sensitivity follows the finished sweep.</source>
        <translation>扫描完成后显示敏感性。</translation>
    </message>
    <message>
        <source>This sweep has no sensitivity rows ("sensitivity": false, or it did not finish).</source>
        <translation>该扫描没有敏感性数据（"sensitivity": false，或扫描未完成）。</translation>
    </message>
    <message>
        <source>Sensitivity of %1 to each axis, the others at the base design</source>
        <translation>%1 对每个轴的敏感性（其余轴取基准设计值）</translation>
    </message>
    <message>
        <source>Change of %1 from the base (%2)</source>
        <translation>%1 相对基准的变化（%2）</translation>
    </message>
    <message>
        <source>Change of %1 from the base</source>
        <translation>%1 相对基准的变化</translation>
    </message>
    <message>
        <source>No sweep open</source>
        <translation>未打开扫描</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 points · %4 feasible · %5 on the front · %6 errors</source>
        <translation>%1 · %3 个点中的 %2 个 · %4 个可行 · %5 个在前沿上 · %6 个错误</translation>
    </message>
    <message>
        <source> · %1 not plotted (no value, or not positive on a log axis)</source>
        <translation> · %1 个未绘制（无值，或在对数轴上非正）</translation>
    </message>
    <message>
        <source>Click a point or a row to see its design; drag on the plot to select the points in a rectangle.</source>
        <translation>单击点或行查看其设计；在图上拖动可选择矩形内的点。</translation>
    </message>
    <message>
        <source>%1 points selected</source>
        <translation>已选择 %1 个点</translation>
    </message>
    <message>
        <source>Differences from the base project</source>
        <translation>与基准项目的差异</translation>
    </message>
    <message>
        <source>none: this is the base design</source>
        <translation>无：这就是基准设计</translation>
    </message>
    <message>
        <source>Point %1 cannot be opened as a project:
%2</source>
        <translation>点 %1 无法作为项目打开：
%2</translation>
    </message>
    <message>
        <source>%1, point %2</source>
        <translation>%1，点 %2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export the points</source>
        <translation>导出点</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the chart shown as PNG, SVG or PDF</source>
        <translation>将显示的图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Could not open the sweep's results:
%1</source>
        <translation>无法打开扫描结果：
%1</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>读取自 %1</translation>
    </message>
    <message>
        <source>No axis has a value of %1 at both of its ends: those points failed or have none (the table says why).</source>
        <translation>没有任何轴在两端都有 %1 的值：这些点失败或没有值（原因见表格）。</translation>
    </message>
    <message>
        <source>The base design has no value of %1 (it failed or has none), so there is no change to show.</source>
        <translation>基准设计没有 %1 的值（失败或没有值），因此没有可显示的变化。</translation>
    </message>
</context>
<context>
    <name>rl::views::ParetoPlot</name>
    <message>
        <source>Pareto front (%1)</source>
        <translation>帕累托前沿（%1）</translation>
    </message>
    <message>
        <source>dominated (%1)</source>
        <translation>被支配（%1）</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1：是</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1：否</translation>
    </message>
</context>
<context>
    <name>rl::views::TornadoPlot</name>
    <message>
        <source>axis at its lowest value</source>
        <translation>轴取最小值</translation>
    </message>
    <message>
        <source>axis at its highest value</source>
        <translation>轴取最大值</translation>
    </message>
</context>
<context>
    <name>rl::views::SweepTableModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>front</source>
        <translation>前沿</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>可行</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>rl::views::SweepFormat</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首词元时间</translation>
    </message>
    <message>
        <source>p99 time to first token</source>
        <translation>p99 首词元时间</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>每输出词元时间</translation>
    </message>
    <message>
        <source>p99 time per output token</source>
        <translation>p99 每输出词元时间</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>每百万词元成本</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation</source>
        <translation>模型 FLOPs 利用率</translation>
    </message>
    <message>
        <source>Fits in memory</source>
        <translation>可放入内存</translation>
    </message>
    <message>
        <source>Memory headroom</source>
        <translation>内存余量</translation>
    </message>
    <message>
        <source>Die area</source>
        <translation>芯片面积</translation>
    </message>
    <message>
        <source>Mapper cycles</source>
        <translation>映射器周期数</translation>
    </message>
    <message>
        <source>Mapper energy</source>
        <translation>映射器能耗</translation>
    </message>
    <message>
        <source>SLO met</source>
        <translation>满足 SLO</translation>
    </message>
    <message>
        <source>Capacity under the SLO</source>
        <translation>满足 SLO 的容量</translation>
    </message>
</context>
<context>
    <name>rl::views::SweepPlotData</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>点 %1</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>violated</source>
        <translation>违反</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Infeasible: a constraint is violated</source>
        <translation>不可行：违反了某个约束</translation>
    </message>
</context>
<context>
    <name>rl::views::SweepBuilderDialog</name>
    <message>
        <source>New sweep</source>
        <translation>新建扫描</translation>
    </message>
    <message>
        <source>Sweep of %1</source>
        <translation>%1 的扫描</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Base value</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>A list (comma separated, with units where the field has them: "1 TB/s, 2 TB/s"), or a range from, to in a number of steps</source>
        <translation>列表（逗号分隔，字段有单位时带单位："1 TB/s, 2 TB/s"），或从、到及步数给出的范围</translation>
    </message>
    <message>
        <source>Full grid</source>
        <translation>完整网格</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Latin hypercube</source>
        <translation>拉丁超立方</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>点数：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Sampling:</source>
        <translation>采样：</translation>
    </message>
    <message>
        <source>Predictor:</source>
        <translation>预测器：</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Chosen fields and their values:</source>
        <translation>所选字段及其取值：</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>运行扫描</translation>
    </message>
    <message>
        <source>Save sweep…</source>
        <translation>保存扫描…</translation>
    </message>
    <message>
        <source>Tick the fields to vary in the tree, give their values, then run. Base project: %1</source>
        <translation>在树中勾选要变化的字段，给出取值，然后运行。基准项目：%1</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>linear range</source>
        <translation>线性范围</translation>
    </message>
    <message>
        <source>log range</source>
        <translation>对数范围</translation>
    </message>
    <message>
        <source>new sweep</source>
        <translation>新扫描</translation>
    </message>
    <message>
        <source>Save sweep</source>
        <translation>保存扫描</translation>
    </message>
    <message>
        <source>Ridgeline sweep (*.json)</source>
        <translation>Ridgeline 扫描 (*.json)</translation>
    </message>
</context>
<context>
    <name>rl::views::RunProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>rl::views::StorageView</name>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>能耗：</translation>
    </message>
    <message>
        <source>per MAC (fJ/MAC)</source>
        <translation>每次 MAC（fJ/MAC）</translation>
    </message>
    <message>
        <source>total (J)</source>
        <translation>总计（J）</translation>
    </message>
    <message>
        <source>nothing to export: no valid dataflow design</source>
        <translation>无可导出内容：没有有效的数据流设计</translation>
    </message>
    <message>
        <source>Every level keeps up with the MACs: no bandwidth stretch.</source>
        <translation>每一级都跟得上 MAC：没有带宽导致的拉长。</translation>
    </message>
    <message>
        <source>%1 bandwidth stretches %2 compute cycles to %3 (×%4).</source>
        <translation>%1 的带宽把 %2 个计算周期拉长到 %3（×%4）。</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <source>Also short of bandwidth: %1.</source>
        <translation>带宽同样不足：%1。</translation>
    </message>
    <message>
        <source>Nothing to show: the project has no valid dataflow design. The Storage view needs an accelerator architecture, a problem and a mapping that fits them; the editors mark what is missing or invalid.</source>
        <translation>没有可显示的内容：项目中没有有效的数据流设计。存储视图需要加速器架构、问题以及与之匹配的映射；编辑器会标出缺失或无效之处。</translation>
    </message>
    <message>
        <source>mapping: %1</source>
        <translation>映射：%1</translation>
    </message>
    <message>
        <source>%1 cycles (%2 compute) at %3 · utilisation %4 · energy %5 · %6 fJ/MAC over %7 MACs</source>
        <translation>%1 个周期（计算 %2）= %3 · 利用率 %4 · 能耗 %5 · %6 fJ/MAC，共 %7 次 MAC</translation>
    </message>
    <message>
        <source>Tile per instance against capacity</source>
        <translation>每个实例的分块与容量</translation>
    </message>
    <message>
        <source>%1: %2 words, capacity unbounded</source>
        <translation>%1：%2 字，容量无限</translation>
    </message>
    <message>
        <source>%1: %2 of %3 words (%4)</source>
        <translation>%1：%2 / %3 字（%4）</translation>
    </message>
    <message>
        <source>Tile words per instance (% of capacity)</source>
        <translation>每实例分块字数（占容量 %）</translation>
    </message>
    <message>
        <source>fJ/MAC</source>
        <translation>fJ/MAC</translation>
    </message>
    <message>
        <source>Storage level and MACs</source>
        <translation>存储级与 MAC</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>leakage</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <source>Energy per MAC (fJ/MAC)</source>
        <translation>每次 MAC 能耗（fJ/MAC）</translation>
    </message>
    <message>
        <source>Energy (%1)</source>
        <translation>能耗（%1）</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Storage level</source>
        <translation>存储级</translation>
    </message>
    <message>
        <source>Energy by level, tensor and action</source>
        <translation>按存储级、张量和操作划分的能耗</translation>
    </message>
    <message>
        <source>%1: %2 of %3 words (full)</source>
        <translation>%1：%2 / %3 字（已满）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 words (%4, nearly full)</source>
        <translation>%1：%2 / %3 字（%4，几乎已满）</translation>
    </message>
    <message>
        <source>%1 fJ/MAC</source>
        <translation>%1 fJ/MAC</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1%2：%3</translation>
    </message>
    <message>
        <source>leakage: %1</source>
        <translation>泄漏：%1</translation>
    </message>
    <message>
        <source>total: %1</source>
        <translation>合计：%1</translation>
    </message>
</context>
<context>
    <name>rl::views::StorageStatsModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>leakage</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>旁路</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>All kept tiles: %1 words per instance; capacity unbounded</source>
        <translation>所有保留的分块：每实例 %1 字；容量无限</translation>
    </message>
    <message>
        <source>All kept tiles: %1 of %2 words per instance (%3)</source>
        <translation>所有保留的分块：每实例 %1 / %2 字（%3）</translation>
    </message>
    <message>
        <source>Words of the tile one instance holds</source>
        <translation>单个实例所存分块的字数</translation>
    </message>
    <message>
        <source>Scalar words over all utilised instances (Timeloop's counts): reads by the level below or the MACs, fills from the level above, partial-sum updates from below</source>
        <translation>所有已用实例上的标量字数（Timeloop 的计数）：下一级或 MAC 的读取、来自上一级的填充、来自下方的部分和更新</translation>
    </message>
    <message>
        <source>Accesses rounded up to whole blocks x energy per action, plus leakage</source>
        <translation>访问次数按整块向上取整 × 每次操作能耗，另加泄漏</translation>
    </message>
    <message>
        <source>Instances doing work, of those built</source>
        <translation>工作中的实例 / 已建实例</translation>
    </message>
    <message>
        <source>Level / tensor</source>
        <translation>存储级 / 张量</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Tile words</source>
        <translation>分块字数</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>fJ/MAC</source>
        <translation>fJ/MAC</translation>
    </message>
    <message>
        <source>Instances used</source>
        <translation>已用实例</translation>
    </message>
</context>
<context>
    <name>rl::views::MapperView</name>
    <message>
        <source>Mapper</source>
        <translation>映射搜索</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>EDP</source>
        <translation>EDP</translation>
    </message>
    <message>
        <source>No valid design to search: the mapper needs an accelerator architecture and a problem without errors.</source>
        <translation>没有可搜索的有效设计：映射搜索需要一个无错误的加速器架构和问题。</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>What the search minimises; every mapping seen is drawn.</source>
        <translation>搜索要最小化的指标；所见的每个映射都会绘出。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same seed and budget find the same mappings.</source>
        <translation>相同的种子和预算会找到相同的映射。</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评估次数</translation>
    </message>
    <message>
        <source>Mappings to evaluate over the whole search.</source>
        <translation>整个搜索中要评估的映射数。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Stop after this many seconds and keep the best so far.</source>
        <translation>在这么多秒后停止，并保留目前最好的映射。</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时间上限</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Mappings seen</source>
        <translation>已见映射</translation>
    </message>
    <message>
        <source>Use the design as A</source>
        <translation>将当前设计设为 A</translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation>交换 A 和 B</translation>
    </message>
    <message>
        <source>Compare A and B</source>
        <translation>比较 A 和 B</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>the design (%1)</source>
        <translation>当前设计（%1）</translation>
    </message>
    <message>
        <source>Searching mappings</source>
        <translation>正在搜索映射</translation>
    </message>
    <message>
        <source>Mappings of %1 seen by the mapper</source>
        <translation>映射搜索所见的 %1 的映射</translation>
    </message>
    <message>
        <source>energy per MAC (pJ/MAC)</source>
        <translation>每次 MAC 的能耗（pJ/MAC）</translation>
    </message>
    <message>
        <source>the design's mapping</source>
        <translation>当前设计的映射</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <source>Click a point of the scatter to compare its mapping with A.</source>
        <translation>点击散点图中的一个点，将其映射与 A 比较。</translation>
    </message>
    <message>
        <source>%1: %2
%3 cycles, %4 (%5 per MAC), utilisation %6</source>
        <translation>%1：%2
%3 个周期，%4（每次 MAC %5），利用率 %6</translation>
    </message>
    <message>
        <source>Searching: %1 mappings drawn so far.</source>
        <translation>搜索中：目前已绘出 %1 个映射。</translation>
    </message>
    <message>
        <source>Run searches the mapping space and draws the mappings it sees; click a point to load it into every view and compare it with A.</source>
        <translation>“运行”会搜索映射空间并绘出所见的映射；点击一个点即可将其载入所有视图并与 A 比较。</translation>
    </message>
    <message>
        <source>%1 mappings drawn of %2 evaluated (%3 valid) in %4. Best by %5: %6 cycles, %7 per MAC.</source>
        <translation>在 %4 内评估了 %2 个映射（%3 个有效），绘出 %1 个。按 %5 最优：%6 个周期，每次 MAC %7。</translation>
    </message>
    <message>
        <source>Stopped early: the best so far is shown.</source>
        <translation>已提前停止：显示的是目前最好的结果。</translation>
    </message>
    <message>
        <source>The search found no mapping that fits this architecture.</source>
        <translation>搜索未找到适合此架构的映射。</translation>
    </message>
    <message>
        <source>mapper point (%1 cycles, %2 per MAC)</source>
        <translation>映射搜索点（%1 个周期，每次 MAC %2）</translation>
    </message>
    <message>
        <source>%1 cycles</source>
        <translation>%1 个周期</translation>
    </message>
    <message>
        <source>energy %1 (%2 pJ/MAC)</source>
        <translation>能耗 %1（%2 pJ/MAC）</translation>
    </message>
    <message>
        <source>on the Pareto front</source>
        <translation>位于帕累托前沿</translation>
    </message>
    <message>
        <source>Click: load it into every view and compare it with A.</source>
        <translation>点击：载入所有视图并与 A 比较。</translation>
    </message>
</context>
<context>
    <name>rl::views::MapperCompareModel</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>energy per MAC</source>
        <translation>每次 MAC 的能耗</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>MAC energy</source>
        <translation>MAC 能耗</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>fills</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>instances used</source>
        <translation>使用的实例</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>指标</translation>
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
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>rl::views::LoopNestScene</name>
    <message>
        <source>spatial_for %1 in [0:%2) across %3</source>
        <translation>spatial_for %1 in [0:%2) 沿 %3</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>W</source>
        <translation>宽</translation>
    </message>
    <message>
        <source>H</source>
        <translation>高</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 个实例</translation>
    </message>
    <message>
        <source>bypasses all</source>
        <translation>全部旁路</translation>
    </message>
    <message>
        <source>keeps %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <source>bypasses %1</source>
        <translation>旁路 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Tile resident at %1</source>
        <translation>驻留在 %1 的分块</translation>
    </message>
    <message>
        <source>%1 does not index %2: the same tile is reused in place for all %3 steps.</source>
        <translation>%1 不索引%2：同一分块在全部 %3 步中原地复用。</translation>
    </message>
    <message>
        <source>%1 does not index %2: the same words go to all %3 instances (multicast).</source>
        <translation>%1 不索引%2：相同的字发送给全部 %3 个实例（多播）。</translation>
    </message>
    <message>
        <source>%1 does not index %2: the partial sums of %3 instances are added up (spatial reduction).</source>
        <translation>%1 不索引%2：%3 个实例的部分和被相加（空间归约）。</translation>
    </message>
</context>
<context>
    <name>rl::views::LoopNestView</name>
    <message>
        <source>Loop nest</source>
        <translation>循环嵌套</translation>
    </message>
    <message>
        <source>%1 cycles, %2 utilisation, %3 per MAC</source>
        <translation>%1 个周期，利用率 %2，每次 MAC %3</translation>
    </message>
    <message>
        <source>%1 · mapping %2 — %3</source>
        <translation>%1 · 映射 %2 — %3</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Hover over a loop, click it or use the arrow keys to see the tile of each tensor it sweeps. Loops of factor 1 are not shown.</source>
        <translation>将鼠标悬停在循环上、点击它或使用方向键，即可查看它遍历的每个张量的分块。因子为 1 的循环不显示。</translation>
    </message>
    <message>
        <source>No loop nest to show: the project has no accelerator, problem and mapping that validate together. Open an accelerator sample from the start page, or fix the errors the editors mark.</source>
        <translation>没有可显示的循环嵌套：项目中没有能一起通过校验的加速器、问题和映射。请从起始页打开一个加速器示例，或修正编辑器标出的错误。</translation>
    </message>
    <message>
        <source>The MACs: one multiply-accumulate each per cycle.</source>
        <translation>MAC 单元：每个周期各做一次乘加。</translation>
    </message>
    <message>
        <source>Tile swept</source>
        <translation>遍历的分块</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>分块</translation>
    </message>
    <message>
        <source>Words swept</source>
        <translation>遍历的字数</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Words per step</source>
        <translation>每步字数</translation>
    </message>
    <message>
        <source>Held at %1</source>
        <translation>%1 中保存</translation>
    </message>
    <message>
        <source>bypassed</source>
        <translation>旁路</translation>
    </message>
    <message>
        <source>One pass of the loop covers the tile swept; each step covers the loops inside it.</source>
        <translation>循环完整执行一遍覆盖所遍历的分块；每一步覆盖其内部的循环。</translation>
    </message>
</context>
<context>
    <name>rl::views::PeArrayScene</name>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>output channels</source>
        <translation>输出通道</translation>
    </message>
    <message>
        <source>input channels</source>
        <translation>输入通道</translation>
    </message>
    <message>
        <source>output width</source>
        <translation>输出宽度</translation>
    </message>
    <message>
        <source>output height</source>
        <translation>输出高度</translation>
    </message>
    <message>
        <source>filter width</source>
        <translation>滤波器宽度</translation>
    </message>
    <message>
        <source>filter height</source>
        <translation>滤波器高度</translation>
    </message>
    <message>
        <source>nothing across %1</source>
        <translation>%1 方向未使用</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（共 %2）</translation>
    </message>
    <message>
        <source>%1 = %2 of %3</source>
        <translation>%1 = %2（共 %3）</translation>
    </message>
    <message>
        <source>%1 across %2</source>
        <translation>%1 沿 %2</translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation>%2 之下：%1</translation>
    </message>
    <message>
        <source>1 of 1 PE busy: the architecture has a single MAC, so nothing is spread across PEs</source>
        <translation>1 个 PE 中 1 个在工作：该架构只有一个 MAC，没有任何维度分布到多个 PE 上</translation>
    </message>
    <message>
        <source>%1 of %2 PEs busy</source>
        <translation>%2 个 PE 中 %1 个在工作</translation>
    </message>
    <message>
        <source>%1 of %2 PEs busy: %3</source>
        <translation>%2 个 PE 中 %1 个在工作：%3</translation>
    </message>
    <message>
        <source>PE (%1, %2)</source>
        <translation>PE (%1, %2)</translation>
    </message>
    <message>
        <source>%1: idle</source>
        <translation>%1：空闲</translation>
    </message>
    <message>
        <source>%1: busy</source>
        <translation>%1：工作中</translation>
    </message>
    <message>
        <source>%1: busy with %2</source>
        <translation>%1：工作中，%2</translation>
    </message>
    <message>
        <source>%1 × %2 PEs: too many to draw</source>
        <translation>%1 × %2 个 PE：太多，无法绘制</translation>
    </message>
    <message>
        <source>%1 × %2 PEs, drawn as %3 × %4 blocks of %5 × %5 PEs</source>
        <translation>%1 × %2 个 PE，绘制为 %3 × %4 个块，每块 %5 × %5 个 PE</translation>
    </message>
    <message>
        <source>%1 = %2 across %3</source>
        <translation>%1 = %2 沿 %3</translation>
    </message>
    <message>
        <source>%1 · fanout of %2</source>
        <translation>%1 · %2 的扇出</translation>
    </message>
    <message>
        <source>busy PE</source>
        <translation>工作中的 PE</translation>
    </message>
    <message>
        <source>idle PE</source>
        <translation>空闲 PE</translation>
    </message>
    <message>
        <source>Each PE: its X dimension in the upper-left half, its Y dimension in the lower-right half; lines between blocks of outer loops.</source>
        <translation>每个 PE：左上半部分为其 X 维度，右下半部分为其 Y 维度；外层循环的块之间有分隔线。</translation>
    </message>
    <message>
        <source>%1 × %2 %3 instances (PEs)</source>
        <translation>%1 × %2 个 %3 实例（PE）</translation>
    </message>
</context>
<context>
    <name>rl::views::PeArrayView</name>
    <message>
        <source>PE array</source>
        <translation>PE 阵列</translation>
    </message>
    <message>
        <source>No PE array to show: the project has no accelerator, problem and mapping that validate together. Open an accelerator sample from the start page, or fix the errors the editors mark.</source>
        <translation>没有可显示的 PE 阵列：项目中没有能一起通过校验的加速器、问题和映射。请从起始页打开一个加速器示例，或修正编辑器标出的错误。</translation>
    </message>
</context>
<context>
    <name>rl::views::ArchEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>architecture name</source>
        <translation>架构名称</translation>
    </message>
    <message>
        <source>Display name of the architecture.</source>
        <translation>架构的显示名称。</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>工艺</translation>
    </message>
    <message>
        <source>technology</source>
        <translation>工艺</translation>
    </message>
    <message>
        <source>Process node the energy table is for, e.g. "40 nm".</source>
        <translation>能耗表对应的工艺节点，例如 "40 nm"。</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Clock frequency with unit, e.g. "1 GHz".</source>
        <translation>带单位的时钟频率，例如 "1 GHz"。</translation>
    </message>
    <message>
        <source>Storage levels (outermost first)</source>
        <translation>存储层级（最外层在前）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a level below the selected one (a copy of it)</source>
        <translation>在所选层级下方添加一层（其副本）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected level</source>
        <translation>删除所选层级</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected level outwards</source>
        <translation>将所选层级向外移动</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected level inwards</source>
        <translation>将所选层级向内移动</translation>
    </message>
    <message>
        <source>MAC array</source>
        <translation>MAC 阵列</translation>
    </message>
    <message>
        <source>MAC name</source>
        <translation>MAC 名称</translation>
    </message>
    <message>
        <source>Display name of the arithmetic units.</source>
        <translation>运算单元的显示名称。</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>MAC instances</source>
        <translation>MAC 实例数</translation>
    </message>
    <message>
        <source>Multiply-accumulate units in all (the PE array).</source>
        <translation>乘累加单元总数（PE 阵列）。</translation>
    </message>
    <message>
        <source>Mesh X</source>
        <translation>网格 X</translation>
    </message>
    <message>
        <source>MAC mesh X</source>
        <translation>MAC 网格 X</translation>
    </message>
    <message>
        <source>MACs along X; a divisor of instances. Y = instances / X.</source>
        <translation>沿 X 方向的 MAC 数；须整除实例数。Y = 实例数 / X。</translation>
    </message>
    <message>
        <source>Mesh Y</source>
        <translation>网格 Y</translation>
    </message>
    <message>
        <source>Word bits</source>
        <translation>字宽（位）</translation>
    </message>
    <message>
        <source>MAC word bits</source>
        <translation>MAC 字宽</translation>
    </message>
    <message>
        <source>Operand width in bits.</source>
        <translation>操作数位宽。</translation>
    </message>
    <message>
        <source>Energy per MAC</source>
        <translation>每次 MAC 能耗</translation>
    </message>
    <message>
        <source>MAC energy</source>
        <translation>MAC 能耗</translation>
    </message>
    <message>
        <source>Energy of one multiply-accumulate, e.g. "0.845 pJ".</source>
        <translation>一次乘累加的能耗，例如 "0.845 pJ"。</translation>
    </message>
    <message>
        <source>Leakage</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <source>MAC leakage</source>
        <translation>MAC 泄漏</translation>
    </message>
    <message>
        <source>Leakage per cycle per MAC, e.g. "0 pJ".</source>
        <translation>每个 MAC 每周期的泄漏能耗，例如 "0 pJ"。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Add level %1</source>
        <translation>添加层级 %1</translation>
    </message>
    <message>
        <source>Remove level %1</source>
        <translation>删除层级 %1</translation>
    </message>
    <message>
        <source>Move level %1 outwards</source>
        <translation>将层级 %1 向外移动</translation>
    </message>
    <message>
        <source>Move level %1 inwards</source>
        <translation>将层级 %1 向内移动</translation>
    </message>
    <message>
        <source>Which columns of the levels table to show</source>
        <translation>显示层级表中的哪些列</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Mesh and tensors</source>
        <translation>网格与张量</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>全部列</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Window overlap</source>
        <translation>窗口重叠</translation>
    </message>
    <message>
        <source>Shared (read once for all PEs)</source>
        <translation>共享（所有 PE 只读一次）</translation>
    </message>
    <message>
        <source>Timeloop (a copy per PE)</source>
        <translation>Timeloop（每个 PE 一份）</translation>
    </message>
    <message>
        <source>window overlap</source>
        <translation>窗口重叠</translation>
    </message>
    <message>
        <source>How input words needed by several PEs with overlapping windows are counted: read once and multicast, or delivered to each PE as Timeloop counts them. Mapspace constraints are edited in the JSON tab.</source>
        <translation>多个窗口重叠的 PE 所需的输入字如何计数：读取一次并组播，或像 Timeloop 那样分别送往每个 PE。映射空间约束在 JSON 标签页中编辑。</translation>
    </message>
    <message>
        <source>Word and block size</source>
        <translation>字宽与块</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Kept tensors</source>
        <translation>保留的张量</translation>
    </message>
    <message>
        <source>Read and write energy</source>
        <translation>读写能耗</translation>
    </message>
    <message>
        <source>Update energy and leakage</source>
        <translation>更新能耗与泄漏</translation>
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
        <translation>寄存器堆</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>word bits</source>
        <translation>字宽</translation>
    </message>
    <message>
        <source>block size</source>
        <translation>块大小</translation>
    </message>
    <message>
        <source>read bandwidth</source>
        <translation>读带宽</translation>
    </message>
    <message>
        <source>write bandwidth</source>
        <translation>写带宽</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>mesh X</source>
        <translation>网格 X</translation>
    </message>
    <message>
        <source>kept weights</source>
        <translation>保留权重</translation>
    </message>
    <message>
        <source>kept inputs</source>
        <translation>保留输入</translation>
    </message>
    <message>
        <source>kept outputs</source>
        <translation>保留输出</translation>
    </message>
    <message>
        <source>read energy</source>
        <translation>读能耗</translation>
    </message>
    <message>
        <source>write energy</source>
        <translation>写能耗</translation>
    </message>
    <message>
        <source>update energy</source>
        <translation>更新能耗</translation>
    </message>
    <message>
        <source>leakage</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>= write</source>
        <translation>= 写</translation>
    </message>
    <message>
        <source>Words per instance; empty for DRAM (unbounded).</source>
        <translation>每个实例的字数；DRAM 留空（无上限）。</translation>
    </message>
    <message>
        <source>Words per cycle per instance; empty or 0 = unlimited.</source>
        <translation>每个实例每周期的字数；留空或 0 表示不限。</translation>
    </message>
    <message>
        <source>Instances along Y: instances / mesh X (derived).</source>
        <translation>沿 Y 的实例数：实例数 / 网格 X（推导）。</translation>
    </message>
    <message>
        <source>Whether this level may keep the tensor; unchecked tensors bypass it.</source>
        <translation>该层级是否可保存此张量；未勾选的张量绕过该层级。</translation>
    </message>
    <message>
        <source>Energy per block access, with unit, e.g. "43.35 pJ".</source>
        <translation>每次块访问的能耗（带单位），例如 "43.35 pJ"。</translation>
    </message>
    <message>
        <source>Leakage per cycle per instance, with unit, e.g. "0.008 pJ".</source>
        <translation>每个实例每周期的泄漏能耗（带单位），例如 "0.008 pJ"。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity
(words)</source>
        <translation>容量
（字）</translation>
    </message>
    <message>
        <source>Word
bits</source>
        <translation>字宽
（位）</translation>
    </message>
    <message>
        <source>Block
(words)</source>
        <translation>块
（字）</translation>
    </message>
    <message>
        <source>Read BW
(words/cycle)</source>
        <translation>读带宽
（字/周期）</translation>
    </message>
    <message>
        <source>Write BW
(words/cycle)</source>
        <translation>写带宽
（字/周期）</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Mesh X</source>
        <translation>网格 X</translation>
    </message>
    <message>
        <source>Mesh Y</source>
        <translation>网格 Y</translation>
    </message>
    <message>
        <source>W</source>
        <translation>权</translation>
    </message>
    <message>
        <source>I</source>
        <translation>入</translation>
    </message>
    <message>
        <source>O</source>
        <translation>出</translation>
    </message>
    <message>
        <source>Read
energy</source>
        <translation>读
能耗</translation>
    </message>
    <message>
        <source>Write
energy</source>
        <translation>写
能耗</translation>
    </message>
    <message>
        <source>Update
energy</source>
        <translation>更新
能耗</translation>
    </message>
    <message>
        <source>Leak
(per cycle)</source>
        <translation>泄漏
（每周期）</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>层级 %1</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>编辑 %1 的%2</translation>
    </message>
</context>
<context>
    <name>rl::views::DataflowDocEditor</name>
    <message>
        <source>Edit JSON</source>
        <translation>编辑 JSON</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>rl::views::DataflowEditors</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>……以及另外 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>The JSON does not parse: %1</source>
        <translation>JSON 无法解析：%1</translation>
    </message>
    <message>
        <source>No accelerator study is open.</source>
        <translation>未打开加速器研究。</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>加载映射</translation>
    </message>
    <message>
        <source>Load mapping %1</source>
        <translation>加载映射 %1</translation>
    </message>
    <message>
        <source>Valid · %1 cycles · utilisation %2 · %3 per MAC</source>
        <translation>有效 · %1 周期 · 利用率 %2 · 每次 MAC %3</translation>
    </message>
    <message numerus="yes">
        <source>Not valid: %n problem(s). The views keep the last valid design.</source>
        <translation>
            <numerusform>无效：%n 个问题。视图保留上一个有效设计。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rl::views::DocFields</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>rl::views::LevelNestModel</name>
    <message>
        <source>N: batch</source>
        <translation>N：批量</translation>
    </message>
    <message>
        <source>K: output channels</source>
        <translation>K：输出通道</translation>
    </message>
    <message>
        <source>C: input channels</source>
        <translation>C：输入通道</translation>
    </message>
    <message>
        <source>P: output width</source>
        <translation>P：输出宽度</translation>
    </message>
    <message>
        <source>Q: output height</source>
        <translation>Q：输出高度</translation>
    </message>
    <message>
        <source>R: filter width</source>
        <translation>R：滤波器宽度</translation>
    </message>
    <message>
        <source>S: filter height</source>
        <translation>S：滤波器高度</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（共 %2）</translation>
    </message>
    <message>
        <source>; problem bound %1</source>
        <translation>；问题上界 %1</translation>
    </message>
    <message>
        <source>Temporal factor: iterations of this loop here.</source>
        <translation>时间因子：该循环在此层级的迭代次数。</translation>
    </message>
    <message>
        <source>Spatial factor: children of this level the loop is spread over.</source>
        <translation>空间因子：该循环分布到的本层级子单元数。</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Temporal</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Spatial X</source>
        <translation>空间 X</translation>
    </message>
    <message>
        <source>Spatial Y</source>
        <translation>空间 Y</translation>
    </message>
</context>
<context>
    <name>rl::views::MappingEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>mapping name</source>
        <translation>映射名称</translation>
    </message>
    <message>
        <source>Display name of the mapping.</source>
        <translation>映射的显示名称。</translation>
    </message>
    <message>
        <source>Each level's loops run outer (top) to inner. Temporal factors of a dimension over all levels, times its spatial factors, must multiply to the problem's bound.</source>
        <translation>每个层级的循环从外（上）到内排列。某一维度在所有层级上的时间因子乘以其空间因子，必须等于问题的上界。</translation>
    </message>
    <message>
        <source>Keeps:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Unchecked: the tensor bypasses this level.</source>
        <translation>未勾选：该张量绕过此层级。</translation>
    </message>
    <message>
        <source>Move the selected loop outwards</source>
        <translation>将所选循环向外移动</translation>
    </message>
    <message>
        <source>Move the selected loop inwards</source>
        <translation>将所选循环向内移动</translation>
    </message>
    <message>
        <source>W</source>
        <translation>权</translation>
    </message>
    <message>
        <source>I</source>
        <translation>入</translation>
    </message>
    <message>
        <source>O</source>
        <translation>出</translation>
    </message>
    <message>
        <source>nothing kept</source>
        <translation>不保留任何张量</translation>
    </message>
    <message>
        <source>Tile: %1 words (unbounded)</source>
        <translation>分块：%1 字（无上限）</translation>
    </message>
    <message>
        <source>Tile: %1 of %2 words (%3)</source>
        <translation>分块：%1 / %2 字（%3）</translation>
    </message>
    <message>
        <source>%1 · fanout below %2 × %3</source>
        <translation>%1 · 下层扇出 %2 × %3</translation>
    </message>
    <message>
        <source>Tile overflows: %1</source>
        <translation>分块溢出：%1</translation>
    </message>
    <message>
        <source>Edit %1 temporal %2</source>
        <translation>编辑 %1 的时间因子 %2</translation>
    </message>
    <message>
        <source>Edit %1 spatial %2 of %3</source>
        <translation>编辑 %1 的 %3 空间 %2 因子</translation>
    </message>
    <message>
        <source>Move loop %1 outwards in %2</source>
        <translation>在 %2 中将循环 %1 向外移动</translation>
    </message>
    <message>
        <source>Move loop %1 inwards in %2</source>
        <translation>在 %2 中将循环 %1 向内移动</translation>
    </message>
    <message>
        <source>Keep %1 in %2</source>
        <translation>在 %2 中保留%1</translation>
    </message>
    <message>
        <source>Bypass %1 at %2</source>
        <translation>%1 绕过 %2</translation>
    </message>
    <message>
        <source>Unmap level %1</source>
        <translation>从映射中移除层级 %1</translation>
    </message>
    <message>
        <source>Retarget %1 to %2</source>
        <translation>将 %1 改为 %2</translation>
    </message>
    <message>
        <source>Show loops of bound 1</source>
        <translation>显示上界为 1 的循环</translation>
    </message>
    <message>
        <source>Dimensions the problem does not use (bound 1) have nothing to map; they are hidden unless a factor there needs fixing.</source>
        <translation>问题未使用的维度（上界为 1）无需映射；除非其中某个因子需要修正，否则将其隐藏。</translation>
    </message>
    <message>
        <source>Fanout below: %1 × %2</source>
        <translation>下层扇出：%1 × %2</translation>
    </message>
</context>
<context>
    <name>rl::views::ProblemEditor</name>
    <message>
        <source>N: batch</source>
        <translation>N：批量</translation>
    </message>
    <message>
        <source>K: output channels (Timeloop's M; GEMM: N)</source>
        <translation>K：输出通道（Timeloop 的 M；GEMM：N）</translation>
    </message>
    <message>
        <source>C: input channels (GEMM: the reduction K)</source>
        <translation>C：输入通道（GEMM：归约维 K）</translation>
    </message>
    <message>
        <source>P: output width (GEMM: M)</source>
        <translation>P：输出宽度（GEMM：M）</translation>
    </message>
    <message>
        <source>Q: output height</source>
        <translation>Q：输出高度</translation>
    </message>
    <message>
        <source>R: filter width</source>
        <translation>R：滤波器宽度</translation>
    </message>
    <message>
        <source>S: filter height</source>
        <translation>S：滤波器高度</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>problem name</source>
        <translation>问题名称</translation>
    </message>
    <message>
        <source>Display name of the problem.</source>
        <translation>问题的显示名称。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Depthwise convolution</source>
        <translation>深度卷积</translation>
    </message>
    <message>
        <source>GEMM (P = M, K = N, C = K)</source>
        <translation>GEMM（P = M，K = N，C = K）</translation>
    </message>
    <message>
        <source>Batched matmul</source>
        <translation>批量矩阵乘</translation>
    </message>
    <message>
        <source>problem kind</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>conv: the 7-D convolution. depthwise: weights and outputs indexed by C, K must be 1. gemm: a matrix product written as a 1x1 convolution. batched_matmul: like gemm, both operands vary with N.</source>
        <translation>conv：7 维卷积。depthwise：权重和输出按 C 索引，K 必须为 1。gemm：写成 1x1 卷积的矩阵乘。batched_matmul：同 gemm，两个操作数都随 N 变化。</translation>
    </message>
    <message>
        <source>Loop bounds</source>
        <translation>循环上界</translation>
    </message>
    <message>
        <source>dimension %1</source>
        <translation>维度 %1</translation>
    </message>
    <message>
        <source>Strides and dilations</source>
        <translation>步长与膨胀</translation>
    </message>
    <message>
        <source>Stride along P</source>
        <translation>P 方向步长</translation>
    </message>
    <message>
        <source>stride P</source>
        <translation>P 步长</translation>
    </message>
    <message>
        <source>Input columns between neighbouring outputs along P.</source>
        <translation>沿 P 相邻输出之间的输入列数。</translation>
    </message>
    <message>
        <source>Stride along Q</source>
        <translation>Q 方向步长</translation>
    </message>
    <message>
        <source>stride Q</source>
        <translation>Q 步长</translation>
    </message>
    <message>
        <source>Input rows between neighbouring outputs along Q.</source>
        <translation>沿 Q 相邻输出之间的输入行数。</translation>
    </message>
    <message>
        <source>Dilation of R</source>
        <translation>R 膨胀</translation>
    </message>
    <message>
        <source>dilation R</source>
        <translation>R 膨胀</translation>
    </message>
    <message>
        <source>Input columns between neighbouring filter taps along R.</source>
        <translation>沿 R 相邻滤波器抽头之间的输入列数。</translation>
    </message>
    <message>
        <source>Dilation of S</source>
        <translation>S 膨胀</translation>
    </message>
    <message>
        <source>dilation S</source>
        <translation>S 膨胀</translation>
    </message>
    <message>
        <source>Input rows between neighbouring filter taps along S.</source>
        <translation>沿 S 相邻滤波器抽头之间的输入行数。</translation>
    </message>
    <message>
        <source>Weights per batch (batched matmul)</source>
        <translation>每批独立权重（批量矩阵乘）</translation>
    </message>
    <message>
        <source>weights per batch</source>
        <translation>每批权重</translation>
    </message>
    <message>
        <source>Weights are indexed by N too: each batch element has its own second operand.</source>
        <translation>权重也按 N 索引：每个批元素有自己的第二个操作数。</translation>
    </message>
    <message>
        <source>Word bits</source>
        <translation>字宽（位）</translation>
    </message>
    <message>
        <source>word bits</source>
        <translation>字宽</translation>
    </message>
    <message>
        <source>Bits per word (informational; capacities are in words).</source>
        <translation>每字位数（仅供参考；容量以字计）。</translation>
    </message>
    <message>
        <source>Multiply-accumulates: %1</source>
        <translation>乘累加次数：%1</translation>
    </message>
    <message>
        <source>%1 (Timeloop's M; GEMM: N)</source>
        <translation>%1（Timeloop 的 M；GEMM：N）</translation>
    </message>
    <message>
        <source>%1 (GEMM: the reduction K)</source>
        <translation>%1（GEMM：归约维 K）</translation>
    </message>
    <message>
        <source>%1 (GEMM: M)</source>
        <translation>%1（GEMM：M）</translation>
    </message>
</context>
<context>
    <name>rl::views::NetworkChart</name>
    <message>
        <source>%1. %2 (× %3)
%4 cycles × count
%5 × count
click: open its mapping</source>
        <translation>%1. %2（× %3）
%4 周期 × 次数
%5 × 次数
单击：打开其映射</translation>
    </message>
    <message>
        <source>%1. %2: not mapped</source>
        <translation>%1. %2：未映射</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>十亿</translation>
    </message>
    <message>
        <source>cycles × count</source>
        <translation>周期 × 次数</translation>
    </message>
    <message>
        <source>cycles × count (%1)</source>
        <translation>周期 × 次数（%1）</translation>
    </message>
    <message>
        <source>cycles × count (left axis)</source>
        <translation>周期 × 次数（左轴）</translation>
    </message>
    <message>
        <source>cycles × count (log scale)</source>
        <translation>周期 × 次数（对数刻度）</translation>
    </message>
    <message>
        <source>energy × count (%1)</source>
        <translation>能耗 × 次数（%1）</translation>
    </message>
    <message>
        <source>energy × count (J, log scale)</source>
        <translation>能耗 × 次数（J，对数刻度）</translation>
    </message>
    <message>
        <source>energy × count (right axis)</source>
        <translation>能耗 × 次数（右轴）</translation>
    </message>
    <message>
        <source>layer (row of the table)</source>
        <translation>层（表格行号）</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>百万</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>千</translation>
    </message>
</context>
<context>
    <name>rl::views::NetworkTableModel</name>
    <message>
        <source>%1 (operator %2): %3 MACs per run, %4 MAC units busy, stride %5×%6</source>
        <translation>%1（算子 %2）：每次运行 %3 次 MAC，%4 个 MAC 单元忙碌，步长 %5×%6</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Cycles
(one run)</source>
        <translation>周期
（单次）</translation>
    </message>
    <message>
        <source>Cycles
× count</source>
        <translation>周期
× 次数</translation>
    </message>
    <message>
        <source>Energy
per MAC</source>
        <translation>每 MAC
能耗</translation>
    </message>
    <message>
        <source>Energy
× count</source>
        <translation>能耗
× 次数</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>No mapping: %1</source>
        <translation>无映射：%1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Share of
cycles</source>
        <translation>周期
占比</translation>
    </message>
    <message>
        <source>Share of
energy</source>
        <translation>能耗
占比</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>未映射</translation>
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
        <translation>%1 周期（%2），%3。</translation>
    </message>
    <message>
        <source>%1 layers (%2 distinct, each searched once); %3 of them mapped. Total: %4 cycles (%5 at %6), %7.</source>
        <translation>%1 层（%2 个不同形状，各搜索一次）；其中 %3 层已映射。总计：%4 周期（%6 下 %5），%7。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 在 %2 上</translation>
    </message>
    <message>
        <source>%1 on %2: cycles and energy per layer</source>
        <translation>%1 在 %2 上：各层周期与能耗</translation>
    </message>
    <message>
        <source>Click a layer to open it with its mapping in every view</source>
        <translation>单击某层，在所有视图中打开它及其映射</translation>
    </message>
    <message>
        <source>EDP</source>
        <translation>EDP</translation>
    </message>
    <message>
        <source>Evaluations per layer:</source>
        <translation>每层评估次数：</translation>
    </message>
    <message>
        <source>Map every layer of the model again</source>
        <translation>重新映射模型的每一层</translation>
    </message>
    <message>
        <source>Map network</source>
        <translation>映射网络</translation>
    </message>
    <message>
        <source>Mapped in %1.</source>
        <translation>映射耗时 %1。</translation>
    </message>
    <message>
        <source>Mapping %1 (%2 layers)</source>
        <translation>正在映射 %1（%2 层）</translation>
    </message>
    <message>
        <source>Mapping cancelled.</source>
        <translation>映射已取消。</translation>
    </message>
    <message>
        <source>Mapping failed: %1</source>
        <translation>映射失败：%1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>No valid design: open an accelerator project, or fix the architecture, problem or mapping (the editors say what is wrong).</source>
        <translation>没有有效的设计：请打开一个加速器项目，或修正架构、问题或映射（编辑器会指出错误）。</translation>
    </message>
    <message>
        <source>Not mapped: %1 (%2).</source>
        <translation>未映射：%1（%2）。</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Press Map network to start again.</source>
        <translation>按“映射网络”重新开始。</translation>
    </message>
    <message>
        <source>The mapper's budget per distinct layer; identical layers share one search</source>
        <translation>每个不同层的映射器预算；相同的层共享一次搜索</translation>
    </message>
    <message>
        <source>The table shows the previous complete mapping.</source>
        <translation>表格显示上一次完整的映射。</translation>
    </message>
    <message>
        <source>This project has no model, so the table shows the current problem with its mapping. A project with a model (for example samples/projects/resnet50-on-eyeriss.json) shows every layer of the network here.</source>
        <translation>此项目没有模型，因此表格只显示当前问题及其映射。带模型的项目（例如 samples/projects/resnet50-on-eyeriss.json）会在此显示网络的每一层。</translation>
    </message>
    <message>
        <source>What the mapper minimises for every layer</source>
        <translation>映射器对每一层最小化的目标</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>mapper (%1, %2 evaluations per layer)</source>
        <translation>映射器（%1，每层 %2 次评估）</translation>
    </message>
</context>
<context>
    <name>rl::views::SystolicFoldWidget</name>
    <message>
        <source>(thin side stretched)</source>
        <translation>（窄边已拉伸）</translation>
    </message>
    <message>
        <source>Fold %1 of %2 (row fold %3, column fold %4)
rows %5–%6, columns %7–%8: %9 × %10 of %11 × %12 PEs busy
%13 cycles, as every fold</source>
        <translation>第 %1 / %2 折（行折 %3，列折 %4）
行 %5–%6，列 %7–%8：%11 × %12 个 PE 中 %9 × %10 个忙碌
%13 周期，每折相同</translation>
    </message>
    <message>
        <source>Sc = %1 columns (%2), cut into %3 fold(s) of ≤ %4 columns</source>
        <translation>Sc = %1 列（%2），切成 %3 折，每折 ≤ %4 列</translation>
    </message>
    <message>
        <source>Sr = %1 rows (%2), cut into %3 fold(s) of ≤ %4 rows</source>
        <translation>Sr = %1 行（%2），切成 %3 折，每折 ≤ %4 行</translation>
    </message>
    <message>
        <source>full fold (%1 × %2 PEs)</source>
        <translation>完整折（%1 × %2 个 PE）</translation>
    </message>
    <message>
        <source>partial fold (fewer PEs busy)</source>
        <translation>部分折（忙碌的 PE 较少）</translation>
    </message>
    <message>
        <source>idle PEs of a partial fold</source>
        <translation>部分折中空闲的 PE</translation>
    </message>
</context>
<context>
    <name>rl::views::SystolicTrafficChart</name>
    <message>
        <source>DRAM traffic</source>
        <translation>DRAM 流量</translation>
    </message>
    <message>
        <source>SRAM reads / writes</source>
        <translation>SRAM 读/写</translation>
    </message>
    <message>
        <source>Traffic per operand</source>
        <translation>各操作数的流量</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>滤波器</translation>
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
        <translation>操作数</translation>
    </message>
    <message>
        <source>words</source>
        <translation>字</translation>
    </message>
    <message>
        <source>words (log scale)</source>
        <translation>字（对数刻度）</translation>
    </message>
    <message>
        <source>Traffic per operand (words)</source>
        <translation>各操作数的流量（字）</translation>
    </message>
    <message>
        <source>SRAM accesses</source>
        <translation>SRAM 访问</translation>
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
        <translation> Ki 字</translation>
    </message>
    <message>
        <source> words/cycle</source>
        <translation> 字/周期</translation>
    </message>
    <message>
        <source>%1 (ifmap %2 × %3 × %4, %5 × %6 filters, %7 filters, stride %8) as a GEMM on a %9 × %10 %11 array: the stationary matrix is Sr = %12 × Sc = %13, streamed for T = %14 cycles per fold.</source>
        <translation>%1（ifmap %2 × %3 × %4，%5 × %6 滤波器，%7 个滤波器，步长 %8）视为 GEMM，映射到 %9 × %10 的%11阵列：驻留矩阵为 Sr = %12 × Sc = %13，每折流入 T = %14 周期。</translation>
    </message>
    <message>
        <source>(Stalls estimated per fold: the layer is too large to replay SCALE-Sim's memory system, or the rate is not a whole number.)</source>
        <translation>（停顿按折估算：该层太大，无法重放 SCALE-Sim 的存储系统，或速率不是整数。）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>DRAM</source>
        <translation>DRAM</translation>
    </message>
    <message>
        <source>DRAM bandwidth of %1 words/cycle adds %2 stall cycles (+%3).</source>
        <translation>%1 字/周期的 DRAM 带宽增加 %2 个停顿周期（+%3）。</translation>
    </message>
    <message>
        <source>DRAM bandwidth of %1 words/cycle keeps up: no stall cycles.</source>
        <translation>%1 字/周期的 DRAM 带宽足够：没有停顿周期。</translation>
    </message>
    <message>
        <source>DRAM words per cycle per operand interface; 0 = unlimited</source>
        <translation>每个操作数接口每周期的 DRAM 字数；0 = 不限</translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation>数据流</translation>
    </message>
    <message>
        <source>Filling the SRAMs before the first fold takes %1 cycles (not in the total, as in SCALE-Sim).</source>
        <translation>第一折之前填充 SRAM 需要 %1 周期（与 SCALE-Sim 一样不计入总数）。</translation>
    </message>
    <message>
        <source>Filter SRAM</source>
        <translation>滤波器 SRAM</translation>
    </message>
    <message>
        <source>From the architecture</source>
        <translation>取自架构</translation>
    </message>
    <message>
        <source>Ifmap SRAM</source>
        <translation>ifmap SRAM</translation>
    </message>
    <message>
        <source>Inputs are stationary: each fold preloads a %1 × %2 block of the input windows (window element × output pixel) into the PEs. Filter weights stream in from the left, one filter per cycle for T = %3 cycles; partial sums flow down the columns into the ofmap SRAM.</source>
        <translation>输入驻留：每折将输入窗口的 %1 × %2 块（窗口元素 × 输出像素）预载入 PE。滤波器权重从左侧流入，每周期一个滤波器，共 T = %3 周期；部分和沿列向下流入 ofmap SRAM。</translation>
    </message>
    <message>
        <source>No valid design: open an accelerator project, or fix the architecture, problem or mapping (the editors say what is wrong).</source>
        <translation>没有有效的设计：请打开一个加速器项目，或修正架构、问题或映射（编辑器会指出错误）。</translation>
    </message>
    <message>
        <source>Ofmap SRAM</source>
        <translation>ofmap SRAM</translation>
    </message>
    <message>
        <source>Outputs are stationary: each of the %1 × %2 PEs accumulates one output (an output pixel of one filter). Input rows stream in from the left and filter weights from the top, one window element per cycle for T = %3 cycles; the finished outputs drain at the end of each fold.</source>
        <translation>输出驻留：%1 × %2 个 PE 各累加一个输出（某个滤波器的一个输出像素）。输入行从左侧、滤波器权重从上方流入，每周期一个窗口元素，共 T = %3 周期；每折结束时排出完成的输出。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Rows and columns of the architecture's MAC mesh, default SRAMs</source>
        <translation>架构 MAC 网格的行列数，默认 SRAM</translation>
    </message>
    <message>
        <source>SCALE-Sim's CALC mode: no stalls; the view reports the DRAM bandwidth each operand would need</source>
        <translation>SCALE-Sim 的 CALC 模式：无停顿；视图报告每个操作数所需的 DRAM 带宽</translation>
    </message>
    <message>
        <source>Stall-free (SCALE-Sim's CALC mode): to keep up, DRAM would have to move up to %1 words/cycle (on average ifmap %2, filter %3, ofmap %4).</source>
        <translation>无停顿（SCALE-Sim 的 CALC 模式）：要跟上计算，DRAM 需传输最多 %1 字/周期（平均 ifmap %2，滤波器 %3，ofmap %4）。</translation>
    </message>
    <message>
        <source>Stall-free: report the rate needed</source>
        <translation>无停顿：报告所需速率</translation>
    </message>
    <message>
        <source>Systolic array</source>
        <translation>脉动阵列</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>脉动阵列</translation>
    </message>
    <message>
        <source>The systolic model refused this layer: %1</source>
        <translation>脉动阵列模型拒绝了该层：%1</translation>
    </message>
    <message>
        <source>Unlimited DRAM bandwidth: no stall cycles.</source>
        <translation>DRAM 带宽不限：没有停顿周期。</translation>
    </message>
    <message>
        <source>Utilisation: overall %1, mapping efficiency %2, compute %3.
Cycles: %4 = %5 compute + %6 stall.
%7 folds (%8 × %9) of %10 cycles; %11 MACs.</source>
        <translation>利用率：总体 %1，映射效率 %2，计算 %3。
周期：%4 = %5 计算 + %6 停顿。
%7 折（%8 × %9），每折 %10 周期；%11 次 MAC。</translation>
    </message>
    <message>
        <source>Weights are stationary: each fold preloads a %1 × %2 block of filter weights (window element × filter) into the PEs. Input windows stream in from the left, one output pixel per cycle for T = %3 cycles; partial sums flow down the columns into the ofmap SRAM.</source>
        <translation>权重驻留：每折将 %1 × %2 块滤波器权重（窗口元素 × 滤波器）预载入 PE。输入窗口从左侧流入，每周期一个输出像素，共 T = %3 周期；部分和沿列向下流入 ofmap SRAM。</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <source>input stationary</source>
        <translation>输入驻留</translation>
    </message>
    <message>
        <source>output pixels</source>
        <translation>输出像素</translation>
    </message>
    <message>
        <source>output stationary</source>
        <translation>输出驻留</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>weight stationary</source>
        <translation>权重驻留</translation>
    </message>
    <message>
        <source>window R·S·C</source>
        <translation>窗口 R·S·C</translation>
    </message>
</context>
<context>
    <name>rl::views::StepThroughView</name>
    <message>
        <source>Step-through</source>
        <translation>逐步演示</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>Drag to skip through the steps</source>
        <translation>拖动以跳过若干步</translation>
    </message>
    <message>
        <source>Go to step:</source>
        <translation>跳到第几步：</translation>
    </message>
    <message>
        <source>Type a step number (1 is the first) and press Enter</source>
        <translation>输入步号（1 为第一步）并按回车</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <source>Nothing to step through: the project needs an accelerator, a problem and a mapping that validates (see the editors).</source>
        <translation>没有可演示的内容：项目需要一个加速器、一个问题和一个通过校验的映射（见编辑器）。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Loop nest (outer first), index now</source>
        <translation>循环嵌套（外层在前）与当前下标</translation>
    </message>
    <message>
        <source>MACs: one multiply-accumulate each per step</source>
        <translation>MAC：每步各做一次乘加</translation>
    </message>
    <message>
        <source>Rectangles: the tile each level holds now (thick: it moved this step; dashed: spread with gaps). Highlighted loops moved on entering this step.</source>
        <translation>矩形：各层当前驻留的分块（粗框：本步移动；虚线：分布有间隔）。高亮的循环在进入本步时发生了变化。</translation>
    </message>
    <message>
        <source>%1: %2 × %3 (rows × columns)</source>
        <translation>%1：%2 × %3（行 × 列）</translation>
    </message>
    <message>
        <source>PE array: %1 of %2 MACs busy</source>
        <translation>PE 阵列：%2 个 MAC 中 %1 个在工作</translation>
    </message>
    <message>
        <source>Accesses so far (words, all instances)</source>
        <translation>迄今访问次数（字，全部实例）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>读</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>MACs now at %1</source>
        <translation>MAC 当前位于 %1</translation>
    </message>
    <message>
        <source>No spatial loops: one MAC computes.</source>
        <translation>没有空间循环：只有一个 MAC 在计算。</translation>
    </message>
    <message>
        <source>across X (%1): %2 %3</source>
        <translation>沿 X（%1）：%2 %3</translation>
    </message>
    <message>
        <source>across Y (%1): %2 %3</source>
        <translation>沿 Y（%1）：%2 %3</translation>
    </message>
    <message>
        <source>MACs: %1 of %2 (%3)</source>
        <translation>MAC：%1 / %2（%3）</translation>
    </message>
    <message>
        <source>Shaded: moved during this step. After the last step these equal the Storage tab's counts.</source>
        <translation>阴影：本步中发生的访问。最后一步之后，这些数值与“存储”标签页中的计数相同。</translation>
    </message>
    <message>
        <source>During this step</source>
        <translation>本步中</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>读 %1</translation>
    </message>
    <message>
        <source>%1 filled</source>
        <translation>填充 %1</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>MACs computed: %1</source>
        <translation>已计算 MAC：%1</translation>
    </message>
</context>
<context>
    <name>rl::views::StepThroughScene</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>for %1 in [0, %2)</source>
        <translation>for %1 in [0, %2)</translation>
    </message>
    <message>
        <source>spatial_for %1 in [0, %2) across X</source>
        <translation>spatial_for %1 in [0, %2) 沿 X</translation>
    </message>
    <message>
        <source>spatial_for %1 in [0, %2) across Y</source>
        <translation>spatial_for %1 in [0, %2) 沿 Y</translation>
    </message>
    <message>
        <source>%1 = %2 of %3</source>
        <translation>%1 = %2（共 %3）</translation>
    </message>
    <message>
        <source>%1 %2–%3 of %4</source>
        <translation>%1 %2–%3（共 %4）</translation>
    </message>
</context>
<context>
    <name>rl::views::DataflowSession</name>
    <message>
        <source>Searching for the best mapping…</source>
        <translation>正在搜索最佳映射…</translation>
    </message>
    <message>
        <source>The mapper failed: %1</source>
        <translation>映射器失败：%1</translation>
    </message>
    <message>
        <source>The mapper was cancelled before it found a mapping: run it again to see a design.</source>
        <translation>映射器在找到映射之前被取消：请重新运行以查看设计。</translation>
    </message>
    <message>
        <source>The project's dataflow study cannot be shown:
%1</source>
        <translation>无法显示项目的数据流研究：
%1</translation>
    </message>
    <message>
        <source>The project's mapping does not fit its architecture and problem:
%1</source>
        <translation>项目的映射与其架构和问题不匹配：
%1</translation>
    </message>
    <message>
        <source>No mapping in the project: the mapper is searching for one (%1, seed %2, %3 evaluations)…</source>
        <translation>项目中没有映射：映射器正在搜索（%1，种子 %2，%3 次评估）…</translation>
    </message>
    <message>
        <source>The mapper found no valid mapping of %1 on %2 (the tiles may not fit the buffers).</source>
        <translation>映射器未找到 %1 在 %2 上的有效映射（分块可能放不进缓冲区）。</translation>
    </message>
    <message>
        <source>The mapper's best mapping does not validate:
%1</source>
        <translation>映射器的最佳映射未通过验证：
%1</translation>
    </message>
    <message>
        <source>mapper (%1, seed %2)</source>
        <translation>映射器（%1，种子 %2）</translation>
    </message>
</context>
<context>
    <name>rl::views::DataflowPage</name>
    <message>
        <source>Not applied: %1. The views show the last valid design.</source>
        <translation>未应用：%1。视图显示的是最后一个有效设计。</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>未应用：%1。</translation>
    </message>
</context>
<context>
    <name>rl::views::StaleBanner</name>
    <message>
        <source>Result is stale: %1 has an error at %2</source>
        <translation>结果已过期：%1 在 %2 处有错误</translation>
    </message>
    <message>
        <source>No result: %1 has an error at %2</source>
        <translation>无结果：%1 在 %2 处有错误</translation>
    </message>
    <message>
        <source>Result is stale: running again with the corrected specs…</source>
        <translation>结果已过期：正在用修正后的规格重新计算…</translation>
    </message>
    <message>
        <source>Result is stale: the last prediction failed (see Messages).</source>
        <translation>结果已过期：上一次预测失败（见“消息”）。</translation>
    </message>
    <message>
        <source>Go to the field</source>
        <translation>转到该字段</translation>
    </message>
</context>
<context>
    <name>rl::views::Format</name>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>rl::gui::NewDocumentDialog</name>
    <message>
        <source>New hardware</source>
        <translation>新建硬件</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>新建模型</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新建场景</translation>
    </message>
    <message>
        <source>New accelerator</source>
        <translation>新建加速器</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>新建问题</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>新建映射</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>空白模板</translation>
    </message>
    <message>
        <source>A minimal valid document with every required field: fill in your own figures.</source>
        <translation>包含全部必填字段的最小有效文档：填入您自己的数值。</translation>
    </message>
    <message>
        <source>A copy of a library item:</source>
        <translation>库中条目的副本：</translation>
    </message>
    <message>
        <source>%1 (my library)</source>
        <translation>%1（我的库）</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>The blank %1 template is missing from this build.</source>
        <translation>此版本缺少空白 %1 模板。</translation>
    </message>
    <message>
        <source>blank template</source>
        <translation>空白模板</translation>
    </message>
</context>
<context>
    <name>rl::gui::CompleteProjectDialog</name>
    <message>
        <source>Open as a new project</source>
        <translation>作为新项目打开</translation>
    </message>
    <message>
        <source>the model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>the hardware %1</source>
        <translation>硬件 %1</translation>
    </message>
    <message>
        <source>the scenario %1</source>
        <translation>场景 %1</translation>
    </message>
    <message>
        <source>No project is open. To predict %1, choose what to run it on; the result opens as a new, unsaved project.</source>
        <translation>当前没有打开的项目。要预测%1，请选择运行它的对象；结果将作为新的未保存项目打开。</translation>
    </message>
    <message>
        <source>Default inference (batch 1, 512 prompt + 128 generated tokens, fp16)</source>
        <translation>默认推理（批大小 1，512 个提示 + 128 个生成词元，fp16）</translation>
    </message>
    <message>
        <source>%1 (my library)</source>
        <translation>%1（我的库）</translation>
    </message>
    <message>
        <source>Hardware:</source>
        <translation>硬件：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>The blank %1 template is missing from this build.</source>
        <translation>此版本缺少空白 %1 模板。</translation>
    </message>
    <message>
        <source>default scenario</source>
        <translation>默认场景</translation>
    </message>
    <message>
        <source>Default inference</source>
        <translation>默认推理</translation>
    </message>
</context>
<context>
    <name>rl::views::MessageText</name>
    <message>
        <source>kernel launch overhead</source>
        <translation>内核启动开销</translation>
    </message>
    <message>
        <source>compute (%1 matrix units)</source>
        <translation>计算（%1 矩阵单元）</translation>
    </message>
    <message>
        <source>vector compute (%1)</source>
        <translation>向量计算（%1）</translation>
    </message>
    <message>
        <source>%1 bandwidth</source>
        <translation>%1 带宽</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>optimizer state</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>%1 on %2: %3 in all%4.</source>
        <translation>%1 在 %2 上：共 %3%4。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Time to first token %1; %2 per output token; %3 tokens/s; MFU %4; %5 bandwidth utilisation %6.</source>
        <translation>首个词元时间 %1；每个输出词元 %2；%3 词元/s；MFU %4；%5 带宽利用率 %6。</translation>
    </message>
    <message>
        <source>Communication takes %1 of the time.</source>
        <translation>通信占用 %1 的时间。</translation>
    </message>
    <message>
        <source>Fits: needs %1 of %2; the largest batch that fits is %3.</source>
        <translation>可容纳：需要 %1（共 %2）；可容纳的最大批大小为 %3。</translation>
    </message>
    <message>
        <source>Does not fit: needs %1, has %2 (the weights alone need %3).</source>
        <translation>无法容纳：需要 %1，可用 %2（仅权重就需要 %3）。</translation>
    </message>
    <message>
        <source>Does not fit: needs %1, has %2 at batch %3; the largest batch that fits is %4.</source>
        <translation>无法容纳：批大小 %3 时需要 %1，可用 %2；可容纳的最大批大小为 %4。</translation>
    </message>
    <message>
        <source>The run is bound by %1: %2 of its time is in operators it binds.</source>
        <translation>运行受 %1 限制：%2 的时间花在受其限制的算子上。</translation>
    </message>
    <message>
        <source>The run is bound by %1: %2 of its time is in operators it binds, whose %3 traffic is %4.</source>
        <translation>运行受 %1 限制：%2 的时间花在受其限制的算子上，其 %3 流量为 %4。</translation>
    </message>
    <message>
        <source>%1 is bound by %2: %3 of its time is in operators it binds.</source>
        <translation>%1 受 %2 限制：%3 的时间花在受其限制的算子上。</translation>
    </message>
    <message>
        <source>%1 is bound by %2: %3 of its time is in operators it binds, whose %4 traffic is %5.</source>
        <translation>%1 受 %2 限制：%3 的时间花在受其限制的算子上，其 %4 流量为 %5。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The next bound, %1, would need %2 of the time %3 needs.</source>
        <translation>下一个限制因素 %1 所需时间为 %3 所需时间的 %2。</translation>
    </message>
    <message>
        <source>%1 (%2) is bound by %3 at %4 each, %5 of the run.</source>
        <translation>%1（%2）受 %3 限制，每次 %4，占运行的 %5。</translation>
    </message>
    <message>
        <source>%1 (%2, ×%3) is bound by %4 at %5 each, %6 of the run.</source>
        <translation>%1（%2，×%3）受 %4 限制，每次 %5，占运行的 %6。</translation>
    </message>
    <message>
        <source>The next bound, %1, is %2 of it.</source>
        <translation>下一个限制因素 %1 为其 %2。</translation>
    </message>
    <message>
        <source>%1: %2 faster.</source>
        <translation>%1：快 %2。</translation>
    </message>
    <message>
        <source>%1: %2 throughput, %3 latency.</source>
        <translation>%1：吞吐量 %2，延迟 %3。</translation>
    </message>
    <message>
        <source>%1 %2 bandwidth</source>
        <translation>%1 %2 带宽</translation>
    </message>
    <message>
        <source>%1 compute</source>
        <translation>%1 算力</translation>
    </message>
    <message>
        <source>%1 weights, %2 activations</source>
        <translation>权重 %1，激活 %2</translation>
    </message>
    <message>
        <source>%1 weights, %2 activations, %3 KV cache</source>
        <translation>权重 %1，激活 %2，KV 缓存 %3</translation>
    </message>
    <message>
        <source>%1 batch</source>
        <translation>%1 批大小</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>the pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <source>exposed TP communication</source>
        <translation>未被掩盖的 TP 通信</translation>
    </message>
    <message>
        <source>exposed CP ring attention communication</source>
        <translation>未被掩盖的 CP 环形注意力通信</translation>
    </message>
    <message>
        <source>exposed EP all-to-all</source>
        <translation>未被掩盖的 EP 全对全</translation>
    </message>
    <message>
        <source>exposed PP send/recv</source>
        <translation>未被掩盖的 PP 发送/接收</translation>
    </message>
    <message>
        <source>exposed DP communication</source>
        <translation>未被掩盖的 DP 通信</translation>
    </message>
    <message>
        <source>the optimizer step</source>
        <translation>优化器步骤</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>No request was served.</source>
        <translation>没有请求得到服务。</translation>
    </message>
    <message>
        <source>Queueing is %1 of p99 TTFT (%2): requests wait for a batch slot or KV-cache blocks.</source>
        <translation>排队占 p99 TTFT（%2）的 %1：请求在等待批次槽位或 KV 缓存块。</translation>
    </message>
    <message>
        <source>Queueing is %1 of p99 TTFT (%2): the prefill itself dominates.</source>
        <translation>排队占 p99 TTFT（%2）的 %1：预填充本身占主导。</translation>
    </message>
    <message>
        <source>p99 time between tokens is %1 (median %2).</source>
        <translation>词元间隔的 p99 为 %1（中位数 %2）。</translation>
    </message>
    <message>
        <source>p99 time between tokens is %1 (median %2): decodes stall behind whole prompts in the same or an earlier iteration.</source>
        <translation>词元间隔的 p99 为 %1（中位数 %2）：解码在同一或更早的迭代中被完整提示阻塞。</translation>
    </message>
    <message>
        <source>p99 time between tokens is %1 (median %2): some iterations carry large prefill chunks or recomputations.</source>
        <translation>词元间隔的 p99 为 %1（中位数 %2）：部分迭代包含较大的预填充块或重计算。</translation>
    </message>
    <message>
        <source>%1 preemptions: the KV cache (%2 blocks of %3 tokens per replica) runs out.</source>
        <translation>%1 次抢占：KV 缓存（每个副本 %2 个块，每块 %3 个词元）耗尽。</translation>
    </message>
    <message>
        <source>Devices are busy %1 of the time at %2 MFU; batches average %3 sequences (max %4).</source>
        <translation>设备忙碌时间占 %1，MFU 为 %2；批次平均 %3 条序列（最多 %4）。</translation>
    </message>
    <message>
        <source>%1 of served requests meet the SLO.</source>
        <translation>%1 的已服务请求满足 SLO。</translation>
    </message>
    <message>
        <source>%1 requests were rejected (see each request's reason).</source>
        <translation>%1 个请求被拒绝（原因见各请求）。</translation>
    </message>
    <message>
        <source>%1: p99 TTFT %2 → %3, p99 TBT %4, preemptions %5 → %6</source>
        <translation>%1：p99 TTFT %2 → %3，p99 TBT %4，抢占 %5 → %6</translation>
    </message>
    <message>
        <source>%1: cannot be simulated (%2)</source>
        <translation>%1：无法模拟（%2）</translation>
    </message>
    <message>
        <source>+1 replica</source>
        <translation>+1 个副本</translation>
    </message>
    <message>
        <source>fp8 KV cache</source>
        <translation>fp8 KV 缓存</translation>
    </message>
    <message>
        <source>max batch %1</source>
        <translation>最大批大小 %1</translation>
    </message>
    <message>
        <source>Sarathi chunk %1</source>
        <translation>Sarathi 分块 %1</translation>
    </message>
    <message>
        <source>%1 is %2 of the step (%3)</source>
        <translation>%1占步骤的 %2（%3）</translation>
    </message>
    <message>
        <source>DP reduce-scatter is exposed for %1 because it shares the NIC with PP sends (%2 longer than alone)</source>
        <translation>DP 归约分散有 %1 未被掩盖，因为它与 PP 发送共享网卡（比单独运行长 %2）</translation>
    </message>
    <message>
        <source>DP all-reduce is exposed for %1 because it shares the NIC with PP sends (%2 longer than alone)</source>
        <translation>DP 全归约有 %1 未被掩盖，因为它与 PP 发送共享网卡（比单独运行长 %2）</translation>
    </message>
    <message>
        <source>fp8 scaling (casts with amax, amax all-reduce) costs %1 of the step</source>
        <translation>fp8 缩放（带 amax 的类型转换、amax 全归约）占步骤的 %1</translation>
    </message>
    <message>
        <source>Stage %1 does not fit in memory</source>
        <translation>阶段 %1 无法装入内存</translation>
    </message>
    <message>
        <source>%1 micro-batches instead of %2 (global batch ×2)</source>
        <translation>%1 个微批次而非 %2（全局批次 ×2）</translation>
    </message>
    <message>
        <source>%1 micro-batches instead of %2 (half the micro-batch)</source>
        <translation>%1 个微批次而非 %2（微批次减半）</translation>
    </message>
    <message>
        <source>interleave %1 chunks per rank</source>
        <translation>每个 rank 交错 %1 个分块</translation>
    </message>
    <message>
        <source>zero-bubble schedule (ZB-H1)</source>
        <translation>零气泡调度（ZB-H1）</translation>
    </message>
    <message>
        <source>fp8 GEMMs with per-tensor scaling</source>
        <translation>fp8 GEMM（逐张量缩放）</translation>
    </message>
    <message>
        <source>DP communication overlapped with compute</source>
        <translation>DP 通信与计算重叠</translation>
    </message>
    <message>
        <source>TP communication overlapped with GEMMs</source>
        <translation>TP 通信与 GEMM 重叠</translation>
    </message>
    <message>
        <source>sequence parallelism on</source>
        <translation>开启序列并行</translation>
    </message>
    <message>
        <source>selective recompute</source>
        <translation>选择性重计算</translation>
    </message>
    <message>
        <source>no recompute</source>
        <translation>不重计算</translation>
    </message>
    <message>
        <source>distributed optimizer (ZeRO 1)</source>
        <translation>分布式优化器（ZeRO 1）</translation>
    </message>
    <message>
        <source>pipeline stage %1 does not fit in device memory</source>
        <translation>流水线阶段 %1 无法装入设备内存</translation>
    </message>
    <message>
        <source>%1 requests were rejected; the first: request %2 %3</source>
        <translation>%1 个请求被拒绝；第一个：请求 %2（%3）</translation>
    </message>
    <message>
        <source>the scenario uses %1 devices but the hardware has no interconnect: collectives are not costed</source>
        <translation>场景使用 %1 个设备，但硬件没有互连：集合通信未计入成本</translation>
    </message>
    <message>
        <source>the scenario uses %1 devices but '%2' lists %3; assuming identical devices on the same links</source>
        <translation>场景使用 %1 个设备，但“%2”只列出 %3 个；假定为相同链路上的相同设备</translation>
    </message>
    <message>
        <source>cannot analyse: %1</source>
        <translation>无法分析：%1</translation>
    </message>
    <message>
        <source>the hardware lists no memory levels: only compute is costed</source>
        <translation>硬件未列出存储层级：仅计入计算成本</translation>
    </message>
    <message>
        <source>the analytical predictor costs one inference pass (batch, prompt and generated tokens of the scenario's inference settings); a '%1' scenario needs the simulator for its full behaviour</source>
        <translation>解析预测器只计算一次推理（使用场景推理设置中的批大小、提示与生成词元）；“%1”场景需要模拟器才能反映其完整行为</translation>
    </message>
    <message>
        <source>%1: %2 over %3 ranks on interconnect dimension %4: '%5' has no interconnect</source>
        <translation>%1：%2 跨 %3 个 rank，位于互连维度 %4：“%5”没有互连</translation>
    </message>
    <message>
        <source>%1: %2 over %3 ranks on interconnect dimension %4: '%5' has dimensions 0..%6</source>
        <translation>%1：%2 跨 %3 个 rank，位于互连维度 %4：“%5”只有维度 0..%6</translation>
    </message>
    <message>
        <source>%1: %2 over %3 ranks on interconnect dimension %4 (%5) needs %6 devices, but '%7' has %8 up to that dimension (costed as if it extended)</source>
        <translation>%1：%2 跨 %3 个 rank，位于互连维度 %4（%5），需要 %6 个设备，但“%7”到该维度只有 %8 个（按该维度继续延伸计算）</translation>
    </message>
    <message>
        <source>few tiles: %1 of the device's compute is busy</source>
        <translation>分块过少：设备只有 %1 的算力在工作</translation>
    </message>
    <message>
        <source>the hardware has no interconnect: the collective is costed as local memory traffic only</source>
        <translation>硬件没有互连：该集合通信仅按本地内存流量计算</translation>
    </message>
    <message>
        <source>outside the training data: %1</source>
        <translation>超出训练数据范围：%1</translation>
    </message>
    <message>
        <source>%1 = %2 (trained on %3 .. %4)</source>
        <translation>%1 = %2（训练范围 %3 .. %4）</translation>
    </message>
    <message>
        <source>how the correction carries to %1 is unchecked (the model has one training device, or its transfer check was skipped): half of it is applied</source>
        <translation>校正能否迁移到 %1 尚未验证（模型只有一个训练设备，或跳过了迁移检验）：只应用一半校正</translation>
    </message>
    <message>
        <source>%1 was not trained on %2 operators</source>
        <translation>%1未在“%2”类算子上训练</translation>
    </message>
    <message>
        <source>roofline kept: %1 was not trained on %2 operators</source>
        <translation>保留 Roofline 时间：%1未在“%2”类算子上训练</translation>
    </message>
    <message>
        <source>the hybrid model</source>
        <translation>混合模型</translation>
    </message>
    <message>
        <source>the learned model</source>
        <translation>学习模型</translation>
    </message>
    <message>
        <source>the %1 model</source>
        <translation>%1 模型</translation>
    </message>
    <message>
        <source>needs %1 KV-cache blocks (%2 prompt + %3 output tokens) plus a watermark of %4; a replica has %5</source>
        <translation>需要 %1 个 KV 缓存块（%2 个提示词元 + %3 个输出词元），另加 %4 个水位线块；一个副本只有 %5 个</translation>
    </message>
    <message>
        <source>prompt of %1 tokens exceeds max_batched_tokens %2 (vLLM does not split prompts)</source>
        <translation>%1 个词元的提示超过 max_batched_tokens %2（vLLM 不拆分提示）</translation>
    </message>
    <message>
        <source>never completed: the replica could not make progress</source>
        <translation>从未完成：副本无法继续推进</translation>
    </message>
    <message>
        <source>KV cache: %1 blocks of %2 tokens (%3) per device after %4 of weights and %5 of activations</source>
        <translation>KV 缓存：每个设备 %1 个块，每块 %2 个词元（%3），已扣除 %4 权重和 %5 激活</translation>
    </message>
    <message>
        <source>model '%1' cannot be served: the serving simulator needs a decoder transformer</source>
        <translation>模型“%1”无法部署推理服务：服务模拟器需要解码器 Transformer 模型</translation>
    </message>
    <message>
        <source>model '%1' cannot be served on '%2' at TP %3 × PP %4: no KV-cache block fits: each device has %5, keeps %6 in reserve, and needs %7 for weights and %8 for activations</source>
        <translation>模型“%1”无法在“%2”上以 TP %3 × PP %4 提供服务：放不下任何 KV 缓存块：每个设备有 %5，预留 %6，权重需要 %7，激活需要 %8</translation>
    </message>
    <message>
        <source>capacity search needs a service-level objective: set serving.slo ttft_p99, tpot_p99 or e2e_p99</source>
        <translation>容量搜索需要服务等级目标：请设置 serving.slo 的 ttft_p99、tpot_p99 或 e2e_p99</translation>
    </message>
    <message>
        <source>model '%1' is a %2; the training simulator needs a transformer</source>
        <translation>模型“%1”的类型是 %2；训练模拟器需要 Transformer 模型</translation>
    </message>
    <message>
        <source>tensor parallelism %1 does not divide the %2 attention heads of '%3'</source>
        <translation>张量并行度 %1 不能整除“%3”的 %2 个注意力头</translation>
    </message>
    <message>
        <source>context parallelism %1 needs the sequence (%2) to be a multiple of 2 × CP = %3 (ring attention's load-balanced chunks)</source>
        <translation>上下文并行度 %1 要求序列长度（%2）是 2 × CP = %3 的倍数（环形注意力的负载均衡分块）</translation>
    </message>
    <message>
        <source>pipeline %1 × interleave %2 = %3 virtual stages for only %4 layers of '%5'</source>
        <translation>流水线 %1 × 交错数 %2 = %3 个虚拟阶段，但“%5”只有 %4 层</translation>
    </message>
    <message>
        <source>global batch %1 is not a multiple of micro batch × data parallel = %2 × %3</source>
        <translation>全局批次 %1 不是微批次 × 数据并行度 = %2 × %3 的倍数</translation>
    </message>
    <message>
        <source>the interleaved schedule needs interleave &gt;= 2</source>
        <translation>交错调度需要交错数 ≥ 2</translation>
    </message>
    <message>
        <source>interleaved 1F1B needs the micro-batches per replica (%1) to be a multiple of pipeline parallelism (%2)</source>
        <translation>交错 1F1B 要求每个副本的微批次数（%1）是流水线并行度（%2）的倍数</translation>
    </message>
    <message>
        <source>interleave %1 needs the 1F1B schedule, not %2</source>
        <translation>交错数 %1 需要 1F1B 调度，而非 %2</translation>
    </message>
    <message>
        <source>expert parallelism %1 on dense model '%2' (no experts)</source>
        <translation>在稠密模型“%2”上使用专家并行度 %1（没有专家）</translation>
    </message>
    <message>
        <source>expert parallelism %1 must divide the %2 experts and data parallelism %3</source>
        <translation>专家并行度 %1 必须整除 %2 个专家和数据并行度 %3</translation>
    </message>
    <message>
        <source>sequence parallelism needs the sequence (%1) to be a multiple of tensor × context parallelism (%2 × %3)</source>
        <translation>序列并行要求序列长度（%1）是张量并行度 × 上下文并行度（%2 × %3）的倍数</translation>
    </message>
    <message>
        <source>the plan needs TP × CP × PP × DP = %1 × %2 × %3 × %4 = %5 GPUs; '%6' has %7</source>
        <translation>该方案需要 TP × CP × PP × DP = %1 × %2 × %3 × %4 = %5 个 GPU；“%6”只有 %7 个</translation>
    </message>
    <message>
        <source>fp8 GEMMs need fp8 tensor cores; '%1' lists no fp8 peak</source>
        <translation>fp8 GEMM 需要 fp8 张量核心；“%1”未列出 fp8 峰值算力</translation>
    </message>
    <message>
        <source>no plan of TP (within a node, dividing the %1 heads) × PP (at most the %2 layers) × DP divides %3 GPUs and the global batch of %4</source>
        <translation>没有任何 TP（节点内，整除 %1 个注意力头）× PP（不超过 %2 层）× DP 的方案能整除 %3 个 GPU 和全局批次 %4</translation>
    </message>
    <message>
        <source>workload: %1</source>
        <translation>负载：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(row) (line %1, column %2): warning: got %3; at least %4 fields (the row has %5)</source>
        <translation>（数据行）（第 %1 行，第 %2 列）：警告：读到 %3；至少需要 %4 个字段（该行只有 %5 个）</translation>
    </message>
    <message>
        <source>column "%1" (line %2, column %3): warning: got %4; a whole number of tokens from 0 to %5 (row skipped)</source>
        <translation>列“%1”（第 %2 行，第 %3 列）：警告：读到 %4；应为 0 到 %5 之间的整数词元数（已跳过该行）</translation>
    </message>
    <message>
        <source>column "%1" (line %2, column %3): warning: got %4; a timestamp such as "2023-11-16 18:15:46.6805900" like the rows above (row skipped)</source>
        <translation>列“%1”（第 %2 行，第 %3 列）：警告：读到 %4；应与上面各行一样为时间戳，例如“2023-11-16 18:15:46.6805900”（已跳过该行）</translation>
    </message>
    <message>
        <source>column "%1" (line %2, column %3): warning: got %4; an arrival time in seconds &gt;= 0 like the rows above (row skipped)</source>
        <translation>列“%1”（第 %2 行，第 %3 列）：警告：读到 %4；应与上面各行一样为以秒计的到达时间 ≥ 0（已跳过该行）</translation>
    </message>
    <message>
        <source>column "%1" (line %2, column %3): warning: got %4; an arrival time in seconds, or a timestamp such as "2023-11-16 18:15:46.6805900" (row skipped)</source>
        <translation>列“%1”（第 %2 行，第 %3 列）：警告：读到 %4；应为以秒计的到达时间，或时间戳，例如“2023-11-16 18:15:46.6805900”（已跳过该行）</translation>
    </message>
    <message>
        <source>(file): warning: got %1 more bad rows; rows like the ones above (skipped; only the first %2 are listed)</source>
        <translation>（文件）：警告：另有 %1 个错误行；与上面各行类似（已跳过；只列出前 %2 个）</translation>
    </message>
    <message>
        <source>(rows): warning: got %1 usable rows; %2 requests as the scenario asks (replaying all %3 rows instead)</source>
        <translation>（数据行）：警告：只有 %1 个可用行；场景要求 %2 个请求（改为回放全部 %3 行）</translation>
    </message>
    <message>
        <source>TP comm exposed</source>
        <translation>未被掩盖的 TP 通信</translation>
    </message>
    <message>
        <source>CP comm exposed</source>
        <translation>未被掩盖的 CP 通信</translation>
    </message>
    <message>
        <source>EP comm exposed</source>
        <translation>未被掩盖的 EP 通信</translation>
    </message>
    <message>
        <source>PP comm exposed</source>
        <translation>未被掩盖的 PP 通信</translation>
    </message>
    <message>
        <source>DP comm exposed</source>
        <translation>未被掩盖的 DP 通信</translation>
    </message>
</context>
<context>
    <name>rl::views::FieldSchema</name>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The kind of file; set by Ridgeline.</source>
        <translation>文件类型；由 Ridgeline 设置。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Version of the file format.</source>
        <translation>文件格式的版本。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Display name of the device.</source>
        <translation>设备的显示名称。</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Manufacturer.</source>
        <translation>制造商。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What the spec describes.</source>
        <translation>该规格描述的对象。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The datasheet or paper the figures come from.</source>
        <translation>数据所依据的数据手册或论文。</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Other names of the device in measurement files, comma separated.</source>
        <translation>测量文件中设备的其他名称，以逗号分隔。</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Math units, their clock and peaks.</source>
        <translation>计算单元、时钟与峰值。</translation>
    </message>
    <message>
        <source>Compute units</source>
        <translation>计算单元</translation>
    </message>
    <message>
        <source>SMs, cores or PEs (1 to 10^7).</source>
        <translation>SM、核心或 PE（1 至 10^7）。</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Boost clock.</source>
        <translation>加速时钟。</translation>
    </message>
    <message>
        <source>Peak math rate</source>
        <translation>峰值计算速率</translation>
    </message>
    <message>
        <source>Dense peak per device and data type; at least one.</source>
        <translation>每个设备、每种数据类型的稠密峰值；至少一项。</translation>
    </message>
    <message>
        <source>Dense peak math rate for this data type.</source>
        <translation>该数据类型的稠密峰值计算速率。</translation>
    </message>
    <message>
        <source>Compute efficiency</source>
        <translation>计算效率</translation>
    </message>
    <message>
        <source>Fraction of the peak a well-tuned kernel reaches, per data type.</source>
        <translation>调优良好的内核在每种数据类型上达到的峰值比例。</translation>
    </message>
    <message>
        <source>Fraction of the peak reached for this data type, in (0, 1].</source>
        <translation>该数据类型达到的峰值比例，取值 (0, 1]。</translation>
    </message>
    <message>
        <source>Energy per operation</source>
        <translation>每次运算能耗</translation>
    </message>
    <message>
        <source>Energy of one operation at the math precision.</source>
        <translation>在计算精度下一次运算的能耗。</translation>
    </message>
    <message>
        <source>Memory levels</source>
        <translation>存储层级</translation>
    </message>
    <message>
        <source>Memory hierarchy, outermost (DRAM/HBM) first; inner levels must not hold more.</source>
        <translation>存储层次结构，最外层（DRAM/HBM）在前；内层容量不得更大。</translation>
    </message>
    <message>
        <source>memory level</source>
        <translation>存储层级</translation>
    </message>
    <message>
        <source>Name of the level, e.g. HBM3 or L2.</source>
        <translation>层级名称，例如 HBM3 或 L2。</translation>
    </message>
    <message>
        <source>Technology of the level.</source>
        <translation>该层级的技术。</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Capacity of one instance.</source>
        <translation>单个实例的容量。</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Copies of this level, e.g. one L1 per SM.</source>
        <translation>该层级的副本数，例如每个 SM 一个 L1。</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Aggregate bandwidth over all instances; drag the slider to scale it.</source>
        <translation>所有实例的总带宽；拖动滑块可缩放。</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>Fraction of the bandwidth a streaming kernel reaches, in (0, 1].</source>
        <translation>流式内核达到的带宽比例，取值 (0, 1]。</translation>
    </message>
    <message>
        <source>Read energy</source>
        <translation>读能耗</translation>
    </message>
    <message>
        <source>Energy per byte read.</source>
        <translation>每读取一字节的能耗。</translation>
    </message>
    <message>
        <source>Write energy</source>
        <translation>写能耗</translation>
    </message>
    <message>
        <source>Energy per byte written.</source>
        <translation>每写入一字节的能耗。</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Access latency.</source>
        <translation>访问延迟。</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>互连</translation>
    </message>
    <message>
        <source>Links between devices, innermost dimension first.</source>
        <translation>设备之间的连接，最内层维度在前。</translation>
    </message>
    <message>
        <source>interconnect dimension</source>
        <translation>互连维度</translation>
    </message>
    <message>
        <source>Name of the link, e.g. NVLink4.</source>
        <translation>链路名称，例如 NVLink4。</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>How the devices of this dimension are connected.</source>
        <translation>该维度中设备的连接方式。</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>Devices along this dimension (1 to 10^6).</source>
        <translation>该维度上的设备数（1 至 10^6）。</translation>
    </message>
    <message>
        <source>Link bandwidth</source>
        <translation>链路带宽</translation>
    </message>
    <message>
        <source>Bandwidth per device and direction; drag the slider to scale it.</source>
        <translation>每个设备每个方向的带宽；拖动滑块可缩放。</translation>
    </message>
    <message>
        <source>Latency per message.</source>
        <translation>每条消息的延迟。</translation>
    </message>
    <message>
        <source>Fraction of the link bandwidth collectives reach, in (0, 1].</source>
        <translation>集合通信达到的链路带宽比例，取值 (0, 1]。</translation>
    </message>
    <message>
        <source>Energy per byte</source>
        <translation>每字节能耗</translation>
    </message>
    <message>
        <source>Energy per byte sent over the link.</source>
        <translation>经链路发送每字节的能耗。</translation>
    </message>
    <message>
        <source>Thermal design power</source>
        <translation>热设计功耗</translation>
    </message>
    <message>
        <source>Power the device is designed to draw.</source>
        <translation>设备设计的功耗。</translation>
    </message>
    <message>
        <source>Die area</source>
        <translation>芯片面积</translation>
    </message>
    <message>
        <source>Silicon area of the die.</source>
        <translation>芯片的硅面积。</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>每小时成本</translation>
    </message>
    <message>
        <source>Rental price.</source>
        <translation>租用价格。</translation>
    </message>
    <message>
        <source>Kernel launch</source>
        <translation>内核启动</translation>
    </message>
    <message>
        <source>Fixed overhead of each kernel launch.</source>
        <translation>每次内核启动的固定开销。</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <source>PE array of a spatial accelerator; edited on the Dataflow page.</source>
        <translation>空间加速器的 PE 阵列；在数据流页面中编辑。</translation>
    </message>
    <message>
        <source>Display name of the model.</source>
        <translation>模型的显示名称。</translation>
    </message>
    <message>
        <source>Where the architecture comes from.</source>
        <translation>架构的来源。</translation>
    </message>
    <message>
        <source>Published parameters</source>
        <translation>公开参数量</translation>
    </message>
    <message>
        <source>The parameter count the model is known by.</source>
        <translation>模型对外公布的参数量。</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>A Hugging Face config.json; one of transformer, CNN or graph.</source>
        <translation>Hugging Face 的 config.json；Transformer、CNN、图三者之一。</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>模型系列</translation>
    </message>
    <message>
        <source>Hugging Face model type; selects which keys are read.</source>
        <translation>Hugging Face 模型类型；决定读取哪些键。</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏层大小</translation>
    </message>
    <message>
        <source>Width of the residual stream (d_model).</source>
        <translation>残差流的宽度（d_model）。</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Transformer blocks.</source>
        <translation>Transformer 块数。</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <source>Query heads per layer.</source>
        <translation>每层的查询头数。</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Longest context the model supports, in tokens.</source>
        <translation>模型支持的最长上下文，以词元计。</translation>
    </message>
    <message>
        <source>MLP width</source>
        <translation>MLP 宽度</translation>
    </message>
    <message>
        <source>Width of the MLP; null: 4 x hidden size.</source>
        <translation>MLP 的宽度；null 表示 4 倍隐藏层大小。</translation>
    </message>
    <message>
        <source>Width of the MLP.</source>
        <translation>MLP 的宽度。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>MLP activation; any name Hugging Face uses is accepted.</source>
        <translation>MLP 激活函数；接受 Hugging Face 使用的任何名称。</translation>
    </message>
    <message>
        <source>Width of the MLP (per expert for MoE).</source>
        <translation>MLP 的宽度（MoE 中为每个专家）。</translation>
    </message>
    <message>
        <source>Key/value heads</source>
        <translation>键/值头数</translation>
    </message>
    <message>
        <source>Fewer than the query heads for GQA, 1 for MQA; default: as many.</source>
        <translation>GQA 时少于查询头数，MQA 时为 1；默认与查询头数相同。</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>头维度</translation>
    </message>
    <message>
        <source>Width of one head; default: hidden size / heads.</source>
        <translation>单个头的宽度；默认：隐藏层大小 / 头数。</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <source>Tokens in the vocabulary (embedding and LM head rows).</source>
        <translation>词表中的词元数（嵌入层与 LM 头的行数）。</translation>
    </message>
    <message>
        <source>Tied LM head</source>
        <translation>共享 LM 头</translation>
    </message>
    <message>
        <source>The LM head shares the embedding matrix.</source>
        <translation>LM 头与嵌入矩阵共享权重。</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家数</translation>
    </message>
    <message>
        <source>Experts per MoE layer; absent for dense models.</source>
        <translation>每个 MoE 层的专家数；稠密模型不设置。</translation>
    </message>
    <message>
        <source>Experts per token</source>
        <translation>每词元专家数</translation>
    </message>
    <message>
        <source>Experts each token is routed to (top-k).</source>
        <translation>每个词元路由到的专家数（top-k）。</translation>
    </message>
    <message>
        <source>Attention bias</source>
        <translation>注意力偏置</translation>
    </message>
    <message>
        <source>Biases on the attention projections.</source>
        <translation>注意力投影上的偏置。</translation>
    </message>
    <message>
        <source>MLP bias</source>
        <translation>MLP 偏置</translation>
    </message>
    <message>
        <source>Biases on the MLP projections.</source>
        <translation>MLP 投影上的偏置。</translation>
    </message>
    <message>
        <source>Norm epsilon</source>
        <translation>归一化 epsilon</translation>
    </message>
    <message>
        <source>Does not change cost; kept for the round trip.</source>
        <translation>不影响开销；为往返保存而保留。</translation>
    </message>
    <message>
        <source>Checkpoint data type</source>
        <translation>检查点数据类型</translation>
    </message>
    <message>
        <source>Does not change cost: the scenario's precision does.</source>
        <translation>不影响开销：由场景的精度决定。</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>A layer list; one of transformer, CNN or graph.</source>
        <translation>层列表；Transformer、CNN、图三者之一。</translation>
    </message>
    <message>
        <source>Input image</source>
        <translation>输入图像</translation>
    </message>
    <message>
        <source>Size of one input image.</source>
        <translation>单张输入图像的尺寸。</translation>
    </message>
    <message>
        <source>Height [px]</source>
        <translation>高度 [像素]</translation>
    </message>
    <message>
        <source>Image height in pixels.</source>
        <translation>图像高度（像素）。</translation>
    </message>
    <message>
        <source>Width [px]</source>
        <translation>宽度 [像素]</translation>
    </message>
    <message>
        <source>Image width in pixels.</source>
        <translation>图像宽度（像素）。</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道数</translation>
    </message>
    <message>
        <source>Input channels (3 for RGB).</source>
        <translation>输入通道数（RGB 为 3）。</translation>
    </message>
    <message>
        <source>Layers and blocks, input first.</source>
        <translation>层与块，从输入开始。</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Layer or block type.</source>
        <translation>层或块的类型。</translation>
    </message>
    <message>
        <source>Output channels</source>
        <translation>输出通道数</translation>
    </message>
    <message>
        <source>Required except for pools and depthwise convolutions.</source>
        <translation>除池化和深度卷积外必填。</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Kernel size (square).</source>
        <translation>卷积核大小（正方形）。</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Stride; for blocks, of the first repetition.</source>
        <translation>步长；对块而言为第一次重复的步长。</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Zero padding per side.</source>
        <translation>每侧的零填充。</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组数</translation>
    </message>
    <message>
        <source>Grouped convolution; divides input and output channels.</source>
        <translation>分组卷积；须整除输入与输出通道数。</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>扩展比</translation>
    </message>
    <message>
        <source>Expansion ratio of an inverted residual block.</source>
        <translation>倒残差块的扩展比。</translation>
    </message>
    <message>
        <source>Middle channels</source>
        <translation>中间通道数</translation>
    </message>
    <message>
        <source>Width of a bottleneck block; default: output / 4.</source>
        <translation>瓶颈块的宽度；默认：输出 / 4。</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Repetitions; the first uses the stride, the rest 1.</source>
        <translation>重复次数；第一次使用该步长，其余为 1。</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>Adds a bias.</source>
        <translation>添加偏置。</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>Batch normalisation after the layer.</source>
        <translation>层后的批归一化。</translation>
    </message>
    <message>
        <source>Activation after the layer.</source>
        <translation>层后的激活函数。</translation>
    </message>
    <message>
        <source>Operator graph</source>
        <translation>算子图</translation>
    </message>
    <message>
        <source>An explicit operator list; one of transformer, CNN or graph.</source>
        <translation>显式算子列表；Transformer、CNN、图三者之一。</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Operators in execution order.</source>
        <translation>按执行顺序排列的算子。</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Unique name of the operator.</source>
        <translation>算子的唯一名称。</translation>
    </message>
    <message>
        <source>Operator type; sets what dims mean.</source>
        <translation>算子类型；决定各维度的含义。</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Integers, comma separated; gemm: m, n, k.</source>
        <translation>整数，以逗号分隔；gemm：m, n, k。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Names of earlier operators, comma separated.</source>
        <translation>之前算子的名称，以逗号分隔。</translation>
    </message>
    <message>
        <source>How often the operator runs.</source>
        <translation>算子运行的次数。</translation>
    </message>
    <message>
        <source>Distribution of lengths, in tokens.</source>
        <translation>长度分布，以词元计。</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Shape of the distribution.</source>
        <translation>分布的形状。</translation>
    </message>
    <message>
        <source>Mean [tokens]</source>
        <translation>均值 [词元]</translation>
    </message>
    <message>
        <source>Mean length.</source>
        <translation>平均长度。</translation>
    </message>
    <message>
        <source>Minimum [tokens]</source>
        <translation>最小值 [词元]</translation>
    </message>
    <message>
        <source>Shortest length.</source>
        <translation>最短长度。</translation>
    </message>
    <message>
        <source>Maximum [tokens]</source>
        <translation>最大值 [词元]</translation>
    </message>
    <message>
        <source>Longest length.</source>
        <translation>最长长度。</translation>
    </message>
    <message>
        <source>Standard deviation [tokens]</source>
        <translation>标准差 [词元]</translation>
    </message>
    <message>
        <source>Spread of the lengths; default: mean / 2.</source>
        <translation>长度的离散程度；默认：均值 / 2。</translation>
    </message>
    <message>
        <source>Zipf exponent</source>
        <translation>Zipf 指数</translation>
    </message>
    <message>
        <source>Larger: short lengths more common (0 to 10).</source>
        <translation>越大短长度越常见（0 至 10）。</translation>
    </message>
    <message>
        <source>Display name of the scenario.</source>
        <translation>场景的显示名称。</translation>
    </message>
    <message>
        <source>Inference (one batch), serving (a stream of requests) or training.</source>
        <translation>推理（单批）、服务（请求流）或训练。</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Data type of each tensor class.</source>
        <translation>每类张量的数据类型。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Data type of the weights.</source>
        <translation>权重的数据类型。</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Data type of the activations.</source>
        <translation>激活值的数据类型。</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Data type of the key/value cache.</source>
        <translation>键/值缓存的数据类型。</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>并行</translation>
    </message>
    <message>
        <source>Devices along each parallelism dimension.</source>
        <translation>每个并行维度上的设备数。</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <source>Devices each layer is split across.</source>
        <translation>每层被切分到的设备数。</translation>
    </message>
    <message>
        <source>Pipeline parallel</source>
        <translation>流水线并行</translation>
    </message>
    <message>
        <source>Pipeline stages.</source>
        <translation>流水线阶段数。</translation>
    </message>
    <message>
        <source>Data parallel</source>
        <translation>数据并行</translation>
    </message>
    <message>
        <source>Replicas that each take part of the batch.</source>
        <translation>各自处理一部分批次的副本数。</translation>
    </message>
    <message>
        <source>Expert parallel</source>
        <translation>专家并行</translation>
    </message>
    <message>
        <source>Devices the experts of an MoE layer are spread over.</source>
        <translation>MoE 层专家分布的设备数。</translation>
    </message>
    <message>
        <source>Context parallel</source>
        <translation>上下文并行</translation>
    </message>
    <message>
        <source>Devices the sequence is split across (ring attention; training).</source>
        <translation>切分序列的设备数（环形注意力；训练）。</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>One batch: prefill, then decode.</source>
        <translation>单个批次：先预填充，再解码。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Sequences processed together.</source>
        <translation>同时处理的序列数。</translation>
    </message>
    <message>
        <source>Prompt [tokens]</source>
        <translation>提示词 [词元]</translation>
    </message>
    <message>
        <source>Prompt length per sequence (prefill).</source>
        <translation>每个序列的提示长度（预填充）。</translation>
    </message>
    <message>
        <source>Generated [tokens]</source>
        <translation>生成 [词元]</translation>
    </message>
    <message>
        <source>Tokens generated per sequence (decode steps).</source>
        <translation>每个序列生成的词元数（解码步数）。</translation>
    </message>
    <message>
        <source>Prefill chunk [tokens]</source>
        <translation>预填充分块 [词元]</translation>
    </message>
    <message>
        <source>Prompt tokens per prefill step; 0: the whole prompt at once.</source>
        <translation>每个预填充步的提示词元数；0 表示一次处理整个提示。</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>Fused attention: the score matrix never goes to memory.</source>
        <translation>融合注意力：分数矩阵从不写入内存。</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>A stream of requests to a server.</source>
        <translation>发往服务器的请求流。</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>How requests arrive.</source>
        <translation>请求的到达方式。</translation>
    </message>
    <message>
        <source>Rate [requests/s]</source>
        <translation>速率 [请求/秒]</translation>
    </message>
    <message>
        <source>Mean arrival rate.</source>
        <translation>平均到达速率。</translation>
    </message>
    <message>
        <source>Burstiness</source>
        <translation>突发度</translation>
    </message>
    <message>
        <source>Coefficient of variation of gamma inter-arrival times; 1 is Poisson-like.</source>
        <translation>Gamma 到达间隔的变异系数；1 近似泊松。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端数</translation>
    </message>
    <message>
        <source>Requests in flight; the next is sent when one finishes.</source>
        <translation>在途请求数；一个完成后发送下一个。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Requests simulated.</source>
        <translation>模拟的请求数。</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>提示长度</translation>
    </message>
    <message>
        <source>Output length</source>
        <translation>输出长度</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>跟踪文件</translation>
    </message>
    <message>
        <source>A CSV file of requests to replay or sample lengths from.</source>
        <translation>用于回放或采样长度的请求 CSV 文件。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Path relative to the file the scenario is written in.</source>
        <translation>相对于场景所在文件的路径。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header names of the columns used.</source>
        <translation>所用列的表头名称。</translation>
    </message>
    <message>
        <source>Arrival column</source>
        <translation>到达列</translation>
    </message>
    <message>
        <source>Seconds or timestamps; needed with arrival trace.</source>
        <translation>秒或时间戳；到达方式为 trace 时必填。</translation>
    </message>
    <message>
        <source>Prompt column</source>
        <translation>提示列</translation>
    </message>
    <message>
        <source>Prompt token counts.</source>
        <translation>提示词元数。</translation>
    </message>
    <message>
        <source>Output column</source>
        <translation>输出列</translation>
    </message>
    <message>
        <source>Output token counts.</source>
        <translation>输出词元数。</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>时间缩放</translation>
    </message>
    <message>
        <source>Replay speed-up: 2 halves every inter-arrival time.</source>
        <translation>回放加速：2 表示每个到达间隔减半。</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度器</translation>
    </message>
    <message>
        <source>Batching policy of each replica.</source>
        <translation>每个副本的批处理策略。</translation>
    </message>
    <message>
        <source>Max batch</source>
        <translation>最大批大小</translation>
    </message>
    <message>
        <source>Sequences in a batch.</source>
        <translation>一个批次中的序列数。</translation>
    </message>
    <message>
        <source>Max batched tokens</source>
        <translation>每批最大词元数</translation>
    </message>
    <message>
        <source>Tokens per iteration (vLLM); 0: no limit.</source>
        <translation>每次迭代的词元数（vLLM）；0 表示无限制。</translation>
    </message>
    <message>
        <source>Chunk size [tokens]</source>
        <translation>分块大小 [词元]</translation>
    </message>
    <message>
        <source>Sarathi-Serve token budget per iteration.</source>
        <translation>Sarathi-Serve 每次迭代的词元预算。</translation>
    </message>
    <message>
        <source>KV block [tokens]</source>
        <translation>KV 块 [词元]</translation>
    </message>
    <message>
        <source>Tokens per paged KV-cache block.</source>
        <translation>分页 KV 缓存每块的词元数。</translation>
    </message>
    <message>
        <source>KV watermark</source>
        <translation>KV 水位线</translation>
    </message>
    <message>
        <source>Fraction of blocks kept free when admitting (0 to 0.5).</source>
        <translation>准入时保留的空闲块比例（0 至 0.5）。</translation>
    </message>
    <message>
        <source>Memory reserve</source>
        <translation>内存预留</translation>
    </message>
    <message>
        <source>Fraction of device memory left unused (0 to 0.9).</source>
        <translation>保留不用的设备内存比例（0 至 0.9）。</translation>
    </message>
    <message>
        <source>Preemption</source>
        <translation>抢占</translation>
    </message>
    <message>
        <source>What happens to a preempted sequence's KV cache.</source>
        <translation>被抢占序列的 KV 缓存如何处理。</translation>
    </message>
    <message>
        <source>CPU overhead</source>
        <translation>CPU 开销</translation>
    </message>
    <message>
        <source>Per iteration: scheduling and sampling.</source>
        <translation>每次迭代：调度与采样。</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本数</translation>
    </message>
    <message>
        <source>Copies of the tensor x pipeline devices.</source>
        <translation>张量 × 流水线设备组的副本数。</translation>
    </message>
    <message>
        <source>Global scheduler</source>
        <translation>全局调度器</translation>
    </message>
    <message>
        <source>How requests are spread over replicas.</source>
        <translation>请求如何分配到各副本。</translation>
    </message>
    <message>
        <source>Prefill replicas</source>
        <translation>预填充副本数</translation>
    </message>
    <message>
        <source>Disaggregated: the first N replicas prefill, the rest decode.</source>
        <translation>分离式：前 N 个副本做预填充，其余做解码。</translation>
    </message>
    <message>
        <source>Service-level objectives</source>
        <translation>服务等级目标</translation>
    </message>
    <message>
        <source>99th-percentile targets for goodput and capacity searches.</source>
        <translation>第 99 百分位目标，用于有效吞吐与容量搜索。</translation>
    </message>
    <message>
        <source>Time to first token, p99</source>
        <translation>首词元时间，p99</translation>
    </message>
    <message>
        <source>Target for the 99th percentile.</source>
        <translation>第 99 百分位的目标。</translation>
    </message>
    <message>
        <source>Time per output token, p99</source>
        <translation>每输出词元时间，p99</translation>
    </message>
    <message>
        <source>End to end, p99</source>
        <translation>端到端，p99</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same requests.</source>
        <translation>随机种子：相同种子产生相同请求。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>One training step.</source>
        <translation>一个训练步。</translation>
    </message>
    <message>
        <source>Global batch</source>
        <translation>全局批大小</translation>
    </message>
    <message>
        <source>Sequences per step; a multiple of micro batch x data parallel.</source>
        <translation>每步序列数；须为微批次 × 数据并行的倍数。</translation>
    </message>
    <message>
        <source>Micro batch</source>
        <translation>微批次大小</translation>
    </message>
    <message>
        <source>Sequences per pipeline micro-batch.</source>
        <translation>每个流水线微批次的序列数。</translation>
    </message>
    <message>
        <source>Sequence [tokens]</source>
        <translation>序列 [词元]</translation>
    </message>
    <message>
        <source>Tokens per sequence.</source>
        <translation>每个序列的词元数。</translation>
    </message>
    <message>
        <source>ZeRO stage</source>
        <translation>ZeRO 阶段</translation>
    </message>
    <message>
        <source>0: none; 1: optimizer state, 2: + gradients, 3: + weights sharded.</source>
        <translation>0：无；1：优化器状态，2：+ 梯度，3：+ 权重分片。</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Activation recomputation to save memory.</source>
        <translation>重新计算激活值以节省内存。</translation>
    </message>
    <message>
        <source>Sequence parallel</source>
        <translation>序列并行</translation>
    </message>
    <message>
        <source>Splits norms and dropouts along the sequence (with tensor parallel).</source>
        <translation>沿序列切分归一化与 dropout（配合张量并行）。</translation>
    </message>
    <message>
        <source>Interleave</source>
        <translation>交错</translation>
    </message>
    <message>
        <source>Virtual pipeline chunks per device (1F1B only).</source>
        <translation>每个设备的虚拟流水线块数（仅 1F1B）。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Sets the optimizer state per parameter.</source>
        <translation>决定每个参数的优化器状态。</translation>
    </message>
    <message>
        <source>Pipeline schedule</source>
        <translation>流水线调度</translation>
    </message>
    <message>
        <source>Order of forward and backward micro-batches.</source>
        <translation>前向与反向微批次的顺序。</translation>
    </message>
    <message>
        <source>Overlap gradient reduce</source>
        <translation>重叠梯度归约</translation>
    </message>
    <message>
        <source>Gradient all-reduce hidden behind the backward pass.</source>
        <translation>梯度全归约隐藏在反向传播之后。</translation>
    </message>
    <message>
        <source>Overlap parameter gather</source>
        <translation>重叠参数收集</translation>
    </message>
    <message>
        <source>ZeRO parameter all-gather hidden behind compute.</source>
        <translation>ZeRO 参数全收集隐藏在计算之后。</translation>
    </message>
    <message>
        <source>Overlap tensor communication</source>
        <translation>重叠张量通信</translation>
    </message>
    <message>
        <source>Tensor-parallel collectives hidden behind GEMMs.</source>
        <translation>张量并行集合通信隐藏在 GEMM 之后。</translation>
    </message>
    <message>
        <source>FP8 math</source>
        <translation>FP8 计算</translation>
    </message>
    <message>
        <source>GEMMs in fp8 (Transformer Engine style).</source>
        <translation>以 fp8 执行 GEMM（Transformer Engine 风格）。</translation>
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
        <translation>边缘设备</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
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
        <translation>缓存</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>寄存器堆</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>环形</translation>
    </message>
    <message>
        <source>Torus</source>
        <translation>环面</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Point to point</source>
        <translation>点对点</translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation>泊松</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>伽马</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Closed loop</source>
        <translation>闭环</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正态</translation>
    </message>
    <message>
        <source>Log-normal</source>
        <translation>对数正态</translation>
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
        <translation>分离式</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>换出</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source>Least outstanding</source>
        <translation>最少未完成</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>完全</translation>
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
        <translation>零气泡</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Depthwise convolution</source>
        <translation>深度卷积</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>最大池化</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>全局平均池化</translation>
    </message>
    <message>
        <source>Fully connected</source>
        <translation>全连接</translation>
    </message>
    <message>
        <source>Bottleneck block</source>
        <translation>瓶颈块</translation>
    </message>
    <message>
        <source>Basic block</source>
        <translation>基本块</translation>
    </message>
    <message>
        <source>Inverted residual</source>
        <translation>倒残差块</translation>
    </message>
    <message>
        <source>GEMM</source>
        <translation>GEMM</translation>
    </message>
    <message>
        <source>Batched matmul</source>
        <translation>批量矩阵乘</translation>
    </message>
    <message>
        <source>2D convolution</source>
        <translation>二维卷积</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Attention scores</source>
        <translation>注意力分数</translation>
    </message>
    <message>
        <source>Attention values</source>
        <translation>注意力加权值</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Elementwise</source>
        <translation>逐元素</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>MoE router</source>
        <translation>MoE 路由</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>集合通信</translation>
    </message>
    <message>
        <source>Send/receive</source>
        <translation>发送/接收</translation>
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
        <translation>每单元线程数</translation>
    </message>
    <message>
        <source>Resident threads per SM (2048, 1536 on sm_86/89, 1024 on sm_75); sets the bytes a streaming kernel keeps in flight.</source>
        <translation>每个 SM 的常驻线程数（2048；sm_86/89 为 1536；sm_75 为 1024）；决定流式内核同时在途的字节数。</translation>
    </message>
</context>
<context>
    <name>rl::views::QuantityField</name>
    <message>
        <source>Scale from 0.1× to 10× of %1</source>
        <translation>在 %1 的 0.1× 至 10× 之间缩放</translation>
    </message>
</context>
<context>
    <name>rl::views::DataflowView</name>
    <message>
        <source>this view has no table to export</source>
        <translation>此视图没有可导出的表格</translation>
    </message>
    <message>
        <source>unknown format '%1' (use png, svg, pdf or csv)</source>
        <translation>未知格式“%1”（请使用 png、svg、pdf 或 csv）</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>rl::views::RooflineScene</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>ridge %1 (%2)</source>
        <translation>拐点 %1（%2）</translation>
    </message>
</context>
<context>
    <name>rl::gui::QmCatalogue</name>
    <message>
        <source>not a compiled Qt translation (.qm): the magic number is missing</source>
        <translation>不是编译后的 Qt 翻译文件（.qm）：缺少文件标识</translation>
    </message>
    <message>
        <source>the .qm file is cut short (a block of %1 bytes at byte %2)</source>
        <translation>.qm 文件不完整（第 %2 字节处有 %1 字节的块）</translation>
    </message>
    <message>
        <source>a message of the .qm file is broken</source>
        <translation>.qm 文件中的一条消息已损坏</translation>
    </message>
</context>
<context>
    <name>rl::views::ChartExportDialog</name>
    <message>
        <source>The suffix picks the format: .png, .pdf or .svg</source>
        <translation>扩展名决定格式：.png、.pdf 或 .svg</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>px</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>in</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>PNG resolution: 96 DPI is the size on screen, 300 DPI for print</source>
        <translation>PNG 分辨率：96 DPI 与屏幕相同，打印用 300 DPI</translation>
    </message>
    <message>
        <source>Resolution (PNG):</source>
        <translation>分辨率（PNG）：</translation>
    </message>
    <message>
        <source>PDF and SVG: the page is the size times this factor</source>
        <translation>PDF 和 SVG：页面为尺寸乘以此系数</translation>
    </message>
    <message>
        <source>Scale (PDF, SVG):</source>
        <translation>缩放（PDF、SVG）：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG: %1 × %2 px at %3 DPI</source>
        <translation>PNG：%1 × %2 像素，%3 DPI</translation>
    </message>
    <message>
        <source>%1 page: %2 × %3 in (%4 × %5 cm)</source>
        <translation>%1 页面：%2 × %3 英寸（%4 × %5 厘米）</translation>
    </message>
</context>
<context>
    <name>rl::views::CompareSummary</name>
    <message>
        <source>total %1</source>
        <translation>总计 %1</translation>
    </message>
    <message>
        <source>TTFT %1</source>
        <translation>首词延迟 %1</translation>
    </message>
    <message>
        <source>TPOT %1</source>
        <translation>每词延迟 %1</translation>
    </message>
</context>
<context>
    <name>rl::views::TraceNames</name>
    <message>
        <source>forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>weight gradients</source>
        <translation>权重梯度</translation>
    </message>
    <message>
        <source>recompute</source>
        <translation>重计算</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>TP comm</source>
        <translation>TP 通信</translation>
    </message>
    <message>
        <source>CP comm</source>
        <translation>CP 通信</translation>
    </message>
    <message>
        <source>EP comm</source>
        <translation>EP 通信</translation>
    </message>
    <message>
        <source>PP comm</source>
        <translation>PP 通信</translation>
    </message>
    <message>
        <source>DP comm</source>
        <translation>DP 通信</translation>
    </message>
    <message>
        <source>PP send</source>
        <translation>PP 发送</translation>
    </message>
    <message>
        <source>DP reduce</source>
        <translation>DP 归约</translation>
    </message>
    <message>
        <source>DP all-gather</source>
        <translation>DP 全收集</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>rank %1 (stage %2, DP %3, TP %4)</source>
        <translation>rank %1（阶段 %2，DP %3，TP %4）</translation>
    </message>
    <message>
        <source>rank %1 (stage %2, DP %3, CP %4, TP %5)</source>
        <translation>rank %1（阶段 %2，DP %3，CP %4，TP %5）</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>replica %1</source>
        <translation>副本 %1</translation>
    </message>
    <message>
        <source>replica %1 (prefill)</source>
        <translation>副本 %1（预填充）</translation>
    </message>
    <message>
        <source>replica %1 (decode)</source>
        <translation>副本 %1（解码）</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>queue length</source>
        <translation>队列长度</translation>
    </message>
    <message>
        <source>KV-cache blocks in use</source>
        <translation>已用 KV 缓存块</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>块</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>rank %1 (stage %2)</source>
        <translation>rank %1（阶段 %2）</translation>
    </message>
    <message>
        <source>KV length</source>
        <translation>KV 长度</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>serving.scheduler '%1': expected vllm, orca, sarathi, fastertransformer or disaggregated</source>
        <translation>serving.scheduler“%1”：应为 vllm、orca、sarathi、fastertransformer 或 disaggregated</translation>
    </message>
    <message>
        <source>serving.global_scheduler '%1': expected round_robin, least_outstanding or random</source>
        <translation>serving.global_scheduler“%1”：应为 round_robin、least_outstanding 或 random</translation>
    </message>
    <message>
        <source>serving.preemption '%1': expected recompute or swap</source>
        <translation>serving.preemption“%1”：应为 recompute 或 swap</translation>
    </message>
    <message>
        <source>serving.prefill_replicas %1: disaggregated serving needs at least one prefill and one decode replica (replicas %2)</source>
        <translation>serving.prefill_replicas %1：分离式推理服务至少需要一个预填充副本和一个解码副本（副本数 %2）</translation>
    </message>
    <message>
        <source>serving.max_batch %1: expected at least 1</source>
        <translation>serving.max_batch %1：应至少为 1</translation>
    </message>
    <message>
        <source>cannot read trace file '%1'</source>
        <translation>无法读取轨迹文件“%1”</translation>
    </message>
    <message>
        <source>trace file '%1' is empty</source>
        <translation>轨迹文件“%1”为空</translation>
    </message>
    <message>
        <source>trace file '%1' lacks a column the scenario names (see diagnostics)</source>
        <translation>轨迹文件“%1”缺少场景指定的列（见诊断信息）</translation>
    </message>
    <message>
        <source>trace file '%1' has no usable rows</source>
        <translation>轨迹文件“%1”没有可用的数据行</translation>
    </message>
    <message>
        <source>unknown length distribution "%1"</source>
        <translation>未知的长度分布“%1”</translation>
    </message>
    <message>
        <source>arrival "%1" needs a rate_per_s &gt; 0</source>
        <translation>到达过程“%1”需要 rate_per_s &gt; 0</translation>
    </message>
    <message>
        <source>unknown arrival process "%1"</source>
        <translation>未知的到达过程“%1”</translation>
    </message>
    <message>
        <source>a serving scenario needs requests &gt;= 1</source>
        <translation>推理服务场景需要 requests ≥ 1</translation>
    </message>
    <message>
        <source>the scenario replays a trace or resamples its lengths but names no trace file</source>
        <translation>场景要回放轨迹或从中抽取长度，但未指定轨迹文件</translation>
    </message>
    <message>
        <source>arrival "trace" needs the trace's arrival column (trace/columns/arrival)</source>
        <translation>到达方式“trace”需要轨迹的到达时间列（trace/columns/arrival）</translation>
    </message>
    <message>
        <source>model '%1': hidden size, layers, heads and vocabulary must be positive</source>
        <translation>模型“%1”：隐藏维度、层数、注意力头数和词表大小都必须为正</translation>
    </message>
    <message>
        <source>tensor, context, pipeline, data, expert parallelism and interleave must be at least 1</source>
        <translation>张量、上下文、流水线、数据、专家并行度和交错数都必须至少为 1</translation>
    </message>
    <message>
        <source>the plan's layer count %1 differs from the %2 layers of '%3'</source>
        <translation>计划的层数 %1 与“%3”的 %2 层不一致</translation>
    </message>
    <message>
        <source>%1 micro-batches x %2 virtual stages is more than the simulator handles (%3 passes); use a larger micro-batch</source>
        <translation>%1 个微批次 × %2 个虚拟阶段超出了模拟器的处理能力（%3 次计算）；请使用更大的微批次</translation>
    </message>
    <message>
        <source>the plan has no micro-batches</source>
        <translation>该计划没有微批次</translation>
    </message>
    <message>
        <source>zero stage %1: expected 0..3</source>
        <translation>ZeRO 阶段 %1：应为 0..3</translation>
    </message>
    <message>
        <source>sequence length must be positive</source>
        <translation>序列长度必须为正</translation>
    </message>
    <message>
        <source>scenario '%1' is of kind "%2", not "training"</source>
        <translation>场景“%1”的类型为“%2”，而不是“training”</translation>
    </message>
    <message>
        <source>%1 index %2 is outside 0..%3</source>
        <translation>%1 索引 %2 超出 0..%3</translation>
    </message>
    <message>
        <source>the training report has no per-stage trace (simulate with TrainingOptions::trace)</source>
        <translation>训练报告没有按阶段的时间线（请用 TrainingOptions::trace 模拟）</translation>
    </message>
    <message>
        <source>graph op '%1' (%2): dims [%3] do not fit; expected %4</source>
        <translation>图算子“%1”（%2）：dims [%3] 不合适；应为 %4</translation>
    </message>
    <message>
        <source>graph op '%1': unknown kind '%2'</source>
        <translation>图算子“%1”：未知类型“%2”</translation>
    </message>
    <message>
        <source>model '%1' is a %2, not an operator graph</source>
        <translation>模型“%1”的类型是 %2，不是算子图</translation>
    </message>
    <message>
        <source>model '%1' is a %2, not a CNN</source>
        <translation>模型“%1”的类型是 %2，不是 CNN</translation>
    </message>
    <message>
        <source>model '%1': CNN layer %2 %3 = %4: expected %5</source>
        <translation>模型“%1”：CNN 第 %2 层 %3 = %4：应为 %5</translation>
    </message>
    <message>
        <source>model '%1' is a %2, not a transformer</source>
        <translation>模型“%1”的类型是 %2，不是 Transformer</translation>
    </message>
    <message>
        <source>model '%1': hidden size, layers, heads, head dim, intermediate size and vocabulary must all be positive</source>
        <translation>模型“%1”：隐藏维度、层数、注意力头数、头维度、中间层维度和词表大小都必须为正</translation>
    </message>
    <message>
        <source>hardware '%1' has no interconnect for a %2 over %3 ranks</source>
        <translation>硬件“%1”没有互连，无法执行跨 %3 个 rank 的 %2</translation>
    </message>
    <message>
        <source>a %1 over %2 ranks %3 apart spans %4 devices, but '%5' has %6 (%7 assumed to extend)</source>
        <translation>跨 %2 个 rank（间隔 %3）的 %1 覆盖 %4 个设备，但“%5”只有 %6 个（假定 %7 可扩展）</translation>
    </message>
    <message>
        <source>the design has no hardware, model and scenario documents</source>
        <translation>该设计缺少硬件、模型和场景文档</translation>
    </message>
    <message>
        <source>nothing to analyse</source>
        <translation>没有可分析的内容</translation>
    </message>
    <message>
        <source>hardware '%1' has no "accelerator" object: the dataflow predictor maps layers onto an accelerator's PE array and buffers</source>
        <translation>硬件 '%1' 没有 "accelerator" 对象：数据流预测器把各层映射到加速器的 PE 阵列和缓冲区上</translation>
    </message>
    <message>
        <source>model '%1' has no layer to map</source>
        <translation>模型 '%1' 没有可映射的层</translation>
    </message>
    <message>
        <source>no valid mapping of layer '%1' on '%2' (buffers too small for one tile, or the budget of %3 evaluations too small)</source>
        <translation>层 '%1' 在 '%2' 上没有有效映射（缓冲区放不下一个分块，或 %3 次评估的预算太小）</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>the field %1 (axis "%2") does not exist in this design</source>
        <translation>字段 %1（轴 "%2"）在此设计中不存在</translation>
    </message>
    <message>
        <source>the search stopped before it found a valid mapping</source>
        <translation>搜索在找到有效映射之前就停止了</translation>
    </message>
    <message>
        <source>none of the %1 mappings evaluated fits the buffers and the array (tiles too large for a level's capacity, or factors that do not divide the fanout)</source>
        <translation>评估过的 %1 个映射都放不进缓冲区和阵列（分块超出某一层级的容量，或因子不能整除扇出）</translation>
    </message>
    <message>
        <source>the simulation produced no serving report</source>
        <translation>仿真没有生成服务报告</translation>
    </message>
    <message>
        <source>positive sizes</source>
        <translation>正的尺寸</translation>
    </message>
    <message>
        <source>channels divisible by groups</source>
        <translation>可被 groups 整除的通道数</translation>
    </message>
    <message>
        <source>an input at least the kernel size</source>
        <translation>不小于卷积核尺寸的输入</translation>
    </message>
    <message>
        <source>a kernel no larger than the input</source>
        <translation>不大于输入的卷积核</translation>
    </message>
    <message>
        <source>heads divisible by kv_heads and query_len &lt;= kv_len</source>
        <translation>可被 kv_heads 整除的头数，且 query_len ≤ kv_len</translation>
    </message>
    <message>
        <source>prefill, %1 tokens</source>
        <translation>预填充，%1 个词元</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>前向计算</translation>
    </message>
    <message>
        <source>decode step %1, KV %2</source>
        <translation>解码第 %1 步，KV %2</translation>
    </message>
    <message>
        <source>the zero-bubble schedule needs the weight-pass costs</source>
        <translation>零气泡调度需要权重计算步骤的开销</translation>
    </message>
    <message>
        <source>pipeline schedule %1 deadlocked with %2 passes left</source>
        <translation>流水线调度 %1 陷入死锁，还剩 %2 个计算步骤</translation>
    </message>
    <message>
        <source>servingReportToJson: the prediction has no serving report</source>
        <translation>servingReportToJson：预测结果中没有推理服务报告</translation>
    </message>
    <message>
        <source>collective costing: the feature table was not built from the data</source>
        <translation>集合通信开销计算：特征表并非由这些数据构建</translation>
    </message>
    <message>
        <source>no hardware spec named "%1"</source>
        <translation>没有名为“%1”的硬件规格</translation>
    </message>
    <message>
        <source>ShapeCostCache needs a predictor</source>
        <translation>ShapeCostCache 需要一个预测器</translation>
    </message>
    <message>
        <source>LearnedCostModel needs a model</source>
        <translation>LearnedCostModel 需要一个模型</translation>
    </message>
</context>
<context>
    <name>SpecText</name>
    <message>
        <source>a CSV file with a header row naming its columns (it is empty)</source>
        <translation>带有列名表头行的 CSV 文件（该文件为空）</translation>
    </message>
    <message>
        <source>at least %1 fields (the row has %2)</source>
        <translation>至少 %1 个字段（该行有 %2 个）</translation>
    </message>
    <message>
        <source>a whole number of tokens from 0 to %1 (row skipped)</source>
        <translation>0 到 %1 之间的整数词元数（已跳过该行）</translation>
    </message>
    <message>
        <source>a timestamp such as "2023-11-16 18:15:46.6805900" like the rows above (row skipped)</source>
        <translation>与上面各行一样的时间戳，例如“2023-11-16 18:15:46.6805900”（已跳过该行）</translation>
    </message>
    <message>
        <source>an arrival time in seconds &gt;= 0 like the rows above (row skipped)</source>
        <translation>与上面各行一样以秒计的到达时间 ≥ 0（已跳过该行）</translation>
    </message>
    <message>
        <source>an arrival time in seconds, or a timestamp such as "2023-11-16 18:15:46.6805900" (row skipped)</source>
        <translation>以秒计的到达时间，或时间戳，例如“2023-11-16 18:15:46.6805900”（已跳过该行）</translation>
    </message>
    <message>
        <source>%1 more bad rows</source>
        <translation>另有 %1 个错误行</translation>
    </message>
    <message>
        <source>rows like the ones above (skipped; only the first %1 are listed)</source>
        <translation>与上面各行类似的行（已跳过；只列出前 %1 个）</translation>
    </message>
    <message>
        <source>at least one usable row after the header</source>
        <translation>表头之后至少一行可用数据</translation>
    </message>
    <message>
        <source>the name of a column in the header row, for the prompt (scenario /serving/trace/columns/prompt); its columns are %1</source>
        <translation>表头行中某列的名称，用于提示词（场景 /serving/trace/columns/prompt）；其列为 %1</translation>
    </message>
    <message>
        <source>the name of a column in the header row, for the output (scenario /serving/trace/columns/output); its columns are %1</source>
        <translation>表头行中某列的名称，用于输出（场景 /serving/trace/columns/output）；其列为 %1</translation>
    </message>
    <message>
        <source>the name of a column in the header row, for the arrival (scenario /serving/trace/columns/arrival); its columns are %1</source>
        <translation>表头行中某列的名称，用于到达时间（场景 /serving/trace/columns/arrival）；其列为 %1</translation>
    </message>
    <message>
        <source>%1 usable rows</source>
        <translation>%1 个可用行</translation>
    </message>
    <message>
        <source>%1 requests as the scenario asks (replaying all %2 rows instead)</source>
        <translation>场景要求的 %1 个请求（改为回放全部 %2 行）</translation>
    </message>
    <message>
        <source>an array of tensor names ("weights", "inputs", "outputs")</source>
        <translation>张量名称数组（"weights"、"inputs"、"outputs"）</translation>
    </message>
    <message>
        <source>one of "weights", "inputs", "outputs"</source>
        <translation>"weights"、"inputs"、"outputs" 之一</translation>
    </message>
    <message>
        <source>an object of loop factors such as {"K": 16, "P": 4}</source>
        <translation>循环因子对象，例如 {"K": 16, "P": 4}</translation>
    </message>
    <message>
        <source>a problem dimension: one of N, K (or M), C, P, Q, R, S</source>
        <translation>问题维度：N、K（或 M）、C、P、Q、R、S 之一</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>a divisor of instances (%1)</source>
        <translation>instances（%1）的约数</translation>
    </message>
    <message>
        <source>a loop order of distinct dimension letters (N K C P Q R S), outer first</source>
        <translation>由互不相同的维度字母（N K C P Q R S）组成的循环顺序，外层在前</translation>
    </message>
    <message>
        <source>0 (unlimited) or a rate from 1e-6 to 1e12 words per cycle</source>
        <translation>0（不限）或每周期 1e-6 到 1e12 个字的速率</translation>
    </message>
    <message>
        <source>an array of per-level constraints</source>
        <translation>每层约束的数组</translation>
    </message>
    <message>
        <source>dimension letters (N K C P Q R S) allowed across this axis</source>
        <translation>该轴上允许的维度字母（N K C P Q R S）</translation>
    </message>
    <message>
        <source>a level of this architecture (%1)</source>
        <translation>该架构中的一个层级（%1）</translation>
    </message>
    <message>
        <source>a tensor either kept or bypassed, not both</source>
        <translation>张量要么保留要么旁路，不能两者兼有</translation>
    </message>
    <message>
        <source>only tensors level "%1" may hold</source>
        <translation>仅限层级 "%1" 可保存的张量</translation>
    </message>
    <message>
        <source>no bypass at the outermost level (it is the backing store)</source>
        <translation>最外层不可旁路（它是后备存储）</translation>
    </message>
    <message>
        <source>a level constrained once</source>
        <translation>每个层级只约束一次</translation>
    </message>
    <message>
        <source>a non-empty array of storage levels, outermost (DRAM) first</source>
        <translation>非空的存储层级数组，最外层（DRAM）在前</translation>
    </message>
    <message>
        <source>a level name not used by another level</source>
        <translation>未被其他层级使用的层级名称</translation>
    </message>
    <message>
        <source>%1: %2x%3 instances</source>
        <translation>%1：%2x%3 个实例</translation>
    </message>
    <message>
        <source>a mesh that is a whole multiple of the level above (%1: %2x%3) along X and Y</source>
        <translation>在 X 和 Y 方向上均为上一层级（%1：%2x%3）整数倍的网格</translation>
    </message>
    <message>
        <source>the required key "dims" (e.g. {"K": 32, "R": 3, "P": 16})</source>
        <translation>必需的键 "dims"（例如 {"K": 32, "R": 3, "P": 16}）</translation>
    </message>
    <message>
        <source>%1 MACs</source>
        <translation>%1 次乘累加</translation>
    </message>
    <message>
        <source>a problem of at most 1e17 multiply-accumulates</source>
        <translation>最多 1e17 次乘累加的问题</translation>
    </message>
    <message>
        <source>K = 1 for a depthwise problem (channels are C)</source>
        <translation>depthwise 问题须 K = 1（通道为 C）</translation>
    </message>
    <message>
        <source>an array of per-level mappings</source>
        <translation>每层映射的数组</translation>
    </message>
    <message>
        <source>either "keep" or "bypass", not both</source>
        <translation>"keep" 或 "bypass" 二选一，不能同时给出</translation>
    </message>
    <message>
        <source>a level not mapped twice</source>
        <translation>每个层级只映射一次</translation>
    </message>
    <message>
        <source>an "accelerator" object (this hardware file describes no spatial accelerator)</source>
        <translation>"accelerator" 对象（此硬件文件未描述空间加速器）</translation>
    </message>
    <message>
        <source>%1 storage levels</source>
        <translation>%1 个存储层级</translation>
    </message>
    <message>
        <source>at most %1 storage levels</source>
        <translation>最多 %1 个存储层级</translation>
    </message>
    <message>
        <source>a level of architecture "%1" (%2)</source>
        <translation>架构 "%1" 的一个层级（%2）</translation>
    </message>
    <message>
        <source>factors of %1 multiplying to the problem bound %2</source>
        <translation>%1 的各因子之积须等于问题上界 %2</translation>
    </message>
    <message>
        <source>factors too large</source>
        <translation>因子过大</translation>
    </message>
    <message>
        <source>spatial X factors whose product is at most the fanout %1</source>
        <translation>乘积不超过扇出 %1 的空间 X 因子</translation>
    </message>
    <message>
        <source>spatial Y factors whose product is at most the fanout %1</source>
        <translation>乘积不超过扇出 %1 的空间 Y 因子</translation>
    </message>
    <message>
        <source>%1 bypassed</source>
        <translation>%1 被旁路</translation>
    </message>
    <message>
        <source>the outermost level to keep every tensor (it is the backing store)</source>
        <translation>最外层保存所有张量（它是后备存储）</translation>
    </message>
    <message>
        <source>%1 = %2 words</source>
        <translation>%1 = %2 个字</translation>
    </message>
    <message>
        <source>a tile of at most %1 words (capacity of %2)</source>
        <translation>最多 %1 个字的分块（%2 的容量）</translation>
    </message>
    <message>
        <source>a temporal factor of exactly %1</source>
        <translation>恰好为 %1 的时间因子</translation>
    </message>
    <message>
        <source>a spatial factor of exactly %1</source>
        <translation>恰好为 %1 的空间因子</translation>
    </message>
    <message>
        <source>no %1 across X (the constraints do not allow it)</source>
        <translation>X 方向上不得有 %1（约束不允许）</translation>
    </message>
    <message>
        <source>no %1 across Y (the constraints do not allow it)</source>
        <translation>Y 方向上不得有 %1（约束不允许）</translation>
    </message>
    <message>
        <source>loops in the order "%1" (outer first)</source>
        <translation>按 "%1" 顺序排列的循环（外层在前）</translation>
    </message>
    <message>
        <source>%1 kept (the constraints keep it)</source>
        <translation>保留 %1（约束要求保留）</translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation>%1 被保留</translation>
    </message>
    <message>
        <source>%1 bypassed (the constraints bypass it)</source>
        <translation>旁路 %1（约束要求旁路）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>a "dataflow" object (a dataflow study)</source>
        <translation>"dataflow" 对象（数据流研究）</translation>
    </message>
    <message>
        <source>no valid architecture</source>
        <translation>无有效架构</translation>
    </message>
    <message>
        <source>a valid accelerator (fix the errors listed for it)</source>
        <translation>有效的加速器（请修正为其列出的错误）</translation>
    </message>
    <message>
        <source>a model that lowers for the scenario (%1)</source>
        <translation>可按该场景展开的模型（%1）</translation>
    </message>
    <message>
        <source>a layer from 1 to %1 (model "%2" has %3 layers with multiply-accumulates)</source>
        <translation>1 到 %1 之间的层（模型 "%2" 有 %3 个含乘累加的层）</translation>
    </message>
    <message>
        <source>no valid problem</source>
        <translation>无有效问题</translation>
    </message>
    <message>
        <source>a valid problem (fix the errors listed for it)</source>
        <translation>有效的问题（请修正为其列出的错误）</translation>
    </message>
    <message>
        <source>no valid mapping</source>
        <translation>无有效映射</translation>
    </message>
    <message>
        <source>a valid mapping (fix the errors listed for it)</source>
        <translation>有效的映射（请修正为其列出的错误）</translation>
    </message>
    <message>
        <source>a point index below %1</source>
        <translation>小于 %1 的点索引</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>点 %1</translation>
    </message>
    <message>
        <source>a valid design (%1)</source>
        <translation>有效的设计（%1）</translation>
    </message>
    <message>
        <source>a base scenario with a serving SLO (serving.slo ttft_p99, tpot_p99 or e2e_p99): capacity is the highest rate that meets it</source>
        <translation>带服务 SLO 的基准场景（serving.slo ttft_p99、tpot_p99 或 e2e_p99）：容量是满足它的最高速率</translation>
    </message>
    <message>
        <source>analytical, dataflow, serving or training</source>
        <translation>analytical、dataflow、serving 或 training</translation>
    </message>
    <message>
        <source>a size in bytes such as "%1"</source>
        <translation>字节大小，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a size in bytes such as "%1"</source>
        <translation>与字段同类的范围端点：字节大小，例如 "%1"</translation>
    </message>
    <message>
        <source>a bandwidth such as "%1"</source>
        <translation>带宽，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a bandwidth such as "%1"</source>
        <translation>与字段同类的范围端点：带宽，例如 "%1"</translation>
    </message>
    <message>
        <source>a compute rate such as "%1"</source>
        <translation>计算速率，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a compute rate such as "%1"</source>
        <translation>与字段同类的范围端点：计算速率，例如 "%1"</translation>
    </message>
    <message>
        <source>a frequency such as "%1"</source>
        <translation>频率，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a frequency such as "%1"</source>
        <translation>与字段同类的范围端点：频率，例如 "%1"</translation>
    </message>
    <message>
        <source>a time such as "%1"</source>
        <translation>时间，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a time such as "%1"</source>
        <translation>与字段同类的范围端点：时间，例如 "%1"</translation>
    </message>
    <message>
        <source>a power such as "%1"</source>
        <translation>功率，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a power such as "%1"</source>
        <translation>与字段同类的范围端点：功率，例如 "%1"</translation>
    </message>
    <message>
        <source>a energy such as "%1"</source>
        <translation>能量，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a energy such as "%1"</source>
        <translation>与字段同类的范围端点：能量，例如 "%1"</translation>
    </message>
    <message>
        <source>a energy per byte such as "%1"</source>
        <translation>每字节能量，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a energy per byte such as "%1"</source>
        <translation>与字段同类的范围端点：每字节能量，例如 "%1"</translation>
    </message>
    <message>
        <source>a energy per operation such as "%1"</source>
        <translation>每次运算能量，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a energy per operation such as "%1"</source>
        <translation>与字段同类的范围端点：每次运算能量，例如 "%1"</translation>
    </message>
    <message>
        <source>a area such as "%1"</source>
        <translation>面积，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a area such as "%1"</source>
        <translation>与字段同类的范围端点：面积，例如 "%1"</translation>
    </message>
    <message>
        <source>a cost per hour such as "%1"</source>
        <translation>每小时成本，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a cost per hour such as "%1"</source>
        <translation>与字段同类的范围端点：每小时成本，例如 "%1"</translation>
    </message>
    <message>
        <source>a operation count such as "%1"</source>
        <translation>运算次数，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a operation count such as "%1"</source>
        <translation>与字段同类的范围端点：运算次数，例如 "%1"</translation>
    </message>
    <message>
        <source>range ends of the field's kind: an integer</source>
        <translation>与字段同类的范围端点：整数</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a number</source>
        <translation>与字段同类的范围端点：数值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>range ends of the field's kind: a name (text)</source>
        <translation>与字段同类的范围端点：名称（文本）</translation>
    </message>
    <message>
        <source>a name (text)</source>
        <translation>名称（文本）</translation>
    </message>
    <message>
        <source>range ends of the field's kind: true or false</source>
        <translation>与字段同类的范围端点：true 或 false</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>range ends of the field's kind: an object</source>
        <translation>与字段同类的范围端点：对象</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a readable folder of hardware specs (%1)</source>
        <translation>可读取的硬件规格文件夹（%1）</translation>
    </message>
    <message>
        <source>kind "%1" in "%2"</source>
        <translation>"%2" 中的种类 "%1"</translation>
    </message>
    <message>
        <source>a kind with at least one valid hardware spec in the folder</source>
        <translation>文件夹中至少有一个有效硬件规格的种类</translation>
    </message>
    <message>
        <source>a kind with at least one valid hardware spec in the folder that has every "require"d field</source>
        <translation>文件夹中至少有一个包含全部 "require" 字段的有效硬件规格的种类</translation>
    </message>
    <message>
        <source>a field that exists in the base project's documents ("/hardware/..." is the hardware document, "/model/..." the model, "/scenario/..." the scenario)</source>
        <translation>基准项目文档中存在的字段（"/hardware/..." 是硬件文档，"/model/..." 是模型，"/scenario/..." 是场景）</translation>
    </message>
    <message>
        <source>the base's %1 holds %2</source>
        <translation>基准的 %1 为 %2</translation>
    </message>
    <message>
        <source>the pointer of a whole hardware document (normally "/hardware") for a library axis</source>
        <translation>库轴须指向整个硬件文档（通常为 "/hardware"）</translation>
    </message>
    <message>
        <source>a valid project file ("%1" has %2 error(s), listed with its name)</source>
        <translation>有效的项目文件（"%1" 有 %2 个错误，已随其名称列出）</translation>
    </message>
    <message>
        <source>a project with a hardware, a model and a scenario to vary (this one is a dataflow study alone)</source>
        <translation>含可变硬件、模型和场景的项目（此项目只是数据流研究）</translation>
    </message>
    <message>
        <source>a readable points.jsonl beside sweep.json</source>
        <translation>sweep.json 旁可读取的 points.jsonl</translation>
    </message>
    <message>
        <source>the point with index %1 as ridgeline-cli sweep writes it</source>
        <translation>ridgeline-cli sweep 写出的索引为 %1 的点</translation>
    </message>
    <message>
        <source>no folders</source>
        <translation>没有文件夹</translation>
    </message>
    <message>
        <source>the output folders of the shards to merge</source>
        <translation>要合并的分片输出文件夹</translation>
    </message>
    <message>
        <source>a shard of the same sweep as "%1" (same axes, values, sampling, objectives and predictor)</source>
        <translation>与 "%1" 属于同一扫描的分片（相同的轴、取值、采样、目标和预测器）</translation>
    </message>
    <message>
        <source>a finished shard (run it again with --resume)</source>
        <translation>已完成的分片（请用 --resume 重新运行）</translation>
    </message>
    <message>
        <source>points %1 to %2</source>
        <translation>点 %1 到 %2</translation>
    </message>
    <message>
        <source>the shard starting at point %1 (shards must cover every point once)</source>
        <translation>从点 %1 开始的分片（各分片须恰好覆盖每个点一次）</translation>
    </message>
    <message>
        <source>points up to %1</source>
        <translation>直到 %1 的点</translation>
    </message>
    <message>
        <source>shards covering all %1 points</source>
        <translation>覆盖全部 %1 个点的分片</translation>
    </message>
    <message>
        <source>all %1 points of the shard's range</source>
        <translation>分片范围内的全部 %1 个点</translation>
    </message>
    <message>
        <source>a sweep result description ("ridgeline.sweep-result" version 1) as ridgeline-cli sweep writes it</source>
        <translation>ridgeline-cli sweep 写出的扫描结果描述（"ridgeline.sweep-result" 版本 1）</translation>
    </message>
    <message>
        <source>a JSON pointer such as "/hardware/memory/0/bandwidth"</source>
        <translation>JSON 指针，例如 "/hardware/memory/0/bandwidth"</translation>
    </message>
    <message>
        <source>%1 values tied to %2</source>
        <translation>%1 个取值与 %2 个绑定</translation>
    </message>
    <message>
        <source>as many values as the axis it is tied to ("%1")</source>
        <translation>与所绑定的轴（"%1"）取值个数相同</translation>
    </message>
    <message>
        <source>more than 1.8e19 grid points</source>
        <translation>超过 1.8e19 个网格点</translation>
    </message>
    <message>
        <source>a grid that can be counted; sample with "random" or "latin_hypercube"</source>
        <translation>可计数的网格；请用 "random" 或 "latin_hypercube" 采样</translation>
    </message>
    <message>
        <source>a finite number or a quantity with its unit such as "3.35 TB/s"</source>
        <translation>有限数值或带单位的量，例如 "3.35 TB/s"</translation>
    </message>
    <message>
        <source>a quantity of the same kind as "from" (%1)</source>
        <translation>与 "from" 同类的量（%1）</translation>
    </message>
    <message>
        <source>a plain number like "from"</source>
        <translation>与 "from" 一样的纯数值</translation>
    </message>
    <message>
        <source>a value different from "from"</source>
        <translation>不同于 "from" 的值</translation>
    </message>
    <message>
        <source>a value &gt; 0 (a log range)</source>
        <translation>大于 0 的值（对数范围）</translation>
    </message>
    <message>
        <source>a JSON pointer into a hardware document such as "/cost_per_hour"</source>
        <translation>指向硬件文档的 JSON 指针，例如 "/cost_per_hour"</translation>
    </message>
    <message>
        <source>an array of 1 to %1 values</source>
        <translation>含 1 到 %1 个取值的数组</translation>
    </message>
    <message>
        <source>a number, a quantity string, a name, a boolean or an object</source>
        <translation>数值、带单位的量、名称、布尔值或对象</translation>
    </message>
    <message>
        <source>a JSON pointer into the design starting with /hardware, /model or /scenario, such as "/hardware/memory/0/bandwidth"</source>
        <translation>以 /hardware、/model 或 /scenario 开头、指向设计的 JSON 指针，例如 "/hardware/memory/0/bandwidth"</translation>
    </message>
    <message>
        <source>an axis without values</source>
        <translation>没有取值的轴</translation>
    </message>
    <message>
        <source>an axis with several value kinds</source>
        <translation>有多种取值方式的轴</translation>
    </message>
    <message>
        <source>exactly one of "values" (a list), "range" (from, to, steps, scale) or "library" (all devices of a kind)</source>
        <translation>"values"（列表）、"range"（from、to、steps、scale）或 "library"（某一种类的全部设备）三者恰好其一</translation>
    </message>
    <message>
        <source>no "count" for a grid (a grid has every combination); use "random" or "latin_hypercube" to sample</source>
        <translation>网格不需要 "count"（网格包含所有组合）；采样请用 "random" 或 "latin_hypercube"</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>did you mean "%1"?</source>
        <translation>您是否想写 "%1"？</translation>
    </message>
    <message>
        <source>an array of %1 to %2 objectives (the Pareto front uses 2 or 3)</source>
        <translation>含 %1 到 %2 个目标的数组（帕累托前沿使用 2 或 3 个）</translation>
    </message>
    <message>
        <source>a size in bytes with its unit such as "%1" (metric %2)</source>
        <translation>带单位的字节大小，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a bandwidth with its unit such as "%1" (metric %2)</source>
        <translation>带单位的带宽，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a compute rate with its unit such as "%1" (metric %2)</source>
        <translation>带单位的计算速率，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a frequency with its unit such as "%1" (metric %2)</source>
        <translation>带单位的频率，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a time with its unit such as "%1" (metric %2)</source>
        <translation>带单位的时间，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a power with its unit such as "%1" (metric %2)</source>
        <translation>带单位的功率，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a energy with its unit such as "%1" (metric %2)</source>
        <translation>带单位的能量，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a energy per byte with its unit such as "%1" (metric %2)</source>
        <translation>带单位的每字节能量，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a energy per operation with its unit such as "%1" (metric %2)</source>
        <translation>带单位的每次运算能量，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a area with its unit such as "%1" (metric %2)</source>
        <translation>带单位的面积，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a cost per hour with its unit such as "%1" (metric %2)</source>
        <translation>带单位的每小时成本，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a operation count with its unit such as "%1" (metric %2)</source>
        <translation>带单位的运算次数，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a quantity with its unit such as "%1" (metric %2)</source>
        <translation>带单位的量，例如 "%1"（指标 %2）</translation>
    </message>
    <message>
        <source>a plain number (metric %1 has no unit)</source>
        <translation>纯数值（指标 %1 没有单位）</translation>
    </message>
    <message>
        <source>an array of %1 to %2 constraints</source>
        <translation>含 %1 到 %2 个约束的数组</translation>
    </message>
    <message>
        <source>a bound: "at_least", "at_most" or both</source>
        <translation>界限："at_least"、"at_most" 或两者</translation>
    </message>
    <message>
        <source>a bound not below "at_least"</source>
        <translation>不低于 "at_least" 的界限</translation>
    </message>
    <message>
        <source>a "model_file" (a ridgeline.learned-model file) for the %1 predictor</source>
        <translation>供 %1 预测器使用的 "model_file"（ridgeline.learned-model 文件）</translation>
    </message>
    <message>
        <source>a name no other axis, objective or constraint uses (it is a column header), and not index, feasible or error</source>
        <translation>其他轴、目标或约束都未使用的名称（它是列标题），且不能是 index、feasible 或 error</translation>
    </message>
    <message>
        <source>a metric the %1 predictor computes (%2 comes from: %3)</source>
        <translation>%1 预测器可计算的指标（%2 来自：%3）</translation>
    </message>
    <message>
        <source>a range without "steps"</source>
        <translation>没有 "steps" 的范围</translation>
    </message>
    <message>
        <source>"steps" (2 or more values) for grid sampling</source>
        <translation>网格采样需要 "steps"（2 个或更多取值）</translation>
    </message>
    <message>
        <source>as many values as the axis it is tied to ("%1"): tied axes take their i-th values together</source>
        <translation>与所绑定的轴（"%1"）取值个数相同：绑定的轴一起取各自的第 i 个值</translation>
    </message>
    <message>
        <source>%1 grid points</source>
        <translation>%1 个网格点</translation>
    </message>
    <message>
        <source>at most 1e11 points; sample with "random" or "latin_hypercube" and a "count"</source>
        <translation>最多 1e11 个点；请用 "random" 或 "latin_hypercube" 加 "count" 采样</translation>
    </message>
    <message>
        <source>an array of %1 to %2 axes</source>
        <translation>含 %1 到 %2 个轴的数组</translation>
    </message>
    <message>
        <source>a writable folder (%1)</source>
        <translation>可写入的文件夹（%1）</translation>
    </message>
    <message>
        <source>a folder that can be created (%1)</source>
        <translation>可创建的文件夹（%1）</translation>
    </message>
    <message>
        <source>the output of this very sweep and range to resume (the folder holds another sweep, or other --shard/range; use another --out or drop --resume)</source>
        <translation>要续跑的须是同一扫描和范围的输出（该文件夹存有其他扫描或其他 --shard/range；请换一个 --out 或去掉 --resume）</translation>
    </message>
    <message>
        <source>points files that can be resumed (%1)</source>
        <translation>可续跑的点文件（%1）</translation>
    </message>
    <message>
        <source>a writable file (%1)</source>
        <translation>可写入的文件（%1）</translation>
    </message>
    <message>
        <source>a folder where points.csv and points.jsonl can be written</source>
        <translation>可写入 points.csv 和 points.jsonl 的文件夹</translation>
    </message>
    <message>
        <source>an integer from %1 to %2, written as a string</source>
        <translation>以字符串写出的 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>a finite number of magnitude at most %1, written as a string</source>
        <translation>以字符串写出、绝对值不超过 %1 的有限数值</translation>
    </message>
    <message>
        <source>an array of numbers</source>
        <translation>数值数组</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 个元素</translation>
    </message>
    <message>
        <source>%1 elements (one per node)</source>
        <translation>%1 个元素（每个节点一个）</translation>
    </message>
    <message>
        <source>a finite number from %1 to %2</source>
        <translation>%1 到 %2 之间的有限数值</translation>
    </message>
    <message>
        <source>an empty array (categorical splits are not used)</source>
        <translation>空数组（不使用类别分裂）</translation>
    </message>
    <message>
        <source>an empty array or %1 short strings</source>
        <translation>空数组或 %1 个短字符串</translation>
    </message>
    <message>
        <source>%1 (the root has no parent)</source>
        <translation>%1（根节点没有父节点）</translation>
    </message>
    <message>
        <source>-1 (a leaf) or a node index from %1 to %2 (children are numbered after their parent)</source>
        <translation>-1（叶节点）或 %1 到 %2 之间的节点索引（子节点编号在父节点之后）</translation>
    </message>
    <message>
        <source>a child other than the left one</source>
        <translation>不同于左子节点的子节点</translation>
    </message>
    <message>
        <source>node %1 twice</source>
        <translation>节点 %1 出现两次</translation>
    </message>
    <message>
        <source>each node the child of one parent only</source>
        <translation>每个节点只属于一个父节点</translation>
    </message>
    <message>
        <source>%1 (the node whose child it is)</source>
        <translation>%1（它所属的父节点）</translation>
    </message>
    <message>
        <source>a tree deeper than %1</source>
        <translation>深度超过 %1 的树</translation>
    </message>
    <message>
        <source>trees at most %1 levels deep</source>
        <translation>深度不超过 %1 层的树</translation>
    </message>
    <message>
        <source>every node below the root reachable from it (node %1 is nobody's child)</source>
        <translation>根节点以下的每个节点都可从根到达（节点 %1 不是任何节点的子节点）</translation>
    </message>
    <message>
        <source>%1 (its position)</source>
        <translation>%1（它的位置）</translation>
    </message>
    <message>
        <source>"%1" (the model's feature count)</source>
        <translation>"%1"（模型的特征数）</translation>
    </message>
    <message>
        <source>a leaf value from -100 to 100 (a log10 step)</source>
        <translation>-100 到 100 之间的叶值（log10 步长）</translation>
    </message>
    <message>
        <source>"%1" (one per name in /features)</source>
        <translation>"%1"（/features 中每个名称一个）</translation>
    </message>
    <message>
        <source>%1 trees</source>
        <translation>%1 棵树</translation>
    </message>
    <message>
        <source>an array of 1 to %1 trees</source>
        <translation>含 1 到 %1 棵树的数组</translation>
    </message>
    <message>
        <source>"%1" (the number of trees in %2)</source>
        <translation>"%1"（%2 中树的数量）</translation>
    </message>
    <message>
        <source>an array of 1 to 64 layers</source>
        <translation>含 1 到 64 层的数组</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>1 to 100000 values</source>
        <translation>1 到 100000 个值</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 rows (one per bias)</source>
        <translation>%1 行（每个偏置一行）</translation>
    </message>
    <message>
        <source>%1 finite weights of magnitude at most 1e6</source>
        <translation>%1 个绝对值不超过 1e6 的有限权重</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 个输出</translation>
    </message>
    <message>
        <source>a last layer with one output</source>
        <translation>只有一个输出的最后一层</translation>
    </message>
    <message>
        <source>a finite number of magnitude at most 1e30</source>
        <translation>绝对值不超过 1e30 的有限数值</translation>
    </message>
    <message>
        <source>a non-empty array of layers</source>
        <translation>非空的层数组</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 层</translation>
    </message>
    <message>
        <source>at most %1 layers</source>
        <translation>最多 %1 层</translation>
    </message>
    <message>
        <source>%1 layers and blocks after "repeat"</source>
        <translation>展开 “repeat” 后共 %1 个层和块</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>a positive value</source>
        <translation>一个正值</translation>
    </message>
    <message>
        <source>a divisor of both the input channels (%1) and the output channels (%2)</source>
        <translation>同时整除输入通道数（%1）和输出通道数（%2）的数</translation>
    </message>
    <message>
        <source>a kernel no larger than the padded input (%1x%2 plus padding %3)</source>
        <translation>不大于填充后输入（%1x%2，填充 %3）的卷积核</translation>
    </message>
    <message>
        <source>a layer of at most 1e18 multiply-accumulates (this one is far larger)</source>
        <translation>最多 1e18 次乘加运算的层（此层远大于此）</translation>
    </message>
    <message>
        <source>a positive kernel and stride</source>
        <translation>正的卷积核大小和步长</translation>
    </message>
    <message>
        <source>a pooling window no larger than the padded input (%1x%2)</source>
        <translation>不大于填充后输入（%1x%2）的池化窗口</translation>
    </message>
    <message>
        <source>a positive width giving at most 1e18 multiply-accumulates</source>
        <translation>正的宽度，且乘加运算最多 1e18 次</translation>
    </message>
    <message>
        <source>a known layer type</source>
        <translation>已知的层类型</translation>
    </message>
    <message>
        <source>too many problems; the rest are not listed</source>
        <translation>问题过多；其余未列出</translation>
    </message>
    <message>
        <source>a non-empty array of operators</source>
        <translation>非空的算子数组</translation>
    </message>
    <message>
        <source>%1 operators</source>
        <translation>%1 个算子</translation>
    </message>
    <message>
        <source>at most %1 operators</source>
        <translation>最多 %1 个算子</translation>
    </message>
    <message>
        <source>an array of positive integers</source>
        <translation>正整数数组</translation>
    </message>
    <message>
        <source>for "%1": %2</source>
        <translation>对于 “%1”：%2</translation>
    </message>
    <message>
        <source>the name of an earlier operator in "ops"</source>
        <translation>“ops” 中前面某个算子的名称</translation>
    </message>
    <message>
        <source>a name not used by another operator</source>
        <translation>未被其他算子使用的名称</translation>
    </message>
    <message>
        <source>at least one data type with its peak, such as "fp16": "312 TFLOP/s"</source>
        <translation>至少一种数据类型及其峰值，例如 "fp16": "312 TFLOP/s"</translation>
    </message>
    <message>
        <source>an array of memory levels, outermost (DRAM/HBM) first</source>
        <translation>存储层级数组，最外层（DRAM/HBM）在前</translation>
    </message>
    <message>
        <source>at least one memory level</source>
        <translation>至少一个存储层级</translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation>%1 个层级</translation>
    </message>
    <message>
        <source>at most %1 memory levels</source>
        <translation>最多 %1 个存储层级</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <source>at most the %1 of level %2 ("%3"): levels are listed outermost first and must not grow inward</source>
        <translation>最多为第 %2 层（“%3”）的 %1：层级按由外到内列出，向内不得增大</translation>
    </message>
    <message>
        <source>usually at least the %1 of the level outside it ("%2"); is the order outermost first?</source>
        <translation>通常至少为外层（“%2”）的 %1；顺序是否为最外层在前？</translation>
    </message>
    <message>
        <source>an array of interconnect dimensions, innermost first</source>
        <translation>互连维度数组，最内层在前</translation>
    </message>
    <message>
        <source>%1 dimensions</source>
        <translation>%1 个维度</translation>
    </message>
    <message>
        <source>at most %1 dimensions</source>
        <translation>最多 %1 个维度</translation>
    </message>
    <message>
        <source>%1 devices in total</source>
        <translation>共 %1 个设备</translation>
    </message>
    <message>
        <source>at most %1 devices (the product of "devices" over all dimensions)</source>
        <translation>最多 %1 个设备（各维度 “devices” 的乘积）</translation>
    </message>
    <message>
        <source>the required key %1</source>
        <translation>必需的键 %1</translation>
    </message>
    <message>
        <source>a supported family: %1</source>
        <translation>受支持的模型系列：%1</translation>
    </message>
    <message>
        <source>no "num_experts_per_tok" without "num_local_experts"</source>
        <translation>没有 “num_local_experts” 时不应有 “num_experts_per_tok”</translation>
    </message>
    <message>
        <source>to be unused: without "new_decoder_architecture" Falcon uses %1 KV heads</source>
        <translation>该值不会被使用：没有 “new_decoder_architecture” 时 Falcon 使用 %1 个 KV 头</translation>
    </message>
    <message>
        <source>a divisor of the hidden size %1 (or give "head_dim" explicitly)</source>
        <translation>隐藏层大小 %1 的约数（或显式给出 “head_dim”）</translation>
    </message>
    <message>
        <source>at most the %1 attention heads</source>
        <translation>最多为 %1 个注意力头</translation>
    </message>
    <message>
        <source>a divisor of the %1 attention heads (each KV head serves a whole group of query heads)</source>
        <translation>%1 个注意力头的约数（每个 KV 头服务一整组查询头）</translation>
    </message>
    <message>
        <source>at most the %1 experts ("num_local_experts")</source>
        <translation>最多为 %1 个专家（“num_local_experts”）</translation>
    </message>
    <message>
        <source>the number of experts each token is routed to (1 to %1)</source>
        <translation>每个词元路由到的专家数（1 到 %1）</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>一个目录</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>一个 FIFO（命名管道）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>一个字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>一个块设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the path of a spec file</source>
        <translation>规格文件的路径</translation>
    </message>
    <message>
        <source>a regular file (a spec file; directories, pipes and devices are not read)</source>
        <translation>普通文件（规格文件；不读取目录、管道和设备）</translation>
    </message>
    <message>
        <source>a spec file of at most %1</source>
        <translation>不超过 %1 的规格文件</translation>
    </message>
    <message>
        <source>UTF-8 text (a spec file must be UTF-8 encoded)</source>
        <translation>UTF-8 文本（规格文件必须使用 UTF-8 编码）</translation>
    </message>
    <message>
        <source>the path of a learned-model file</source>
        <translation>学习模型文件的路径</translation>
    </message>
    <message>
        <source>a regular file (a learned-model file; directories, pipes and devices are not read)</source>
        <translation>普通文件（学习模型文件；不读取目录、管道和设备）</translation>
    </message>
    <message>
        <source>a learned-model file of at most %1</source>
        <translation>不超过 %1 的学习模型文件</translation>
    </message>
    <message>
        <source>UTF-8 text (a learned-model file must be UTF-8 encoded)</source>
        <translation>UTF-8 文本（学习模型文件必须使用 UTF-8 编码）</translation>
    </message>
    <message>
        <source>the path of %2</source>
        <translation>%2 的路径</translation>
    </message>
    <message>
        <source>a regular file (%2; directories, pipes and devices are not read)</source>
        <translation>普通文件（%2；不读取目录、管道和设备）</translation>
    </message>
    <message>
        <source>%2 of at most %1</source>
        <translation>不超过 %1 的 %2</translation>
    </message>
    <message>
        <source>UTF-8 text (%2 must be UTF-8 encoded)</source>
        <translation>UTF-8 文本（%2 必须使用 UTF-8 编码）</translation>
    </message>
    <message>
        <source>an empty path</source>
        <translation>空路径</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: %1)</source>
        <translation>可读的文件（无法打开：%1）</translation>
    </message>
    <message>
        <source>a readable file (cannot inspect it: %1)</source>
        <translation>可读的文件（无法检查：%1）</translation>
    </message>
    <message>
        <source>more than %1 (it grew while read)</source>
        <translation>超过 %1（读取时文件仍在增长）</translation>
    </message>
    <message>
        <source>a readable file (read error: %1)</source>
        <translation>可读的文件（读取错误：%1）</translation>
    </message>
    <message>
        <source>byte %1 at offset %2</source>
        <translation>偏移 %2 处的字节 %1</translation>
    </message>
    <message>
        <source>a value &gt; %1 and &lt;= %2 (in SI units)</source>
        <translation>大于 %1 且不超过 %2 的值（SI 单位）</translation>
    </message>
    <message>
        <source>a value &gt;= %1 and &lt;= %2 (in SI units)</source>
        <translation>不小于 %1 且不超过 %2 的值（SI 单位）</translation>
    </message>
    <message>
        <source>a value &gt; %1 (in SI units)</source>
        <translation>大于 %1 的值（SI 单位）</translation>
    </message>
    <message>
        <source>a value &gt;= %1 (in SI units)</source>
        <translation>不小于 %1 的值（SI 单位）</translation>
    </message>
    <message>
        <source>a value &lt;= %1 (in SI units)</source>
        <translation>不超过 %1 的值（SI 单位）</translation>
    </message>
    <message>
        <source>a value  (in SI units)</source>
        <translation>一个值（SI 单位）</translation>
    </message>
    <message>
        <source>a finite value</source>
        <translation>一个有限值</translation>
    </message>
    <message>
        <source>a file of at most %1</source>
        <translation>不超过 %1 的文件</translation>
    </message>
    <message>
        <source>nesting depth %1</source>
        <translation>嵌套深度 %1</translation>
    </message>
    <message>
        <source>JSON nested at most %1 levels deep</source>
        <translation>嵌套不超过 %1 层的 JSON</translation>
    </message>
    <message>
        <source>each key at most once per object (a repeated key silently replaces the earlier value)</source>
        <translation>每个对象中每个键最多出现一次（重复的键会悄悄替换先前的值）</translation>
    </message>
    <message>
        <source>valid JSON (%1)</source>
        <translation>有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>valid JSON (%1; numbers must fit a double)</source>
        <translation>有效的 JSON（%1；数字必须能用 double 表示）</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>一个 JSON 对象</translation>
    </message>
    <message>
        <source>the required key "%1"</source>
        <translation>必需的键 “%1”</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>一个字符串</translation>
    </message>
    <message>
        <source>a string of at most %1 characters</source>
        <translation>最多 %1 个字符的字符串</translation>
    </message>
    <message>
        <source>a known key (this one is not part of the format)</source>
        <translation>已知的键（此键不属于该格式）</translation>
    </message>
    <message>
        <source>exactly one of "transformer" (an HF config.json object), "cnn" or "graph"</source>
        <translation>“transformer”（HF config.json 对象）、“cnn” 或 “graph” 三者之一</translation>
    </message>
    <message>
        <source>exactly one of "transformer", "cnn" or "graph" (this model has %1)</source>
        <translation>“transformer”、“cnn” 或 “graph” 三者恰好其一（此模型有 %1 个）</translation>
    </message>
    <message>
        <source>a path to a %1 file (relative to the project file) or an embedded %1 object</source>
        <translation>“%1” 文件的路径（相对于项目文件）或内嵌的 “%1” 对象</translation>
    </message>
    <message>
        <source>a valid %1 file ("%2" has %3 error(s), listed with its name)</source>
        <translation>有效的 “%1” 文件（“%2” 有 %3 个错误，已按文件名列出）</translation>
    </message>
    <message>
        <source>a path to a %1 file (non-empty, at most 4096 characters, no NUL bytes)</source>
        <translation>“%1” 文件的路径（非空，最多 4096 个字符，不含 NUL 字节）</translation>
    </message>
    <message>
        <source>a path to an existing %1 file, relative to the project file (resolved to "%2", which does not exist)</source>
        <translation>现有 “%1” 文件的路径，相对于项目文件（解析为 “%2”，该文件不存在）</translation>
    </message>
    <message>
        <source>a path to a %1 file ("%2" is not a regular file)</source>
        <translation>“%1” 文件的路径（“%2” 不是普通文件）</translation>
    </message>
    <message>
        <source>a hardware file without "accelerator"</source>
        <translation>没有 “accelerator” 的硬件文件</translation>
    </message>
    <message>
        <source>a ridgeline.accelerator file, or a hardware file with an "accelerator" object (a spatial accelerator)</source>
        <translation>ridgeline.accelerator 文件，或带 “accelerator” 对象的硬件文件（空间加速器）</translation>
    </message>
    <message>
        <source>a path to an accelerator file (ridgeline.accelerator, or a hardware file with an "accelerator"), an embedded accelerator object, or a project "hardware" of kind accelerator</source>
        <translation>加速器文件的路径（ridgeline.accelerator，或带 “accelerator” 的硬件文件）、内嵌的加速器对象，或类型为 accelerator 的项目 “hardware”</translation>
    </message>
    <message>
        <source>an accelerator file, since the project's hardware "%1" (kind "%2") has no "accelerator" object to map onto</source>
        <translation>加速器文件，因为项目的硬件 “%1”（类型 “%2”）没有可映射的 “accelerator” 对象</translation>
    </message>
    <message>
        <source>a project with a "model" and a "scenario" to take the layer from, or a problem file</source>
        <translation>带有 “model” 和 “scenario” 以提取该层的项目，或一个问题文件</translation>
    </message>
    <message>
        <source>a scenario beside the project's model (a model is lowered for a scenario)</source>
        <translation>项目模型旁的场景（模型需按场景展开）</translation>
    </message>
    <message>
        <source>a model beside the project's scenario (a model is lowered for a scenario)</source>
        <translation>项目场景旁的模型（模型需按场景展开）</translation>
    </message>
    <message>
        <source>an object of view settings</source>
        <translation>视图设置对象</translation>
    </message>
    <message>
        <source>at most the %1 device(s) of hardware "%2" (the product of its interconnect "devices")</source>
        <translation>最多为硬件 “%2” 的 %1 个设备（其互连 “devices” 的乘积）</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>流水线 %1</translation>
    </message>
    <message>
        <source>at most the %1 layers of model "%2"</source>
        <translation>最多为模型 “%2” 的 %1 层</translation>
    </message>
    <message>
        <source>tensor %1</source>
        <translation>张量 %1</translation>
    </message>
    <message>
        <source>a divisor of the %1 attention heads of model "%2"</source>
        <translation>模型 “%2” 的 %1 个注意力头的约数</translation>
    </message>
    <message>
        <source>expert %1</source>
        <translation>专家 %1</translation>
    </message>
    <message>
        <source>1 for a dense model ("%1" has no experts)</source>
        <translation>稠密模型应为 1（“%1” 没有专家）</translation>
    </message>
    <message>
        <source>a divisor of the %1 experts of model "%2"</source>
        <translation>模型 “%2” 的 %1 个专家的约数</translation>
    </message>
    <message>
        <source>1 for a model without experts</source>
        <translation>无专家模型应为 1</translation>
    </message>
    <message>
        <source>a scenario of kind "%1" that generates tokens</source>
        <translation>生成词元的 “%1” 类场景</translation>
    </message>
    <message>
        <source>a scenario without generation for the encoder-only model "%1" (training, or inference with generated_tokens 0)</source>
        <translation>纯编码器模型 “%1” 需不生成词元的场景（训练，或 generated_tokens 为 0 的推理）</translation>
    </message>
    <message>
        <source>a serving scenario</source>
        <translation>服务场景</translation>
    </message>
    <message>
        <source>inference or training for the %1 model "%2" (serving needs a decoder transformer)</source>
        <translation>%1 模型 “%2” 应为推理或训练（服务需要解码器 Transformer）</translation>
    </message>
    <message>
        <source>a file inside the project's folder "%1" or the sample library (it resolves to "%2"; a shared project may not read other files unless you allow it with ridgeline-cli --allow-outside-refs)</source>
        <translation>项目文件夹 “%1” 或示例库中的文件（它解析为 “%2”；除非用 ridgeline-cli --allow-outside-refs 允许，共享项目不得读取其他文件）</translation>
    </message>
    <message>
        <source>%1 x %2 x %3 x %4 devices</source>
        <translation>%1 x %2 x %3 x %4 个设备</translation>
    </message>
    <message>
        <source>tensor x pipeline x data x context of at most %1</source>
        <translation>张量 x 流水线 x 数据 x 上下文并行度最多为 %1</translation>
    </message>
    <message>
        <source>at most "max" (%1)</source>
        <translation>不超过 “max”（%1）</translation>
    </message>
    <message>
        <source>(min + max) / 2 = %1 for a uniform distribution (the given mean is ignored)</source>
        <translation>均匀分布应为 (min + max) / 2 = %1（给定的均值被忽略）</translation>
    </message>
    <message>
        <source>no "mean" for a zipf distribution (it follows from theta, min and max; ignored)</source>
        <translation>Zipf 分布不应有 “mean”（由 theta、min 和 max 决定；已忽略）</translation>
    </message>
    <message>
        <source>a mean between "min" and "max" (%1 to %2)</source>
        <translation>介于 “min” 和 “max” 之间的均值（%1 到 %2）</translation>
    </message>
    <message>
        <source>a "trace" section only with arrival "trace" or a length of kind "trace" (it is ignored)</source>
        <translation>仅在到达方式为 “trace” 或长度类型为 “trace” 时才有 “trace” 部分（已忽略）</translation>
    </message>
    <message>
        <source>a path to a trace CSV file (non-empty, no NUL bytes)</source>
        <translation>trace CSV 文件的路径（非空，不含 NUL 字节）</translation>
    </message>
    <message>
        <source>a path to an existing trace CSV file, relative to the file this scenario is written in (resolved to "%1", which does not exist)</source>
        <translation>现有 trace CSV 文件的路径，相对于本场景所在的文件（解析为 “%1”，该文件不存在）</translation>
    </message>
    <message>
        <source>a path to a trace CSV file ("%1" is not a regular file)</source>
        <translation>trace CSV 文件的路径（“%1” 不是普通文件）</translation>
    </message>
    <message>
        <source>the name of a column in the trace's header row (not empty)</source>
        <translation>trace 表头中某列的名称（非空）</translation>
    </message>
    <message>
        <source>an "arrival" column name (arrival "trace" replays the arrival times of the trace, in seconds or as timestamps such as "2023-11-16 18:15:46.68")</source>
        <translation>“arrival” 列名（到达方式 “trace” 按 trace 的到达时间回放，单位为秒或时间戳，例如 “2023-11-16 18:15:46.68”）</translation>
    </message>
    <message>
        <source>a time scale only with arrival "trace" (it is ignored)</source>
        <translation>仅在到达方式为 “trace” 时才有时间缩放（已忽略）</translation>
    </message>
    <message>
        <source>no rate with arrival "%1" (the trace's times set it; ignored)</source>
        <translation>到达方式为 “%1” 时不应有速率（由 trace 的时间决定；已忽略）</translation>
    </message>
    <message>
        <source>no rate with arrival "%1" (the clients set it; ignored)</source>
        <translation>到达方式为 “%1” 时不应有速率（由客户端决定；已忽略）</translation>
    </message>
    <message>
        <source>burstiness only with arrival "gamma" (it is ignored)</source>
        <translation>仅在到达方式为 “gamma” 时才有突发度（已忽略）</translation>
    </message>
    <message>
        <source>clients only with arrival "closed_loop" (ignored)</source>
        <translation>仅在到达方式为 “closed_loop” 时才有客户端数（已忽略）</translation>
    </message>
    <message>
        <source>at least 2 replicas for the "disaggregated" scheduler (a prefill pool and a decode pool)</source>
        <translation>“disaggregated” 调度器至少需要 2 个副本（一个预填充池和一个解码池）</translation>
    </message>
    <message>
        <source>fewer than the %1 replicas (the rest decode)</source>
        <translation>少于 %1 个副本（其余用于解码）</translation>
    </message>
    <message>
        <source>prefill_replicas only with the "disaggregated" scheduler (ignored)</source>
        <translation>仅在 “disaggregated” 调度器下才有 prefill_replicas（已忽略）</translation>
    </message>
    <message>
        <source>a multiple of micro_batch x data parallel = %1 x %2 = %3</source>
        <translation>micro_batch x 数据并行度 = %1 x %2 = %3 的倍数</translation>
    </message>
    <message>
        <source>tensor parallelism &gt; 1 (sequence parallelism has no effect without it)</source>
        <translation>张量并行度 &gt; 1（否则序列并行无效）</translation>
    </message>
    <message>
        <source>pipeline parallelism &gt; 1 (interleaving splits pipeline stages)</source>
        <translation>流水线并行度 &gt; 1（交错会拆分流水线阶段）</translation>
    </message>
    <message>
        <source>1 with schedule "%1" (only 1F1B is interleaved)</source>
        <translation>调度为 “%1” 时应为 1（只有 1F1B 支持交错）</translation>
    </message>
    <message>
        <source>a multiple of 2 x context parallelism = %1 (ring attention splits the sequence into 2 x CP load-balanced chunks)</source>
        <translation>2 x 上下文并行度 = %1 的倍数（环形注意力将序列分成 2 x CP 个负载均衡的块）</translation>
    </message>
    <message>
        <source>no "%1" section in a scenario of kind "%2" (it is ignored)</source>
        <translation>“%2” 类场景中不应有 “%1” 部分（已忽略）</translation>
    </message>
    <message>
        <source>file format version %1 is not supported; this Ridgeline reads version 1</source>
        <translation>不支持文件格式版本 %1；此版本的 Ridgeline 读取版本 1</translation>
    </message>
    <message>
        <source>"%1" (this file is read as %2)</source>
        <translation>“%1”（此文件按 %2 读取）</translation>
    </message>
    <message>
        <source>"%1" (this file is read as hardware)</source>
        <translation>“%1”（此文件按硬件读取）</translation>
    </message>
    <message>
        <source>"%1" (this file is read as model)</source>
        <translation>“%1”（此文件按模型读取）</translation>
    </message>
    <message>
        <source>"%1" (this file is read as scenario)</source>
        <translation>“%1”（此文件按场景读取）</translation>
    </message>
    <message>
        <source>"%1" (this file is read as project)</source>
        <translation>“%1”（此文件按项目读取）</translation>
    </message>
    <message>
        <source>"%1" (this file is read as accelerator)</source>
        <translation>“%1”（此文件按加速器读取）</translation>
    </message>
    <message>
        <source>"%1" (this file is read as problem)</source>
        <translation>“%1”（此文件按问题读取）</translation>
    </message>
    <message>
        <source>"%1" (this file is read as mapping)</source>
        <translation>“%1”（此文件按映射读取）</translation>
    </message>
    <message>
        <source>"%1" (this file is read as sweep)</source>
        <translation>“%1”（此文件按扫描读取）</translation>
    </message>
    <message>
        <source>the string "%1"</source>
        <translation>字符串 “%1”</translation>
    </message>
    <message>
        <source>the integer 1 (the file format version)</source>
        <translation>整数 1（文件格式版本）</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <source>at most %1 items</source>
        <translation>最多 %1 项</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>非空字符串</translation>
    </message>
    <message>
        <source>a JSON object (a Ridgeline spec document)</source>
        <translation>JSON 对象（Ridgeline 规格文档）</translation>
    </message>
    <message>
        <source>the key "format" naming the kind of file: one of %1 (or a Hugging Face config.json with "model_type")</source>
        <translation>指明文件类型的键 “format”：以下之一 %1（或带 “model_type” 的 Hugging Face config.json）</translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 (an object)</source>
        <translation>%1（对象）</translation>
    </message>
    <message>
        <source>%1 (null)</source>
        <translation>%1（空值）</translation>
    </message>
    <message>
        <source>%1 (a boolean)</source>
        <translation>%1（布尔值）</translation>
    </message>
    <message>
        <source>%1 (a number)</source>
        <translation>%1（数字）</translation>
    </message>
    <message>
        <source>%1 (a string)</source>
        <translation>%1（字符串）</translation>
    </message>
    <message>
        <source>%1 (an array)</source>
        <translation>%1（数组）</translation>
    </message>
    <message>
        <source>empty text; expected a size in bytes such as "%1"</source>
        <translation>字节大小，例如“%1”（文本为空）</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a size in bytes such as "%1"</source>
        <translation>字节大小，例如“%1”（文本过长，不是有效的物理量）</translation>
    </message>
    <message>
        <source>no number at the start; expected a size in bytes such as "%1"</source>
        <translation>字节大小，例如“%1”（开头没有数字）</translation>
    </message>
    <message>
        <source>the number is not finite; expected a size in bytes such as "%1"</source>
        <translation>字节大小，例如“%1”（数字不是有限值）</translation>
    </message>
    <message>
        <source>the unit is missing; expected a size in bytes such as "%1"</source>
        <translation>字节大小，例如“%1”（缺少单位）</translation>
    </message>
    <message>
        <source>the value overflows; expected a size in bytes such as "%1"</source>
        <translation>字节大小，例如“%1”（数值溢出）</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a size in bytes such as "%1"</source>
        <translation>字节大小，例如“%1”（未知单位“%2”）</translation>
    </message>
    <message>
        <source>a size in bytes with its unit, such as "%1"</source>
        <translation>带单位的字节大小，例如“%1”</translation>
    </message>
    <message>
        <source>a bare number has no unit; a size in bytes with its unit, such as "%1"</source>
        <translation>带单位的字节大小，例如“%1”（纯数字没有单位）</translation>
    </message>
    <message>
        <source>empty text; expected a bandwidth such as "%1"</source>
        <translation>带宽，例如“%1”（文本为空）</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a bandwidth such as "%1"</source>
        <translation>带宽，例如“%1”（文本过长，不是有效的物理量）</translation>
    </message>
    <message>
        <source>no number at the start; expected a bandwidth such as "%1"</source>
        <translation>带宽，例如“%1”（开头没有数字）</translation>
    </message>
    <message>
        <source>the number is not finite; expected a bandwidth such as "%1"</source>
        <translation>带宽，例如“%1”（数字不是有限值）</translation>
    </message>
    <message>
        <source>the unit is missing; expected a bandwidth such as "%1"</source>
        <translation>带宽，例如“%1”（缺少单位）</translation>
    </message>
    <message>
        <source>the value overflows; expected a bandwidth such as "%1"</source>
        <translation>带宽，例如“%1”（数值溢出）</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a bandwidth such as "%1"</source>
        <translation>带宽，例如“%1”（未知单位“%2”）</translation>
    </message>
    <message>
        <source>a bandwidth with its unit, such as "%1"</source>
        <translation>带单位的带宽，例如“%1”</translation>
    </message>
    <message>
        <source>a bare number has no unit; a bandwidth with its unit, such as "%1"</source>
        <translation>带单位的带宽，例如“%1”（纯数字没有单位）</translation>
    </message>
    <message>
        <source>empty text; expected a compute rate such as "%1"</source>
        <translation>计算速率，例如“%1”（文本为空）</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a compute rate such as "%1"</source>
        <translation>计算速率，例如“%1”（文本过长，不是有效的物理量）</translation>
    </message>
    <message>
        <source>no number at the start; expected a compute rate such as "%1"</source>
        <translation>计算速率，例如“%1”（开头没有数字）</translation>
    </message>
    <message>
        <source>the number is not finite; expected a compute rate such as "%1"</source>
        <translation>计算速率，例如“%1”（数字不是有限值）</translation>
    </message>
    <message>
        <source>the unit is missing; expected a compute rate such as "%1"</source>
        <translation>计算速率，例如“%1”（缺少单位）</translation>
    </message>
    <message>
        <source>the value overflows; expected a compute rate such as "%1"</source>
        <translation>计算速率，例如“%1”（数值溢出）</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a compute rate such as "%1"</source>
        <translation>计算速率，例如“%1”（未知单位“%2”）</translation>
    </message>
    <message>
        <source>a compute rate with its unit, such as "%1"</source>
        <translation>带单位的计算速率，例如“%1”</translation>
    </message>
    <message>
        <source>a bare number has no unit; a compute rate with its unit, such as "%1"</source>
        <translation>带单位的计算速率，例如“%1”（纯数字没有单位）</translation>
    </message>
    <message>
        <source>empty text; expected a frequency such as "%1"</source>
        <translation>频率，例如“%1”（文本为空）</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a frequency such as "%1"</source>
        <translation>频率，例如“%1”（文本过长，不是有效的物理量）</translation>
    </message>
    <message>
        <source>no number at the start; expected a frequency such as "%1"</source>
        <translation>频率，例如“%1”（开头没有数字）</translation>
    </message>
    <message>
        <source>the number is not finite; expected a frequency such as "%1"</source>
        <translation>频率，例如“%1”（数字不是有限值）</translation>
    </message>
    <message>
        <source>the unit is missing; expected a frequency such as "%1"</source>
        <translation>频率，例如“%1”（缺少单位）</translation>
    </message>
    <message>
        <source>the value overflows; expected a frequency such as "%1"</source>
        <translation>频率，例如“%1”（数值溢出）</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a frequency such as "%1"</source>
        <translation>频率，例如“%1”（未知单位“%2”）</translation>
    </message>
    <message>
        <source>a frequency with its unit, such as "%1"</source>
        <translation>带单位的频率，例如“%1”</translation>
    </message>
    <message>
        <source>a bare number has no unit; a frequency with its unit, such as "%1"</source>
        <translation>带单位的频率，例如“%1”（纯数字没有单位）</translation>
    </message>
    <message>
        <source>empty text; expected a time such as "%1"</source>
        <translation>时间，例如“%1”（文本为空）</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a time such as "%1"</source>
        <translation>时间，例如“%1”（文本过长，不是有效的物理量）</translation>
    </message>
    <message>
        <source>no number at the start; expected a time such as "%1"</source>
        <translation>时间，例如“%1”（开头没有数字）</translation>
    </message>
    <message>
        <source>the number is not finite; expected a time such as "%1"</source>
        <translation>时间，例如“%1”（数字不是有限值）</translation>
    </message>
    <message>
        <source>the unit is missing; expected a time such as "%1"</source>
        <translation>时间，例如“%1”（缺少单位）</translation>
    </message>
    <message>
        <source>the value overflows; expected a time such as "%1"</source>
        <translation>时间，例如“%1”（数值溢出）</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a time such as "%1"</source>
        <translation>时间，例如“%1”（未知单位“%2”）</translation>
    </message>
    <message>
        <source>a time with its unit, such as "%1"</source>
        <translation>带单位的时间，例如“%1”</translation>
    </message>
    <message>
        <source>a bare number has no unit; a time with its unit, such as "%1"</source>
        <translation>带单位的时间，例如“%1”（纯数字没有单位）</translation>
    </message>
    <message>
        <source>empty text; expected a power such as "%1"</source>
        <translation>功率，例如“%1”（文本为空）</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a power such as "%1"</source>
        <translation>功率，例如“%1”（文本过长，不是有效的物理量）</translation>
    </message>
    <message>
        <source>no number at the start; expected a power such as "%1"</source>
        <translation>功率，例如“%1”（开头没有数字）</translation>
    </message>
    <message>
        <source>the number is not finite; expected a power such as "%1"</source>
        <translation>功率，例如“%1”（数字不是有限值）</translation>
    </message>
    <message>
        <source>the unit is missing; expected a power such as "%1"</source>
        <translation>功率，例如“%1”（缺少单位）</translation>
    </message>
    <message>
        <source>the value overflows; expected a power such as "%1"</source>
        <translation>功率，例如“%1”（数值溢出）</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a power such as "%1"</source>
        <translation>功率，例如“%1”（未知单位“%2”）</translation>
    </message>
    <message>
        <source>a power with its unit, such as "%1"</source>
        <translation>带单位的功率，例如“%1”</translation>
    </message>
    <message>
        <source>a bare number has no unit; a power with its unit, such as "%1"</source>
        <translation>带单位的功率，例如“%1”（纯数字没有单位）</translation>
    </message>
    <message>
        <source>empty text; expected a energy such as "%1"</source>
        <translation>能量，例如“%1”（文本为空）</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a energy such as "%1"</source>
        <translation>能量，例如“%1”（文本过长，不是有效的物理量）</translation>
    </message>
    <message>
        <source>no number at the start; expected a energy such as "%1"</source>
        <translation>能量，例如“%1”（开头没有数字）</translation>
    </message>
    <message>
        <source>the number is not finite; expected a energy such as "%1"</source>
        <translation>能量，例如“%1”（数字不是有限值）</translation>
    </message>
    <message>
        <source>the unit is missing; expected a energy such as "%1"</source>
        <translation>能量，例如“%1”（缺少单位）</translation>
    </message>
    <message>
        <source>the value overflows; expected a energy such as "%1"</source>
        <translation>能量，例如“%1”（数值溢出）</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a energy such as "%1"</source>
        <translation>能量，例如“%1”（未知单位“%2”）</translation>
    </message>
    <message>
        <source>a energy with its unit, such as "%1"</source>
        <translation>带单位的能量，例如“%1”</translation>
    </message>
    <message>
        <source>a bare number has no unit; a energy with its unit, such as "%1"</source>
        <translation>带单位的能量，例如“%1”（纯数字没有单位）</translation>
    </message>
    <message>
        <source>empty text; expected a energy per byte such as "%1"</source>
        <translation>每字节能量，例如“%1”（文本为空）</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a energy per byte such as "%1"</source>
        <translation>每字节能量，例如“%1”（文本过长，不是有效的物理量）</translation>
    </message>
    <message>
        <source>no number at the start; expected a energy per byte such as "%1"</source>
        <translation>每字节能量，例如“%1”（开头没有数字）</translation>
    </message>
    <message>
        <source>the number is not finite; expected a energy per byte such as "%1"</source>
        <translation>每字节能量，例如“%1”（数字不是有限值）</translation>
    </message>
    <message>
        <source>the unit is missing; expected a energy per byte such as "%1"</source>
        <translation>每字节能量，例如“%1”（缺少单位）</translation>
    </message>
    <message>
        <source>the value overflows; expected a energy per byte such as "%1"</source>
        <translation>每字节能量，例如“%1”（数值溢出）</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a energy per byte such as "%1"</source>
        <translation>每字节能量，例如“%1”（未知单位“%2”）</translation>
    </message>
    <message>
        <source>a energy per byte with its unit, such as "%1"</source>
        <translation>带单位的每字节能量，例如“%1”</translation>
    </message>
    <message>
        <source>a bare number has no unit; a energy per byte with its unit, such as "%1"</source>
        <translation>带单位的每字节能量，例如“%1”（纯数字没有单位）</translation>
    </message>
    <message>
        <source>empty text; expected a energy per operation such as "%1"</source>
        <translation>每次运算能量，例如“%1”（文本为空）</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a energy per operation such as "%1"</source>
        <translation>每次运算能量，例如“%1”（文本过长，不是有效的物理量）</translation>
    </message>
    <message>
        <source>no number at the start; expected a energy per operation such as "%1"</source>
        <translation>每次运算能量，例如“%1”（开头没有数字）</translation>
    </message>
    <message>
        <source>the number is not finite; expected a energy per operation such as "%1"</source>
        <translation>每次运算能量，例如“%1”（数字不是有限值）</translation>
    </message>
    <message>
        <source>the unit is missing; expected a energy per operation such as "%1"</source>
        <translation>每次运算能量，例如“%1”（缺少单位）</translation>
    </message>
    <message>
        <source>the value overflows; expected a energy per operation such as "%1"</source>
        <translation>每次运算能量，例如“%1”（数值溢出）</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a energy per operation such as "%1"</source>
        <translation>每次运算能量，例如“%1”（未知单位“%2”）</translation>
    </message>
    <message>
        <source>a energy per operation with its unit, such as "%1"</source>
        <translation>带单位的每次运算能量，例如“%1”</translation>
    </message>
    <message>
        <source>a bare number has no unit; a energy per operation with its unit, such as "%1"</source>
        <translation>带单位的每次运算能量，例如“%1”（纯数字没有单位）</translation>
    </message>
    <message>
        <source>empty text; expected a area such as "%1"</source>
        <translation>面积，例如“%1”（文本为空）</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a area such as "%1"</source>
        <translation>面积，例如“%1”（文本过长，不是有效的物理量）</translation>
    </message>
    <message>
        <source>no number at the start; expected a area such as "%1"</source>
        <translation>面积，例如“%1”（开头没有数字）</translation>
    </message>
    <message>
        <source>the number is not finite; expected a area such as "%1"</source>
        <translation>面积，例如“%1”（数字不是有限值）</translation>
    </message>
    <message>
        <source>the unit is missing; expected a area such as "%1"</source>
        <translation>面积，例如“%1”（缺少单位）</translation>
    </message>
    <message>
        <source>the value overflows; expected a area such as "%1"</source>
        <translation>面积，例如“%1”（数值溢出）</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a area such as "%1"</source>
        <translation>面积，例如“%1”（未知单位“%2”）</translation>
    </message>
    <message>
        <source>a area with its unit, such as "%1"</source>
        <translation>带单位的面积，例如“%1”</translation>
    </message>
    <message>
        <source>a bare number has no unit; a area with its unit, such as "%1"</source>
        <translation>带单位的面积，例如“%1”（纯数字没有单位）</translation>
    </message>
    <message>
        <source>empty text; expected a cost per hour such as "%1"</source>
        <translation>每小时成本，例如“%1”（文本为空）</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a cost per hour such as "%1"</source>
        <translation>每小时成本，例如“%1”（文本过长，不是有效的物理量）</translation>
    </message>
    <message>
        <source>no number at the start; expected a cost per hour such as "%1"</source>
        <translation>每小时成本，例如“%1”（开头没有数字）</translation>
    </message>
    <message>
        <source>the number is not finite; expected a cost per hour such as "%1"</source>
        <translation>每小时成本，例如“%1”（数字不是有限值）</translation>
    </message>
    <message>
        <source>the unit is missing; expected a cost per hour such as "%1"</source>
        <translation>每小时成本，例如“%1”（缺少单位）</translation>
    </message>
    <message>
        <source>the value overflows; expected a cost per hour such as "%1"</source>
        <translation>每小时成本，例如“%1”（数值溢出）</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a cost per hour such as "%1"</source>
        <translation>每小时成本，例如“%1”（未知单位“%2”）</translation>
    </message>
    <message>
        <source>a cost per hour with its unit, such as "%1"</source>
        <translation>带单位的每小时成本，例如“%1”</translation>
    </message>
    <message>
        <source>a bare number has no unit; a cost per hour with its unit, such as "%1"</source>
        <translation>带单位的每小时成本，例如“%1”（纯数字没有单位）</translation>
    </message>
    <message>
        <source>empty text; expected a operation count such as "%1"</source>
        <translation>运算次数，例如“%1”（文本为空）</translation>
    </message>
    <message>
        <source>text too long for a quantity; expected a operation count such as "%1"</source>
        <translation>运算次数，例如“%1”（文本过长，不是有效的物理量）</translation>
    </message>
    <message>
        <source>no number at the start; expected a operation count such as "%1"</source>
        <translation>运算次数，例如“%1”（开头没有数字）</translation>
    </message>
    <message>
        <source>the number is not finite; expected a operation count such as "%1"</source>
        <translation>运算次数，例如“%1”（数字不是有限值）</translation>
    </message>
    <message>
        <source>the unit is missing; expected a operation count such as "%1"</source>
        <translation>运算次数，例如“%1”（缺少单位）</translation>
    </message>
    <message>
        <source>the value overflows; expected a operation count such as "%1"</source>
        <translation>运算次数，例如“%1”（数值溢出）</translation>
    </message>
    <message>
        <source>unknown unit "%2"; expected a operation count such as "%1"</source>
        <translation>运算次数，例如“%1”（未知单位“%2”）</translation>
    </message>
    <message>
        <source>a operation count with its unit, such as "%1"</source>
        <translation>带单位的运算次数，例如“%1”</translation>
    </message>
    <message>
        <source>a bare number has no unit; a operation count with its unit, such as "%1"</source>
        <translation>带单位的运算次数，例如“%1”（纯数字没有单位）</translation>
    </message>
    <message>
        <source>cannot save "%1": %2 (%3)</source>
        <translation>无法保存 “%1”：%2（%3）</translation>
    </message>
    <message>
        <source>cannot save: no file name given</source>
        <translation>无法保存：未给出文件名</translation>
    </message>
    <message>
        <source>cannot save to "%1": it is a directory</source>
        <translation>无法保存到 “%1”：它是一个目录</translation>
    </message>
    <message>
        <source>cannot create a temporary file in "%1"</source>
        <translation>无法在 “%1” 中创建临时文件</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>写入错误</translation>
    </message>
    <message>
        <source>cannot set the permissions</source>
        <translation>无法设置权限</translation>
    </message>
    <message>
        <source>cannot flush to disk</source>
        <translation>无法写入磁盘</translation>
    </message>
    <message>
        <source>cannot close the temporary file</source>
        <translation>无法关闭临时文件</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>无法替换该文件</translation>
    </message>
    <message>
        <source>cannot serialise the document: %1</source>
        <translation>无法序列化该文档：%1</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>没有那个文件或目录</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不够</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许的操作</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>设备上没有空间</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>不是目录</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>符号链接的层数过多</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <source>Too many open files in system</source>
        <translation>系统中打开的文件过多</translation>
    </message>
    <message>
        <source>Invalid cross-device link</source>
        <translation>无效的跨设备链接</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>设备或资源忙</translation>
    </message>
    <message>
        <source>Text file busy</source>
        <translation>文本文件忙</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>没有那个设备或地址</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>无法分配内存</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: No such file or directory)</source>
        <translation>可读的文件（无法打开：没有那个文件或目录）</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Permission denied)</source>
        <translation>可读的文件（无法打开：权限不够）</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Operation not permitted)</source>
        <translation>可读的文件（无法打开：不允许的操作）</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Not a directory)</source>
        <translation>可读的文件（无法打开：路径中的一部分不是目录）</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: File name too long)</source>
        <translation>可读的文件（无法打开：文件名过长）</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Too many levels of symbolic links)</source>
        <translation>可读的文件（无法打开：符号链接的层数过多）</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Too many open files)</source>
        <translation>可读的文件（无法打开：打开的文件过多）</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Too many open files in system)</source>
        <translation>可读的文件（无法打开：系统中打开的文件过多）</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: No such device or address)</source>
        <translation>可读的文件（无法打开：没有那个设备或地址）</translation>
    </message>
    <message>
        <source>a readable file (cannot open it: Input/output error)</source>
        <translation>可读的文件（无法打开：输入/输出错误）</translation>
    </message>
    <message>
        <source>the path of a CSV file</source>
        <translation>CSV 文件的路径</translation>
    </message>
    <message>
        <source>a regular file (a CSV file; directories, pipes and devices are not read)</source>
        <translation>普通文件（CSV 文件；不读取目录、管道和设备）</translation>
    </message>
    <message>
        <source>a CSV file of at most %1</source>
        <translation>不超过 %1 的 CSV 文件</translation>
    </message>
    <message>
        <source>UTF-8 text (a CSV file must be UTF-8 encoded)</source>
        <translation>UTF-8 文本（CSV 文件必须使用 UTF-8 编码）</translation>
    </message>
    <message>
        <source>the path of a trace CSV file</source>
        <translation>轨迹 CSV 文件的路径</translation>
    </message>
    <message>
        <source>a regular file (a trace CSV file; directories, pipes and devices are not read)</source>
        <translation>普通文件（轨迹 CSV 文件；不读取目录、管道和设备）</translation>
    </message>
    <message>
        <source>a trace CSV file of at most %1</source>
        <translation>不超过 %1 的轨迹 CSV 文件</translation>
    </message>
    <message>
        <source>UTF-8 text (a trace CSV file must be UTF-8 encoded)</source>
        <translation>UTF-8 文本（轨迹 CSV 文件必须使用 UTF-8 编码）</translation>
    </message>
    <message>
        <source>the path of a topology CSV file</source>
        <translation>拓扑 CSV 文件的路径</translation>
    </message>
    <message>
        <source>a regular file (a topology CSV file; directories, pipes and devices are not read)</source>
        <translation>普通文件（拓扑 CSV 文件；不读取目录、管道和设备）</translation>
    </message>
    <message>
        <source>a topology CSV file of at most %1</source>
        <translation>不超过 %1 的拓扑 CSV 文件</translation>
    </message>
    <message>
        <source>UTF-8 text (a topology CSV file must be UTF-8 encoded)</source>
        <translation>UTF-8 文本（拓扑 CSV 文件必须使用 UTF-8 编码）</translation>
    </message>
    <message>
        <source>[m, n, k] or [batch, m, n, k]</source>
        <translation>[m, n, k] 或 [批次, m, n, k]</translation>
    </message>
    <message>
        <source>for "%1": [m, n, k] or [batch, m, n, k]</source>
        <translation>对于 “%1”：[m, n, k] 或 [批次, m, n, k]</translation>
    </message>
    <message>
        <source>[batch, m, n, k]</source>
        <translation>[批次, m, n, k]</translation>
    </message>
    <message>
        <source>for "%1": [batch, m, n, k]</source>
        <translation>对于 “%1”：[批次, m, n, k]</translation>
    </message>
    <message>
        <source>[batch, in_channels, out_channels, height, width, kernel, stride?, padding?, groups?]</source>
        <translation>[批次, 输入通道, 输出通道, 高, 宽, 卷积核, 步长?, 填充?, 分组?]</translation>
    </message>
    <message>
        <source>for "%1": [batch, in_channels, out_channels, height, width, kernel, stride?, padding?, groups?]</source>
        <translation>对于 “%1”：[批次, 输入通道, 输出通道, 高, 宽, 卷积核, 步长?, 填充?, 分组?]</translation>
    </message>
    <message>
        <source>[batch, channels, height, width, kernel, stride?]</source>
        <translation>[批次, 通道, 高, 宽, 卷积核, 步长?]</translation>
    </message>
    <message>
        <source>for "%1": [batch, channels, height, width, kernel, stride?]</source>
        <translation>对于 “%1”：[批次, 通道, 高, 宽, 卷积核, 步长?]</translation>
    </message>
    <message>
        <source>[batch, heads, kv_heads, head_dim, query_len, kv_len]</source>
        <translation>[批次, 头数, KV 头数, 头维度, 查询长度, KV 长度]</translation>
    </message>
    <message>
        <source>for "%1": [batch, heads, kv_heads, head_dim, query_len, kv_len]</source>
        <translation>对于 “%1”：[批次, 头数, KV 头数, 头维度, 查询长度, KV 长度]</translation>
    </message>
    <message>
        <source>[elements] or [elements, inputs]</source>
        <translation>[元素数] 或 [元素数, 输入数]</translation>
    </message>
    <message>
        <source>for "%1": [elements] or [elements, inputs]</source>
        <translation>对于 “%1”：[元素数] 或 [元素数, 输入数]</translation>
    </message>
    <message>
        <source>[elements]</source>
        <translation>[元素数]</translation>
    </message>
    <message>
        <source>for "%1": [elements]</source>
        <translation>对于 “%1”：[元素数]</translation>
    </message>
    <message>
        <source>[tokens, hidden, experts]</source>
        <translation>[词元数, 隐藏维度, 专家数]</translation>
    </message>
    <message>
        <source>for "%1": [tokens, hidden, experts]</source>
        <translation>对于 “%1”：[词元数, 隐藏维度, 专家数]</translation>
    </message>
    <message>
        <source>[bytes, ranks]</source>
        <translation>[字节数, rank 数]</translation>
    </message>
    <message>
        <source>for "%1": [bytes, ranks]</source>
        <translation>对于 “%1”：[字节数, rank 数]</translation>
    </message>
    <message>
        <source>[bytes] or [bytes, ranks]</source>
        <translation>[字节数] 或 [字节数, rank 数]</translation>
    </message>
    <message>
        <source>for "%1": [bytes] or [bytes, ranks]</source>
        <translation>对于 “%1”：[字节数] 或 [字节数, rank 数]</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing value - unexpected end of input%6)</source>
        <translation>有效的 JSON（文本为空：第 %2 行，第 %3 列）</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - unexpected end of input%6)</source>
        <translation>有效的 JSON（文本在第 %2 行第 %3 列结束，而第 %7 行第 %8 列打开的 “%1” 尚未闭合）</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - unexpected string literal%6)</source>
        <translation>有效的 JSON（第 %2 行第 %3 列出现意外的字符串）</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - unexpected number literal%6)</source>
        <translation>有效的 JSON（第 %2 行第 %3 列出现意外的数字）</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - unexpected %1 literal%6)</source>
        <translation>有效的 JSON（第 %2 行第 %3 列出现意外的 %1）</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - unexpected %1%6)</source>
        <translation>有效的 JSON（第 %2 行第 %3 列出现意外的字符 %1）</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - invalid literal%6)</source>
        <translation>有效的 JSON（第 %2 行第 %3 列的内容不是 JSON 值：既不是字符串、数字、对象、数组，也不是 true、false 或 null）</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - invalid number%6)</source>
        <translation>有效的 JSON（第 %2 行第 %3 列的数字写法无效）</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - invalid string: missing closing quote%6)</source>
        <translation>有效的 JSON（字符串缺少右引号；文本在第 %2 行第 %3 列结束）</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - invalid string: control character %1%6)</source>
        <translation>有效的 JSON（第 %2 行第 %3 列的字符串中有控制字符 %1；它必须写成转义序列 \uXXXX）</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - invalid string: ill-formed UTF-8 byte%6)</source>
        <translation>有效的 JSON（第 %2 行第 %3 列的字符串中有不是 UTF-8 的字节）</translation>
    </message>
    <message>
        <source>valid JSON (%4: syntax error while parsing %5 - invalid string: %6)</source>
        <translation>有效的 JSON（第 %2 行第 %3 列的字符串中有无效的转义序列）</translation>
    </message>
    <message>
        <source>valid JSON (number overflow parsing %1; numbers must fit a double)</source>
        <translation>有效的 JSON（数字 %1 过大；数字必须能用 64 位浮点数表示）</translation>
    </message>
    <message>
        <source>a name: a string, or an object of names by language code such as {"en": "HBM bandwidth", "de": "HBM-Bandbreite"}</source>
        <translation>名称：一个字符串，或按语言代码给出名称的对象，例如 {"en": "HBM bandwidth", "de": "HBM-Bandbreite"}</translation>
    </message>
    <message>
        <source>a language code such as "en", "de" or "zh_CN" (language, then optionally _ and a territory)</source>
        <translation>语言代码，例如 "en"、"de" 或 "zh_CN"（语言，可选地后接 _ 和地区）</translation>
    </message>
    <message>
        <source>a non-empty string of at most %1 characters</source>
        <translation>最多 %1 个字符的非空字符串</translation>
    </message>
    <message>
        <source>an "en" entry: the English name, which column headers and the command line use</source>
        <translation>一个 "en" 条目：英文名称，列标题和命令行使用它</translation>
    </message>
    <message>
        <source>a language code such as "en", "de" or "zh_CN" (language, then optionally _ and a script and/or _ and a territory)</source>
        <translation>语言代码，例如 "en"、"de" 或 "zh_CN"（语言，可选地后接 _ 和文字，和/或 _ 和地区）</translation>
    </message>
</context>
<context>
    <name>rl::views::DiagnosticText</name>
    <message>
        <source>got %1; %2</source>
        <translation>实际为 %1；应为%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>应为%1</translation>
    </message>
    <message>
        <source>got %1; expected %2</source>
        <translation>实际为 %1；应为%2</translation>
    </message>
    <message>
        <source>(document)</source>
        <translation>（文档）</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1（第 %2 行，第 %3 列）</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1：错误：%2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1：警告：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rl::views::DatasetTableModel</name>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 个元素</translation>
    </message>
    <message>
        <source>%1 B, %2 ranks</source>
        <translation>%1 B，%2 个 rank</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>rl::views::PredictorName</name>
    <message>
        <source>roofline</source>
        <translation>屋顶线模型</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>学习型</translation>
    </message>
</context>
<context>
    <name>rl::views::TrainingSearchTab</name>
    <message>
        <source>Search configurations</source>
        <translation>搜索配置</translation>
    </message>
    <message>
        <source>Simulate every TP, PP, interleave, DP, micro-batch, ZeRO stage and recompute choice that fits in memory on all of the hardware's GPUs, fastest first.</source>
        <translation>在该硬件的全部 GPU 上，模拟所有能放入内存的 TP、PP、交错、DP、微批次、ZeRO 阶段与重计算组合，最快的排在最前。</translation>
    </message>
    <message>
        <source>Finds every plan that fits on all of the hardware's GPUs; a click on a row loads it into the scenario.</source>
        <translation>查找在该硬件全部 GPU 上可行的所有方案；点击某行即可将其载入场景。</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message>
        <source>The hardware, model or batch changed: search again.</source>
        <translation>硬件、模型或批次已更改：请重新搜索。</translation>
    </message>
    <message>
        <source>Simulating every plan that fits…</source>
        <translation>正在模拟所有可行方案…</translation>
    </message>
    <message>
        <source>%1 of %2 valid plans fit in memory (%3 do not), fastest first. Click a row to load it into the scenario.</source>
        <translation>%2 个有效方案中有 %1 个能放入内存（%3 个不能），最快的排在最前。点击某行即可将其载入场景。</translation>
    </message>
    <message>
        <source>TP %1 × CP %2 × PP %3 × DP %4, interleave %5, micro-batch %6, ZeRO %7</source>
        <translation>TP %1 × CP %2 × PP %3 × DP %4，交错 %5，微批次 %6，ZeRO %7</translation>
    </message>
</context>
<context>
    <name>rl::views::RankPicker</name>
    <message>
        <source>Ranks shown: every pipeline stage at</source>
        <translation>显示的 rank：每个流水线阶段，取</translation>
    </message>
    <message>
        <source>DP index </source>
        <translation>DP 索引 </translation>
    </message>
    <message>
        <source>TP index </source>
        <translation>TP 索引 </translation>
    </message>
    <message>
        <source>CP index </source>
        <translation>CP 索引 </translation>
    </message>
    <message>
        <source>The TP, CP and DP peers of a pipeline stage run alike, so one rank per stage is simulated; choose the indices of the ranks to show.</source>
        <translation>同一流水线阶段的 TP、CP 和 DP 对等 rank 行为相同，因此每个阶段只模拟一个 rank；请选择要显示的 rank 的索引。</translation>
    </message>
    <message>
        <source>%1 pipeline stages × %2 streams</source>
        <translation>%1 个流水线阶段 × %2 个流</translation>
    </message>
</context>
<context>
    <name>rl::views::WhatIfPanel</name>
    <message>
        <source>Why, and what would help</source>
        <translation>原因及改进方法</translation>
    </message>
    <message>
        <source>What if (re-simulated)</source>
        <translation>假设分析（重新模拟）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Change the scenario accordingly and simulate again (undoable)</source>
        <translation>相应修改场景并重新模拟（可撤销）</translation>
    </message>
</context>
<context>
    <name>rl::views::CollectiveName</name>
    <message>
        <source>all-reduce</source>
        <translation>全归约</translation>
    </message>
    <message>
        <source>all-gather</source>
        <translation>全收集</translation>
    </message>
    <message>
        <source>reduce-scatter</source>
        <translation>归约分散</translation>
    </message>
    <message>
        <source>all-to-all</source>
        <translation>全对全</translation>
    </message>
    <message>
        <source>send/recv</source>
        <translation>发送/接收</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>环形</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>树形</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直连</translation>
    </message>
    <message>
        <source>hierarchical</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>in-switch (NVLS)</source>
        <translation>交换机内（NVLS）</translation>
    </message>
</context>
<context>
    <name>rl::views::LocalizedName</name>
    <message>
        <source>en</source>
        <translation>zh_CN</translation>
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
        <translation>其他</translation>
    </message>
    <message>
        <source>ring %1</source>
        <translation>环形%1</translation>
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
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>K, V</source>
        <translation>K、V</translation>
    </message>
    <message>
        <source>K, V and gradients</source>
        <translation>K、V 及梯度</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>TrainingOp</name>
    <message>
        <source>transformer layers</source>
        <translation>Transformer 层</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>嵌入层</translation>
    </message>
    <message>
        <source>LM head and loss</source>
        <translation>LM 头与损失</translation>
    </message>
    <message>
        <source>optimizer step (%1)</source>
        <translation>优化器步骤（%1）</translation>
    </message>
</context>
</TS>
