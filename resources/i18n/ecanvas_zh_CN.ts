<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Workspace &amp;Properties…</source>
        <translation>工作区属性(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New Card</source>
        <translation>新建卡片(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>编辑卡片文字(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tidy Block</source>
        <translation>整理模块(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Add Canvas…</source>
        <translation>添加画布(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename Canvas</source>
        <translation>重命名画布(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Canvas</source>
        <translation>删除画布(&amp;D)</translation>
    </message>
    <message>
        <source>Move Canvas &amp;Up</source>
        <translation>画布上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Canvas Do&amp;wn</source>
        <translation>画布下移(&amp;W)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>Side &amp;Panels</source>
        <translation>侧边面板(&amp;P)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Workspace in use</source>
        <translation>工作区正在使用中</translation>
    </message>
    <message>
        <source>{message}

Open it read-only instead?</source>
        <translation>{message}

改为以只读方式打开吗？</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
</context>
<context>
    <name>BlockEditing</name>
    <message>
        <source>Remove the block “%1” and the %2 card(s) in it?</source>
        <translation>移除模块“%1”及其中的 %2 张卡片吗？</translation>
    </message>
    <message>
        <source>Remove Block</source>
        <translation>移除模块</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>添加模块</translation>
    </message>
    <message>
        <source>Rename block</source>
        <translation>重命名模块</translation>
    </message>
    <message>
        <source>Resize block</source>
        <translation>调整模块大小</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>移动模块</translation>
    </message>
</context>
<context>
    <name>BlockItem</name>
    <message>
        <source>Score: %1 of 5. Click a star to change it.</source>
        <translation>评分：%1 / 5。点击星星即可修改。</translation>
    </message>
</context>
<context>
    <name>CanvasDrop</name>
    <message>
        <source>The dropped colour is not valid.</source>
        <translation>拖入的颜色无效。</translation>
    </message>
    <message>
        <source>The dropped cards could not be read.</source>
        <translation>无法读取拖入的卡片。</translation>
    </message>
    <message>
        <source>Only text, text files and palette colours can be dropped here.</source>
        <translation>这里只能拖入文字、文本文件和调色板颜色。</translation>
    </message>
    <message>
        <source>The dropped text has no lines to turn into cards.</source>
        <translation>拖入的文字中没有可以生成卡片的行。</translation>
    </message>
    <message>
        <source>The dropped text has %1 lines; at most %2 cards can be added at once.</source>
        <translation>拖入的文字有 %1 行；一次最多只能添加 %2 张卡片。</translation>
    </message>
    <message>
        <source>Only files on this computer can be dropped.</source>
        <translation>只能拖入本机上的文件。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a text file.</source>
        <translation>“%1”是文件夹，不是文本文件。</translation>
    </message>
    <message>
        <source>“%1” is larger than 1 MB.</source>
        <translation>“%1”超过 1 MB。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a text file.</source>
        <translation>“%1”不是文本文件。</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>“%1”不是 UTF-8 编码的文本。</translation>
    </message>
</context>
<context>
    <name>CanvasListPanel</name>
    <message>
        <source>Cards: {count}</source>
        <translation>卡片：{count}</translation>
    </message>
    <message>
        <source>Canvases</source>
        <translation>画布</translation>
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <source>Add Block Here</source>
        <translation>在此添加模块</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Add Vote</source>
        <translation>加一票</translation>
    </message>
    <message>
        <source>Remove Vote</source>
        <translation>减一票</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>修改颜色</translation>
    </message>
    <message>
        <source>Add vote</source>
        <translation>加一票</translation>
    </message>
    <message>
        <source>Remove vote</source>
        <translation>减一票</translation>
    </message>
    <message>
        <source>Edit Label…</source>
        <translation>编辑标注…</translation>
    </message>
    <message>
        <source>Delete Link</source>
        <translation>删除连线</translation>
    </message>
    <message>
        <source>New Card Here</source>
        <translation>在此新建卡片</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Tidy Block</source>
        <translation>整理模块</translation>
    </message>
    <message>
        <source>Select All Cards in Block</source>
        <translation>选择本模块全部卡片</translation>
    </message>
    <message>
        <source>Rename Block</source>
        <translation>重命名模块</translation>
    </message>
    <message>
        <source>Remove Block</source>
        <translation>移除模块</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Clear Score</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <source>Score block</source>
        <translation>为模块评分</translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <source>This card should link to a card in %1. Drag from the handle on its right edge to that card.</source>
        <translation>这张卡片应连接到“%1”中的卡片。从它右边缘的手柄拖到目标卡片即可。</translation>
    </message>
    <message>
        <source>Score block</source>
        <translation>为模块评分</translation>
    </message>
    <message>
        <source>These cards are already linked.</source>
        <translation>这两张卡片已经连接。</translation>
    </message>
    <message>
        <source>Paste a card</source>
        <translation>粘贴 1 张卡片</translation>
    </message>
    <message>
        <source>Paste %n cards</source>
        <translation>粘贴 %n 张卡片</translation>
    </message>
    <message>
        <source>Duplicate a card</source>
        <translation>复制出 1 张卡片</translation>
    </message>
    <message>
        <source>Duplicate %n cards</source>
        <translation>复制出 %n 张卡片</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Tidy block</source>
        <translation>整理模块</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>添加卡片</translation>
    </message>
    <message>
        <source>Cards can only be moved within one workspace.</source>
        <translation>卡片只能在同一个工作区内移动。</translation>
    </message>
</context>
<context>
    <name>CanvasTabs</name>
    <message>
        <source>“{canvas}” has no blocks yet; add a block before moving cards there.</source>
        <translation>“{canvas}”还没有模块；请先添加模块，再把卡片移过去。</translation>
    </message>
    <message>
        <source>Moved 1 card to “{canvas}”.</source>
        <translation>已将 1 张卡片移到“{canvas}”。</translation>
    </message>
    <message>
        <source>Moved {count} cards to “{canvas}”.</source>
        <translation>已将 {count} 张卡片移到“{canvas}”。</translation>
    </message>
</context>
<context>
    <name>CardColour</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Lilac</source>
        <translation>淡紫色</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
</context>
<context>
    <name>CardEditing</name>
    <message>
        <source>Add card</source>
        <translation>添加卡片</translation>
    </message>
</context>
<context>
    <name>ColourChip</name>
    <message>
        <source>%1 card: drag onto a block to add one, click to use it for quick capture</source>
        <translation>%1卡片：拖到模块上即可添加，单击则用于快速记录</translation>
    </message>
</context>
<context>
    <name>ColourSwatches</name>
    <message>
        <source>Card colour</source>
        <translation>卡片颜色</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>其他颜色…</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Change workspace properties</source>
        <translation>修改工作区属性</translation>
    </message>
    <message>
        <source>Add canvas</source>
        <translation>添加画布</translation>
    </message>
    <message>
        <source>Delete canvas</source>
        <translation>删除画布</translation>
    </message>
    <message>
        <source>Rename canvas</source>
        <translation>重命名画布</translation>
    </message>
    <message>
        <source>Reorder canvases</source>
        <translation>调整画布顺序</translation>
    </message>
    <message>
        <source>Change block</source>
        <translation>修改模块</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>添加模块</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>移除模块</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>添加 1 张卡片</translation>
    </message>
    <message>
        <source>Add %n cards</source>
        <translation>添加 %n 张卡片</translation>
    </message>
    <message>
        <source>Delete a card</source>
        <translation>删除 1 张卡片</translation>
    </message>
    <message>
        <source>Delete %n cards</source>
        <translation>删除 %n 张卡片</translation>
    </message>
    <message>
        <source>Move a card</source>
        <translation>移动 1 张卡片</translation>
    </message>
    <message>
        <source>Move %n cards</source>
        <translation>移动 %n 张卡片</translation>
    </message>
    <message>
        <source>Delete a link</source>
        <translation>删除 1 条连线</translation>
    </message>
    <message>
        <source>Delete %n links</source>
        <translation>删除 %n 条连线</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>编辑卡片</translation>
    </message>
    <message>
        <source>Link cards</source>
        <translation>连接卡片</translation>
    </message>
    <message>
        <source>Label link</source>
        <translation>标注连线</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配结果</translation>
    </message>
    <message>
        <source>Matches: {count}</source>
        <translation>匹配：{count}</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 个，共 {total} 个</translation>
    </message>
    <message>
        <source>Find cards by text or #tag</source>
        <translation>按文字或 #标签 查找卡片</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Select a block to see its guiding questions.</source>
        <translation>选择一个模块，即可查看其引导问题。</translation>
    </message>
    <message>
        <source>Add a canvas to get started.</source>
        <translation>添加一张画布，开始规划吧。</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>引导</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>{count} cards selected. Select one card to edit its fields.</source>
        <translation>已选中 {count} 张卡片。选择一张卡片即可编辑其内容。</translation>
    </message>
    <message>
        <source>Select a card on the canvas to see and edit it here.</source>
        <translation>在画布上选择一张卡片，即可在此查看和编辑。</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>用逗号分隔多个标签</translation>
    </message>
    <message>
        <source>Who does it?</source>
        <translation>由谁负责？</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Add a vote</source>
        <translation>加一票</translation>
    </message>
    <message>
        <source>Remove a vote</source>
        <translation>减一票</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{title} — {file} [read-only]</source>
        <translation>{title} — {file} [只读]</translation>
    </message>
    <message>
        <source>{title} — {file}</source>
        <translation>{title} — {file}</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销(&amp;U)“{action}”</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做(&amp;R)“{action}”</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>This workspace is open read-only; changes cannot be saved.</source>
        <translation>此工作区以只读方式打开，无法保存更改。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Brand colour</source>
        <translation>品牌色</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The workspace logo</source>
        <translation>工作区标志</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>无法写入 PDF：{reason}</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>报告已导出</translation>
    </message>
    <message>
        <source>The report was saved as {file}.</source>
        <translation>报告已保存为 {file}。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <source>Canvases:</source>
        <translation>画布：</translation>
    </message>
    <message>
        <source>Brand colour:</source>
        <translation>品牌色：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>章节：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <source>Canvas drawings</source>
        <translation>画布图</translation>
    </message>
    <message>
        <source>Cards, block by block</source>
        <translation>卡片（按模块）</translation>
    </message>
    <message>
        <source>Scores (radar chart)</source>
        <translation>评分（雷达图）</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Appendix: framework guidance</source>
        <translation>附录：框架指引</translation>
    </message>
</context>
<context>
    <name>TemplateGalleryDialog</name>
    <message>
        <source>No blocks: you add your own.</source>
        <translation>没有预设模块：由你自行添加。</translation>
    </message>
    <message>
        <source>Blocks:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Add Canvas</source>
        <translation>添加画布</translation>
    </message>
    <message>
        <source>Canvas title:</source>
        <translation>画布标题：</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Canvas</source>
        <translation>画布(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>ecanvas workspaces (*.ecanvas);;All files (*)</source>
        <translation>ecanvas 工作区 (*.ecanvas);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Title of the new workspace:</source>
        <translation>新工作区的标题：</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>Created {file}. Add a canvas to begin.</source>
        <translation>已创建 {file}。添加一张画布即可开始。</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>{file} no longer exists; it was removed from the recent files.</source>
        <translation>{file} 已不存在，已从最近打开的文件中移除。</translation>
    </message>
    <message>
        <source>This workspace is already open.</source>
        <translation>此工作区已经打开。</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>工作区正在使用中</translation>
    </message>
    <message>
        <source>{message}

Open it read-only instead?</source>
        <translation>{message}

改为以只读方式打开吗？</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Choose a different file for the copy.</source>
        <translation>请为副本选择另一个文件。</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>Saved a copy to {file}.</source>
        <translation>已将副本保存到 {file}。</translation>
    </message>
    <message>
        <source>Exported {file}.</source>
        <translation>已导出 {file}。</translation>
    </message>
</context>
<context>
    <name>WorkspacePropertiesDialog</name>
    <message>
        <source>Brand colour</source>
        <translation>品牌色</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is larger than 5 MB.</source>
        <translation>{file} 超过 5 MB。</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image.</source>
        <translation>{file} 不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Workspace Properties</source>
        <translation>工作区属性</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Workspace language:</source>
        <translation>工作区语言：</translation>
    </message>
    <message>
        <source>Brand colour:</source>
        <translation>品牌色：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <source>Zoom {percent}%</source>
        <translation>缩放 {percent}%</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>This workspace is open read-only; nothing can be changed.</source>
        <translation>此工作区以只读方式打开，无法进行任何更改。</translation>
    </message>
    <message>
        <source>Every change is written to the workspace file at once.</source>
        <translation>每次更改都会立即写入工作区文件。</translation>
    </message>
    <message>
        <source>Cards: {total}</source>
        <translation>卡片：{total}</translation>
    </message>
    <message>
        <source>Cards: {here} on this canvas · {total} in the workspace</source>
        <translation>卡片：本画布 {here} 张 · 工作区共 {total} 张</translation>
    </message>
</context>
</TS>
