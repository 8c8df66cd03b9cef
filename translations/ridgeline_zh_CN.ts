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
        <source>Cannot apply &quot;%1&quot;: %2</source>
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
        <source>The project&apos;s specs do not fit together:
%1</source>
        <translation>项目的各项规格互不匹配：
%1</translation>
    </message>
</context>
<context>
    <name>rl::gui::PredictorChooser</name>
    <message>
        <source>Predictor for this project&apos;s runs</source>
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
        <source>unknown image format &apos;%1&apos; (use png, pdf or svg)</source>
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
        <source>Dense peak math rate for this data type, e.g. &quot;312 TFLOP/s&quot;.</source>
        <translation>该数据类型的稠密峰值算力，例如 &quot;312 TFLOP/s&quot;。</translation>
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
        <translation>最大 token 间隔</translation>
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
        <translation>输出 token</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>输入 token</translation>
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
        <translation>每百万 token 能耗</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>每百万 token 成本</translation>
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
        <translation>token 间隔时间</translation>
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
        <source>the scenario has no &quot;serving&quot; section</source>
        <translation>场景中没有 &quot;serving&quot; 部分</translation>
    </message>
    <message>
        <source>the what-if carries no usable value (%1)</source>
        <translation>该假设分析没有可用的值（%1）</translation>
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
        <source>Boost clock, e.g. &quot;1.41 GHz&quot;.</source>
        <translation>加速频率，例如 &quot;1.41 GHz&quot;。</translation>
    </message>
    <message>
        <source>Energy of one operation, e.g. &quot;0.6 pJ/FLOP&quot;.</source>
        <translation>单次运算的能耗，例如 &quot;0.6 pJ/FLOP&quot;。</translation>
    </message>
    <message>
        <source>Capacity per instance, e.g. &quot;80 GiB&quot; or &quot;192 KiB&quot;.</source>
        <translation>每个实例的容量，例如 &quot;80 GiB&quot; 或 &quot;192 KiB&quot;。</translation>
    </message>
    <message>
        <source>How many copies of this level exist (e.g. one L1 per SM).</source>
        <translation>该层级的副本数量（例如每个 SM 一个 L1）。</translation>
    </message>
    <message>
        <source>Aggregate bandwidth of the level, e.g. &quot;2039 GB/s&quot;. Drag the slider to scale it live.</source>
        <translation>该层级的总带宽，例如 &quot;2039 GB/s&quot;。拖动滑块可实时缩放。</translation>
    </message>
    <message>
        <source>Fraction of the bandwidth a streaming kernel reaches, in (0, 1].</source>
        <translation>流式内核能达到的带宽比例，取值 (0, 1]。</translation>
    </message>
    <message>
        <source>Energy per byte read, e.g. &quot;7 pJ/B&quot;.</source>
        <translation>每读取一字节的能耗，例如 &quot;7 pJ/B&quot;。</translation>
    </message>
    <message>
        <source>Energy per byte written, e.g. &quot;7 pJ/B&quot;.</source>
        <translation>每写入一字节的能耗，例如 &quot;7 pJ/B&quot;。</translation>
    </message>
    <message>
        <source>Access or message latency, e.g. &quot;500 ns&quot;.</source>
        <translation>访问或消息延迟，例如 &quot;500 ns&quot;。</translation>
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
        <source>Bandwidth per device per direction, e.g. &quot;300 GB/s&quot;.</source>
        <translation>每个设备每个方向的带宽，例如 &quot;300 GB/s&quot;。</translation>
    </message>
    <message>
        <source>Thermal design power, e.g. &quot;400 W&quot;.</source>
        <translation>热设计功耗，例如 &quot;400 W&quot;。</translation>
    </message>
    <message>
        <source>Die area, e.g. &quot;826 mm2&quot;.</source>
        <translation>芯片面积，例如 &quot;826 mm2&quot;。</translation>
    </message>
    <message>
        <source>Rental price, e.g. &quot;1.80 USD/h&quot;.</source>
        <translation>租用价格，例如 &quot;1.80 USD/h&quot;。</translation>
    </message>
    <message>
        <source>Fixed overhead per kernel launch, e.g. &quot;4 us&quot;.</source>
        <translation>每次内核启动的固定开销，例如 &quot;4 us&quot;。</translation>
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
        <translation>词表中的 token 数（嵌入层与 LM 头的行数）。</translation>
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
        <translation>每个 token 路由到的专家数（top-k）。</translation>
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
        <translation>每个序列生成的 token 数（解码步数）。</translation>
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
        <translation>提示 token</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token</translation>
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
</context>
<context>
    <name>rl::views::ServingPage</name>
    <message>
        <source>Find capacity</source>
        <translation>查找容量</translation>
    </message>
    <message>
        <source>Search the highest arrival rate that meets the scenario&apos;s SLOs; every trial is plotted on the Capacity tab as it finishes.</source>
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
        <translation>token 延迟</translation>
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
        <translation>输出 %1 token/s</translation>
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
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · valid</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 有效</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · &lt;span style=&apos;color:#d32f2f&apos;&gt;%n problem(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · &lt;span style=&apos;color:#d32f2f&apos;&gt;%n 个问题&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters: %1 (active per token %2) · KV cache: %3 per token at 16 bit · %4 per token forward</source>
        <translation>参数量：%1（每个 token 激活 %2）· KV 缓存：16 位下每个 token %3 · 每个 token 前向 %4</translation>
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
</context>
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
        <source>Time = bytes / the level&apos;s effective bandwidth</source>
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
</context>
</TS>
