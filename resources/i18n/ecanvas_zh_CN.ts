<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="191"/>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="192"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="193"/>
        <source>Open &amp;Shared Workspace…</source>
        <translation>打开共享工作区(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="194"/>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="195"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="196"/>
        <source>Workspace &amp;Properties…</source>
        <translation>工作区属性(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="197"/>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="199"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="200"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="201"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="202"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="203"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="204"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="198"/>
        <source>Repair in&amp;to a Copy…</source>
        <translation>修复为副本(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="205"/>
        <source>Dup&amp;licate</source>
        <translation>创建副本(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="206"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="207"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="208"/>
        <source>&amp;New Card</source>
        <translation>新建卡片(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="209"/>
        <source>&amp;Edit Card Text</source>
        <translation>编辑卡片文字(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="210"/>
        <source>&amp;Compact Cards</source>
        <translation>紧凑卡片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="211"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="212"/>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="213"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="214"/>
        <source>&amp;Add Canvas…</source>
        <translation>添加画布(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="215"/>
        <source>&amp;Rename Canvas</source>
        <translation>重命名画布(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="216"/>
        <source>&amp;Delete Canvas</source>
        <translation>删除画布(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="217"/>
        <source>Move Canvas &amp;Up</source>
        <translation>画布上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="218"/>
        <source>Move Canvas Do&amp;wn</source>
        <translation>画布下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="219"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="220"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="221"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="222"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="223"/>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="224"/>
        <source>&amp;Workshop</source>
        <translation>工作坊模式(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="225"/>
        <source>Side &amp;Panels</source>
        <translation>侧边面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="226"/>
        <source>Show Lin&amp;k Hints</source>
        <translation>显示连线提示(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="231"/>
        <source>C&amp;ompare with…</source>
        <translation>比较(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="227"/>
        <source>Strategy &amp;Checks</source>
        <translation>战略检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="228"/>
        <source>&amp;Import Canvases From…</source>
        <translation>从其他工作区导入画布(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="229"/>
        <source>Take &amp;Snapshot…</source>
        <translation>创建快照(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="230"/>
        <source>Snaps&amp;hots…</source>
        <translation>快照列表(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="232"/>
        <source>Save as &amp;Template…</source>
        <translation>另存为模板(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ecanvas/ui/app.py" line="80"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/app.py" line="126"/>
        <source>Something went wrong</source>
        <translation>出现意外错误</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/app.py" line="127"/>
        <source>ecanvas met an unexpected error ({error}). Your workspace is safe: every change shown as done is in the file. The details are in {report}.</source>
        <translation>ecanvas 遇到了意外错误（{error}）。你的工作区是安全的：所有显示为已完成的修改都已写入文件。详细信息见 {report}。</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../../ecanvas/ui/backup_keeper.py" line="73"/>
        <source>No backup of {file} could be made in {folder}: {reason}.</source>
        <translation>无法在 {folder} 中为 {file} 制作备份：{reason}。</translation>
    </message>
</context>
<context>
    <name>BlockEditing</name>
    <message>
        <location filename="../../ecanvas/ui/canvas/block_editing.py" line="38"/>
        <source>Remove the block “%1” and the %2 card(s) in it?</source>
        <translation>移除模块“%1”及其中的 %2 张卡片吗？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/block_editing.py" line="41"/>
        <source>Remove Block</source>
        <translation>移除模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/block_editing.py" line="142"/>
        <source>Rename block</source>
        <translation>重命名模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/gestures.py" line="179"/>
        <source>Resize block</source>
        <translation>调整模块大小</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/gestures.py" line="181"/>
        <source>Move block</source>
        <translation>移动模块</translation>
    </message>
</context>
<context>
    <name>BlockItem</name>
    <message>
        <location filename="../../ecanvas/ui/canvas/block_item.py" line="105"/>
        <source>Score: %1 of 5. Click a star to change it.</source>
        <translation>评分：%1 / 5。点击星星即可修改。</translation>
    </message>
</context>
<context>
    <name>CanvasDrop</name>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="56"/>
        <source>The dropped colour is not valid.</source>
        <translation>拖入的颜色无效。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="61"/>
        <source>The dropped cards could not be read.</source>
        <translation>无法读取拖入的卡片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="68"/>
        <source>Only text, text files and palette colours can be dropped here.</source>
        <translation>这里只能拖入文字、文本文件和调色板颜色。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="75"/>
        <source>The dropped text has no lines to turn into cards.</source>
        <translation>拖入的文字中没有可以生成卡片的行。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="78"/>
        <source>The dropped text has %1 lines; at most %2 cards can be added at once.</source>
        <translation>拖入的文字有 %1 行；一次最多只能添加 %2 张卡片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="91"/>
        <source>Only files on this computer can be dropped.</source>
        <translation>只能拖入本机上的文件。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="102"/>
        <source>“%1” is a folder, not a text file.</source>
        <translation>“%1”是文件夹，不是文本文件。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="106"/>
        <source>“%1” is larger than 1 MB.</source>
        <translation>“%1”超过 1 MB。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="110"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="114"/>
        <source>“%1” is not a text file.</source>
        <translation>“%1”不是文本文件。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="119"/>
        <source>“%1” is not UTF-8 text.</source>
        <translation>“%1”不是 UTF-8 编码的文本。</translation>
    </message>
</context>
<context>
    <name>CanvasListPanel</name>
    <message>
        <location filename="../../ecanvas/ui/panels/canvas_list.py" line="196"/>
        <source>Cards: {count}</source>
        <translation>卡片：{count}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/canvas_list.py" line="291"/>
        <source>Canvases</source>
        <translation>画布</translation>
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="91"/>
        <source>Add Block Here</source>
        <translation>在此添加模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="103"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="115"/>
        <source>Add Vote</source>
        <translation>加一票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="117"/>
        <source>Remove Vote</source>
        <translation>减一票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="137"/>
        <source>Change colour</source>
        <translation>修改颜色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="154"/>
        <source>Add vote</source>
        <translation>加一票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="156"/>
        <source>Remove vote</source>
        <translation>减一票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="163"/>
        <source>Edit Label…</source>
        <translation>编辑标注…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="173"/>
        <source>New Card Here</source>
        <translation>在此新建卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="179"/>
        <source>Select All Cards in Block</source>
        <translation>选择本模块全部卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="185"/>
        <source>Rename Block</source>
        <translation>重命名模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="187"/>
        <source>Remove Block</source>
        <translation>移除模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="193"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="203"/>
        <source>Clear Score</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="213"/>
        <source>Score block</source>
        <translation>为模块评分</translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <location filename="../../ecanvas/ui/canvas/mirror.py" line="420"/>
        <source>This card should link to a card in %1. Drag from the handle on its right edge to that card.</source>
        <translation>这张卡片应连接到“%1”中的卡片。从它右边缘的手柄拖到目标卡片即可。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene.py" line="526"/>
        <source>Score block</source>
        <translation>为模块评分</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene.py" line="408"/>
        <source>These cards are already linked.</source>
        <translation>这两张卡片已经连接。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_actions.py" line="78"/>
        <source>Paste a card</source>
        <translation>粘贴 1 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_actions.py" line="80"/>
        <source>Paste %n cards</source>
        <translation>粘贴 %n 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_actions.py" line="100"/>
        <source>Duplicate a card</source>
        <translation>复制出 1 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_actions.py" line="102"/>
        <source>Duplicate %n cards</source>
        <translation>复制出 %n 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_actions.py" line="130"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_drops.py" line="116"/>
        <source>Cards can only be moved within one workspace.</source>
        <translation>卡片只能在同一个工作区内移动。</translation>
    </message>
</context>
<context>
    <name>CanvasTabs</name>
    <message>
        <location filename="../../ecanvas/ui/canvas_tabs.py" line="283"/>
        <source>“{canvas}” has no blocks yet; add a block before moving cards there.</source>
        <translation>“{canvas}”还没有模块；请先添加模块，再把卡片移过去。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas_tabs.py" line="296"/>
        <source>Moved 1 card to “{canvas}”.</source>
        <translation>已将 1 张卡片移到“{canvas}”。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas_tabs.py" line="298"/>
        <source>Moved {count} cards to “{canvas}”.</source>
        <translation>已将 {count} 张卡片移到“{canvas}”。</translation>
    </message>
</context>
<context>
    <name>CardColour</name>
    <message>
        <location filename="../../ecanvas/ui/canvas/style.py" line="97"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/style.py" line="98"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/style.py" line="99"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/style.py" line="100"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/style.py" line="101"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/style.py" line="102"/>
        <source>Lilac</source>
        <translation>淡紫色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/style.py" line="103"/>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="65"/>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>ChangesOverlay</name>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="49"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="50"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="51"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="52"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="53"/>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="54"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="55"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="56"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="223"/>
        <source>Removed since {label}: {text}</source>
        <translation>自{label}以来已删除：{text}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="226"/>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="246"/>
        <source>Link removed since {label}</source>
        <translation>自{label}以来删除的连线</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="278"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="279"/>
        <source>Added since {label}</source>
        <translation>自{label}以来新增</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="282"/>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="286"/>
        <source>From {block}</source>
        <translation>来自：{block}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="287"/>
        <source>Moved since {label}: it was in {block}</source>
        <translation>自{label}以来移动过：原在“{block}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="308"/>
        <source>Edited since {label}:</source>
        <translation>自{label}以来的修改：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/changes_overlay.py" line="311"/>
        <source>{field}: was {before}</source>
        <translation>{field}：原为 {before}</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="154"/>
        <source>“{name}” ({time})</source>
        <translation>“{name}”（{time}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="155"/>
        <source>“{title}”</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="167"/>
        <source>Snapshot “{name}” ({time})</source>
        <translation>快照“{name}”（{time}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="173"/>
        <source>Canvas “{title}”</source>
        <translation>画布“{title}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="229"/>
        <source>Choose a canvas and compare it with a snapshot.</source>
        <translation>请选择一个画布，将它与快照进行比较。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="232"/>
        <source>“{canvas}” has no snapshots yet, and no other canvas of its template: nothing to compare it with.</source>
        <translation>“{canvas}”还没有快照，也没有同一模板的其他画布，暂时无可比较。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="239"/>
        <source>Changes of “{canvas}” since {baseline}</source>
        <translation>“{canvas}”自{baseline}以来的变化</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="243"/>
        <source>No changes.</source>
        <translation>没有变化。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="244"/>
        <source>{added} added · {removed} removed · {moved} moved · {edited} edited · {links_added} links added · {links_removed} links removed</source>
        <translation>新增 {added} · 删除 {removed} · 移动 {moved} · 修改 {edited} · 新增连线 {links_added} · 删除连线 {links_removed}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="255"/>
        <source>Added ({n})</source>
        <translation>新增（{n}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="255"/>
        <source>Removed ({n})</source>
        <translation>删除（{n}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="256"/>
        <source>Moved to another block ({n})</source>
        <translation>移到其他模块（{n}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="256"/>
        <source>Edited ({n})</source>
        <translation>修改（{n}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="257"/>
        <source>Links added ({n})</source>
        <translation>新增连线（{n}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="258"/>
        <source>Links removed ({n})</source>
        <translation>删除连线（{n}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="328"/>
        <source>Compare with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="329"/>
        <source>Show the changes on the canvas</source>
        <translation>在画布上标出变化</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/changes_panel.py" line="330"/>
        <source>Stop Comparing</source>
        <translation>结束比较</translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../../ecanvas/ui/checks_dock.py" line="75"/>
        <source>Strategy Checks</source>
        <translation>战略检查</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="266"/>
        <source>No findings: every check passed.</source>
        <translation>没有发现问题：全部检查通过。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="269"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="274"/>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="274"/>
        <source>{count} errors</source>
        <translation>{count} 个错误</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="275"/>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="275"/>
        <source>{count} warnings</source>
        <translation>{count} 个警告</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="276"/>
        <source>1 info</source>
        <translation>1 条提示</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="276"/>
        <source>{count} info</source>
        <translation>{count} 条提示</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="295"/>
        <source>Show on the Canvas</source>
        <translation>在画布上显示</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="298"/>
        <source>Turn Off “{rule}” for This Workspace</source>
        <translation>在此工作区关闭“{rule}”检查</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="314"/>
        <source>Turn on check “{rule}”</source>
        <translation>开启检查“{rule}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="315"/>
        <source>Turn off check “{rule}”</source>
        <translation>关闭检查“{rule}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="334"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="335"/>
        <source>Choose which checks run on this workspace</source>
        <translation>选择在此工作区运行哪些检查</translation>
    </message>
</context>
<context>
    <name>ColourChip</name>
    <message>
        <location filename="../../ecanvas/ui/canvas/palette.py" line="36"/>
        <source>%1 card: drag onto a block to add one, click to use it for quick capture</source>
        <translation>%1卡片：拖到模块上即可添加，单击则用于快速记录</translation>
    </message>
</context>
<context>
    <name>ColourSwatches</name>
    <message>
        <location filename="../../ecanvas/ui/panels/swatches.py" line="62"/>
        <source>Card colour</source>
        <translation>卡片颜色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/swatches.py" line="67"/>
        <source>Other colour…</source>
        <translation>其他颜色…</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="151"/>
        <source>Change workspace properties</source>
        <translation>修改工作区属性</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="172"/>
        <source>Add canvas</source>
        <translation>添加画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="198"/>
        <source>Delete canvas</source>
        <translation>删除画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="212"/>
        <source>Rename canvas</source>
        <translation>重命名画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="230"/>
        <source>Compact cards</source>
        <translation>紧凑卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="232"/>
        <source>Normal cards</source>
        <translation>标准卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="246"/>
        <source>Reorder canvases</source>
        <translation>调整画布顺序</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="262"/>
        <source>Change block</source>
        <translation>修改模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="277"/>
        <source>Add block</source>
        <translation>添加模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="289"/>
        <source>Remove block</source>
        <translation>移除模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="312"/>
        <source>Add a card</source>
        <translation>添加 1 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="313"/>
        <source>Add %n cards</source>
        <translation>添加 %n 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="343"/>
        <source>Delete a card</source>
        <translation>删除 1 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="344"/>
        <source>Delete %n cards</source>
        <translation>删除 %n 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="414"/>
        <source>Move a card</source>
        <translation>移动 1 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="415"/>
        <source>Move %n cards</source>
        <translation>移动 %n 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="462"/>
        <source>Delete a link</source>
        <translation>删除 1 条连线</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="463"/>
        <source>Delete %n links</source>
        <translation>删除 %n 条连线</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="366"/>
        <source>Edit card</source>
        <translation>编辑卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="439"/>
        <source>Link cards</source>
        <translation>连接卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="478"/>
        <source>Label link</source>
        <translation>标注连线</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="62"/>
        <source>Someone else removed this at the same time; your change was not saved.</source>
        <translation>其他人同时删除了此项；你的修改未保存。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="66"/>
        <source>Someone else changed this at the same time; their change is shown and yours was not saved. Try again if you still want it.</source>
        <translation>其他人同时修改了此项；画布上显示的是对方的修改，你的修改未保存。如仍需要，请重新操作。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="72"/>
        <source>The server went away: this change was not saved. The canvas is read-only until the connection is back.</source>
        <translation>服务器连接已断开：这次修改未保存。连接恢复之前，画布为只读。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="78"/>
        <source>The server cannot be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="52"/>
        <source>Keep my text in the note</source>
        <translation>将我的文字保留在备注中</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="57"/>
        <source>Keep my text as a new card</source>
        <translation>将我的文字保留为新卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="67"/>
        <source>Someone else changed this card at the same time. Their text is on the card; yours was added to its note.</source>
        <translation>其他人同时修改了这张卡片。卡片上是对方的文字；你的文字已添加到卡片备注中。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="70"/>
        <source>Someone else changed this card at the same time. Their text is on the card; yours is kept as a new card beside it.</source>
        <translation>其他人同时修改了这张卡片。卡片上是对方的文字；你的文字已保留为旁边的一张新卡片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="81"/>
        <source>Edited at the same time</source>
        <translation>同时编辑</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="82"/>
        <source>Someone else changed this card while you were editing it. Their version is on the canvas now.</source>
        <translation>在你编辑这张卡片时，其他人修改了它。画布上现在显示的是对方的版本。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="86"/>
        <source>Your text:
“{text}”

Nothing is lost: keep yours as a new card beside it, or add it to the card&apos;s note.</source>
        <translation>你的文字：
“{text}”

不会丢失任何内容：可将你的文字保留为旁边的一张新卡片，或添加到卡片备注中。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="89"/>
        <source>Keep Mine as a New Card</source>
        <translation>保留为新卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="91"/>
        <source>Add Mine to the Note</source>
        <translation>添加到备注</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../ecanvas/ui/connection_bar.py" line="48"/>
        <source>The server cannot be reached. You see the workspace as it was; it is read-only until the connection is back, and ecanvas reconnects by itself. Nothing you saved is lost.</source>
        <translation>无法连接到服务器。你看到的是断开前的工作区；在连接恢复之前它是只读的，ecanvas 会自动重新连接。已保存的内容不会丢失。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/connection_bar.py" line="68"/>
        <source>Connected to the server again. Your last change before it went away was saved after all.</source>
        <translation>已重新连接到服务器。断开前你的最后一次修改其实已经保存。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/connection_bar.py" line="71"/>
        <source>Connected to the server again. Your last change before it went away was not saved; please make it again.</source>
        <translation>已重新连接到服务器。断开前你的最后一次修改没有保存，请重新操作。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/connection_bar.py" line="74"/>
        <source>Connected to the server again; the others&apos; changes are shown.</source>
        <translation>已重新连接到服务器；其他人的修改已显示。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/connection_bar.py" line="77"/>
        <source>The server cannot be reached; read-only until it is back.</source>
        <translation>无法连接到服务器；恢复连接前为只读。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="17"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="18"/>
        <source>the disk quota is exceeded</source>
        <translation>已超出磁盘配额</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="19"/>
        <source>the file is too large for this disk</source>
        <translation>文件太大，此磁盘无法容纳</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="22"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="23"/>
        <location filename="../../ecanvas/ui/os_reasons.py" line="24"/>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="25"/>
        <source>input/output error (the disk may be failing or was removed)</source>
        <translation>输入/输出错误（磁盘可能出现故障或已被移除）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="28"/>
        <source>the file or folder no longer exists</source>
        <translation>文件或文件夹已不存在</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="31"/>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="32"/>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="33"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>路径中的某一部分是文件，而不是文件夹</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="36"/>
        <source>the file already exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="37"/>
        <location filename="../../ecanvas/ui/os_reasons.py" line="40"/>
        <source>the file is in use by another program</source>
        <translation>文件正被其他程序使用</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="43"/>
        <location filename="../../ecanvas/ui/os_reasons.py" line="44"/>
        <source>too many files are open</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="45"/>
        <source>the path has a loop of links</source>
        <translation>路径中的链接构成了循环</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="46"/>
        <location filename="../../ecanvas/ui/os_reasons.py" line="47"/>
        <source>the device is not available</source>
        <translation>设备不可用</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="52"/>
        <source>system error {number}</source>
        <translation>系统错误 {number}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/os_reasons.py" line="53"/>
        <source>an unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="23"/>
        <source>{file} is the open workspace. Choose another file name.</source>
        <translation>{file} 是当前打开的工作区。请另选一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="27"/>
        <source>{file} is an ecanvas workspace; ecanvas never writes over a workspace. Choose another file name.</source>
        <translation>{file} 是一个 ecanvas 工作区；ecanvas 绝不会覆盖工作区。请另选一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="33"/>
        <source>{file} is a folder. Choose a file name.</source>
        <translation>{file} 是文件夹。请指定一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="35"/>
        <source>{file} is a device or a pipe, not a file. Choose a file name.</source>
        <translation>{file} 是设备或管道，不是普通文件。请指定一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="39"/>
        <source>{file} already exists. Choose another file name.</source>
        <translation>{file} 已存在。请另选一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="43"/>
        <location filename="../../ecanvas/ui/errors.py" line="186"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="48"/>
        <source>{file} could not be written: {reason}.</source>
        <translation>无法写入 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="85"/>
        <source>this change was not saved</source>
        <translation>这次修改没有保存</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="88"/>
        <source>the workspace could not be read</source>
        <translation>无法读取工作区</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="91"/>
        <source>the workspace was not created</source>
        <translation>工作区没有创建</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="94"/>
        <source>the copy was not saved</source>
        <translation>副本没有保存</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="95"/>
        <source>the workspace is unchanged</source>
        <translation>工作区保持不变</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="112"/>
        <source>The disk is full: {doing}. Free some space, then try again.</source>
        <translation>磁盘已满：{doing}。请腾出一些空间后再试。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="116"/>
        <source>The disk or the file has become read-only: {doing}.</source>
        <translation>磁盘或文件已变为只读：{doing}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="120"/>
        <source>The workspace file was moved, replaced or removed by another program: {doing}. Open it again from where it is now.</source>
        <translation>工作区文件已被其他程序移动、替换或删除：{doing}。请从它现在的位置重新打开。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="126"/>
        <source>The disk reported an input/output error (it may be failing or was removed): {doing}.</source>
        <translation>磁盘报告了输入/输出错误（磁盘可能出现故障或已被移除）：{doing}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="131"/>
        <source>The storage failed: {doing}.</source>
        <translation>存储出错：{doing}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="145"/>
        <source>Another program changed the structure of {file}, so ecanvas does not open it. “Repair into a Copy…” saves its content into a new workspace.</source>
        <translation>其他程序修改了 {file} 的结构，因此 ecanvas 不会打开它。“修复为副本…”可以把其中的内容保存到一个新的工作区。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="183"/>
        <source>There is no workspace {file} on the server.</source>
        <translation>服务器上没有工作区 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="189"/>
        <source>{file} does not exist (any more).</source>
        <translation>{file} 不存在（可能已被移动或删除）。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="191"/>
        <source>{file} already exists. Choose another name.</source>
        <translation>{file} 已存在。请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="193"/>
        <source>{file} could not be upgraded to this version of ecanvas; it is unchanged.</source>
        <translation>{file} 无法升级到当前版本的 ecanvas；文件保持原样。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="199"/>
        <source>The server asks for a password for {file}.</source>
        <translation>服务器要求输入 {file} 的密码。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="201"/>
        <source>The server refused the login for {file}. Check the role name and the password.</source>
        <translation>服务器拒绝了 {file} 的登录。请检查角色名和密码。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="207"/>
        <source>{file} is the open workspace; choose another file to import canvases from.</source>
        <translation>{file} 就是当前打开的工作区；请选择另一个文件来导入画布。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="212"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>无法读取 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="216"/>
        <source>{file} cannot be opened.</source>
        <translation>无法打开 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="224"/>
        <source>its header is cut short</source>
        <translation>文件头不完整</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="225"/>
        <source>its header gives an impossible page size</source>
        <translation>文件头中的页大小无效</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="229"/>
        <source>the description of its tables is damaged</source>
        <translation>其中的表结构描述已损坏</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="232"/>
        <source>some of its text cannot be read</source>
        <translation>其中部分文本无法读取</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="233"/>
        <source>SQLite finds it damaged</source>
        <translation>SQLite 完整性检查未通过</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="234"/>
        <source>nothing in it can be read</source>
        <translation>其中没有任何可读取的内容</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="237"/>
        <source>it has {size} bytes where its header says {expected}</source>
        <translation>文件大小为 {size} 字节，而文件头记录的是 {expected} 字节</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="242"/>
        <source>{file} is damaged ({detail}). “Repair into a Copy…” saves what can still be read into a new workspace.</source>
        <translation>{file} 已损坏（{detail}）。“修复为副本…”可以把仍能读取的内容保存到一个新的工作区。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="153"/>
        <source>{file} was written by a newer version of ecanvas; update ecanvas to open it.</source>
        <translation>{file} 由更新版本的 ecanvas 写入；请更新 ecanvas 后再打开。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="158"/>
        <source>{file} is not an ecanvas workspace (an SQLite database of another program).</source>
        <translation>{file} 不是 ecanvas 工作区（它是其他程序的 SQLite 数据库）。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="162"/>
        <source>{file} is empty, not an ecanvas workspace.</source>
        <translation>{file} 是空文件，不是 ecanvas 工作区。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="166"/>
        <source>{file} is not an ecanvas workspace.</source>
        <translation>{file} 不是 ecanvas 工作区。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="171"/>
        <source>{file} is open read-only; changes cannot be saved.</source>
        <translation>{file} 以只读方式打开，无法保存修改。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="255"/>
        <source>{file} is already open in another ecanvas window.</source>
        <translation>{file} 已在另一个 ecanvas 窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="258"/>
        <source>{file} is already open in another ecanvas window (process {pid} of {user} on {host}, since {since}).</source>
        <translation>{file} 已在另一个 ecanvas 窗口中打开（{host} 上用户 {user} 的进程 {pid}，自 {since} 起）。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="264"/>
        <source>That process has ended, but a program it started still has the file open: close that program (or log out and back in), then open the workspace again.</source>
        <translation>该进程已经结束，但由它启动的某个程序仍打开着这个文件：请关闭那个程序（或注销后重新登录），然后再打开工作区。</translation>
    </message>
</context>
<context>
    <name>ExportErrors</name>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="98"/>
        <source>An image shows one canvas; choose only one.</source>
        <translation>一张图片只能显示一个画布；请只选择一个。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="101"/>
        <source>The workspace has no canvas {canvas_id} (it may have been deleted).</source>
        <translation>工作区中没有编号为 {canvas_id} 的画布（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="104"/>
        <source>An image shows one canvas: open the canvas to export first.</source>
        <translation>一张图片只能显示一个画布：请先打开要导出的画布。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="244"/>
        <source>ecanvas cannot export this file.</source>
        <translation>ecanvas 无法导出此文件。</translation>
    </message>
</context>
<context>
    <name>FileExports</name>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="94"/>
        <source>&amp;PowerPoint Slides…</source>
        <translation>PowerPoint 幻灯片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="95"/>
        <source>&amp;Markdown…</source>
        <translation>Markdown 文档(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="96"/>
        <source>&amp;CSV of Cards…</source>
        <translation>卡片 CSV 表格(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="97"/>
        <source>&amp;JSON Interchange…</source>
        <translation>JSON 交换格式(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="98"/>
        <source>Canvas as &amp;SVG…</source>
        <translation>画布 SVG 图像(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="99"/>
        <source>Canvas as P&amp;NG Image…</source>
        <translation>画布 PNG 图片(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="105"/>
        <source>Export PowerPoint Slides</source>
        <translation>导出 PowerPoint 幻灯片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="106"/>
        <source>Export Markdown</source>
        <translation>导出 Markdown 文档</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="107"/>
        <source>Export CSV of Cards</source>
        <translation>导出卡片 CSV 表格</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="108"/>
        <source>Export JSON Interchange</source>
        <translation>导出 JSON 交换格式</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="109"/>
        <source>Export Canvas as SVG</source>
        <translation>导出画布 SVG 图像</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="110"/>
        <source>Export Canvas as PNG Image</source>
        <translation>导出画布 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="115"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint 演示文稿 (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="116"/>
        <source>Markdown documents (*.md)</source>
        <translation>Markdown 文档 (*.md)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="117"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="118"/>
        <source>ecanvas interchange JSON (*.json)</source>
        <translation>ecanvas 交换格式 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="119"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="120"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="128"/>
        <source>Export as &amp;Image…</source>
        <translation>导出为图片(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="129"/>
        <source>Export the canvas on screen as a PNG or SVG image</source>
        <translation>将当前画布导出为 PNG 或 SVG 图片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="147"/>
        <location filename="../../ecanvas/ui/export_files.py" line="169"/>
        <source>Open a canvas to export it as an image.</source>
        <translation>请先打开一个画布，再将其导出为图片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="153"/>
        <source>Export Canvas as Image</source>
        <translation>导出画布为图片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="171"/>
        <source>Export {format}</source>
        <translation>导出 {format}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="197"/>
        <source>Exporting {file}…</source>
        <translation>正在导出 {file}…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="233"/>
        <source>The file could not be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="236"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="250"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="251"/>
        <source>Saved as {file}.</source>
        <translation>已保存为 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="253"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="254"/>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="156"/>
        <location filename="../../ecanvas/ui/find_bar.py" line="226"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="210"/>
        <source>No matches</source>
        <translation>无匹配结果</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="212"/>
        <source>Matches: {count}</source>
        <translation>匹配：{count}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="214"/>
        <source>{current} of {total}</source>
        <translation>第 {current} 个，共 {total} 个</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="221"/>
        <source>Find cards by text or #tag</source>
        <translation>按文字或 #标签 查找卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="222"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="223"/>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="224"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../ecanvas/ui/panels/guidance.py" line="100"/>
        <source>Select a block to see its guiding questions.</source>
        <translation>选择一个模块，即可查看其引导问题。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/guidance.py" line="104"/>
        <source>Add a canvas to get started.</source>
        <translation>添加一张画布，开始规划吧。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/guidance.py" line="115"/>
        <source>Guidance</source>
        <translation>引导</translation>
    </message>
</context>
<context>
    <name>ImportCanvasesDialog</name>
    <message>
        <location filename="../../ecanvas/ui/versions/import_dialog.py" line="112"/>
        <source>“{title}”: {count} cards</source>
        <translation>“{title}”：{count} 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/import_dialog.py" line="112"/>
        <source>“{title}”: 1 card</source>
        <translation>“{title}”：1 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/import_dialog.py" line="117"/>
        <source>Ticked cards are already on the canvas (same text, same block) and are skipped; untick one to add it all the same.</source>
        <translation>勾选的卡片已在画布上（同一模块、相同文字），将被跳过；取消勾选即可照样添加。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/import_dialog.py" line="151"/>
        <source>Canvases merged: {merged} · added as new canvases: {added} · cards coming in: {cards} · duplicates skipped: {skipped}. A snapshot of each canvas merged into is taken first; Undo takes it all back in one step.</source>
        <translation>合并的画布：{merged} · 作为新画布加入：{added} · 导入卡片：{cards} · 跳过重复卡片：{skipped}。合并前会先为每个被合并的画布创建快照；撤销一步即可全部复原。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/import_dialog.py" line="158"/>
        <source>Import Canvases</source>
        <translation>导入画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/import_dialog.py" line="160"/>
        <source>Canvases of {file}: choose the ones to bring in, and for each whether it merges into a canvas of this workspace made from the same template (blocks matched, cards appended, links kept) or comes in as a new canvas.</source>
        <translation>{file} 中的画布：请选择要导入的画布，并为每个画布决定是合并到本工作区中同一模板的画布（按模块对应、追加卡片、保留连线），还是作为新画布导入。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/import_dialog.py" line="164"/>
        <source>Canvas, and the duplicates to skip</source>
        <translation>画布，以及要跳过的重复卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/import_dialog.py" line="165"/>
        <source>Into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/import_dialog.py" line="168"/>
        <source>A new canvas</source>
        <translation>新画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/import_dialog.py" line="171"/>
        <source>Merge into “{title}”</source>
        <translation>合并到“{title}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/import_dialog.py" line="173"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="220"/>
        <source>Own votes: {votes}; dots from workshop voting rounds: {dots}</source>
        <translation>自身票数：{votes}；工作坊投票轮次中的票：{dots}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="233"/>
        <source>{count} cards selected. Select one card to edit its fields.</source>
        <translation>已选中 {count} 张卡片。选择一张卡片即可编辑其内容。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="238"/>
        <source>Select a card on the canvas to see and edit it here.</source>
        <translation>在画布上选择一张卡片，即可在此查看和编辑。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="289"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="295"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="295"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="295"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="295"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="296"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="296"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="296"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="296"/>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="299"/>
        <source>comma, separated, tags</source>
        <translation>用逗号分隔多个标签</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="300"/>
        <source>Who does it?</source>
        <translation>由谁负责？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="301"/>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="302"/>
        <source>Add a vote</source>
        <translation>加一票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="303"/>
        <source>Remove a vote</source>
        <translation>减一票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="307"/>
        <source>No status</source>
        <translation>无状态</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="307"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="307"/>
        <source>Doing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="308"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="308"/>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
</context>
<context>
    <name>InterchangeErrors</name>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="21"/>
        <source>the file is too large to import ({size:,} bytes; at most {most:,})</source>
        <translation>文件太大，无法导入（{size:,} 字节；上限为 {most:,} 字节）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="24"/>
        <source>the file cannot be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="25"/>
        <source>the file is not UTF-8 text (byte 0x{byte:02X} at offset {offset}); save it as UTF-8</source>
        <translation>文件不是 UTF-8 文本（偏移 {offset} 处的字节为 0x{byte:02X}）；请以 UTF-8 编码另存</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="29"/>
        <source>the file changed while it was being imported; import it again</source>
        <translation>导入期间文件被修改了；请重新导入</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="32"/>
        <source>neither an ecanvas workspace nor an ecanvas interchange JSON file</source>
        <translation>既不是 ecanvas 工作区，也不是 ecanvas 交换格式 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="35"/>
        <source>not valid JSON: {message} at line {line}, column {column}</source>
        <translation>不是有效的 JSON：第 {line} 行第 {column} 列{message}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="38"/>
        <source>not valid JSON: {message}</source>
        <translation>不是有效的 JSON：{message}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="39"/>
        <source>not valid for import: the JSON is nested too deeply (ecanvas documents nest a few levels)</source>
        <translation>无法导入：JSON 嵌套层级过深（ecanvas 文档只有几层嵌套）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="43"/>
        <source>not valid JSON: an object repeats the key {key}</source>
        <translation>不是有效的 JSON：某个对象中重复出现了键 {key}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="46"/>
        <source>the snapshot is damaged (its content is not valid JSON)</source>
        <translation>快照已损坏（其内容不是有效的 JSON）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="49"/>
        <source>the document must be a JSON object</source>
        <translation>文档必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="52"/>
        <source>a snapshot&apos;s content must be an object</source>
        <translation>快照的内容必须是一个对象</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="55"/>
        <source>missing required field &quot;format&quot;: not an ecanvas interchange file</source>
        <translation>缺少必需字段 &quot;format&quot;：不是 ecanvas 交换格式文件</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="58"/>
        <source>missing required field &quot;format&quot;: not an ecanvas snapshot</source>
        <translation>缺少必需字段 &quot;format&quot;：不是 ecanvas 快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="61"/>
        <source>format must be &quot;{expected}&quot;, found {found}</source>
        <translation>format 应为 &quot;{expected}&quot;，实际为 {found}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="64"/>
        <source>the document uses interchange format version {version}, newer than ecanvas {app} reads (up to version {supported}); update ecanvas to import it</source>
        <translation>该文档使用第 {version} 版交换格式，比 ecanvas {app} 能读取的版本（最高第 {supported} 版）更新；请升级 ecanvas 后再导入</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="69"/>
        <source>the snapshot uses interchange format version {version}, newer than ecanvas {app} reads (up to version {supported}); update ecanvas to open it</source>
        <translation>该快照使用第 {version} 版交换格式，比 ecanvas {app} 能读取的版本（最高第 {supported} 版）更新；请升级 ecanvas 后再打开</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="74"/>
        <source>missing required field {field}</source>
        <translation>缺少必需字段 {field}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="75"/>
        <source>unknown field {field}</source>
        <translation>未知字段 {field}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="76"/>
        <source>{name} must be an object</source>
        <translation>{name} 必须是对象</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="77"/>
        <source>{name} must be a list</source>
        <translation>{name} 必须是列表</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="78"/>
        <source>{name} has too many items ({count:,}; at most {most:,})</source>
        <translation>{name} 的条目过多（{count:,} 项；最多 {most:,} 项）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="81"/>
        <source>{name} is not valid Unicode text (it holds a lone surrogate)</source>
        <translation>{name} 不是有效的 Unicode 文本（含有孤立的代理字符）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="84"/>
        <source>{name} is too long ({length:,} characters; at most {most:,})</source>
        <translation>{name} 过长（{length:,} 个字符；最多 {most:,} 个）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="87"/>
        <source>{name}[{index}] repeats {value} from {name}[{first}]</source>
        <translation>{name}[{index}] 与 {name}[{first}] 重复：{value}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="90"/>
        <source>{name} {value} is out of range: it has no time in UTC between the years 1 and 9999</source>
        <translation>{name} {value} 超出范围：换算成 UTC 后不在公元 1 年至 9999 年之间</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="94"/>
        <source>{name} must be a string</source>
        <translation>{name} 必须是字符串</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="95"/>
        <source>{name} must be a non-empty string</source>
        <translation>{name} 必须是非空字符串</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="96"/>
        <source>{name} must be an integer ≥ 1</source>
        <translation>{name} 必须是 ≥ 1 的整数</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="97"/>
        <source>{name} must be an integer ≥ 1, or null</source>
        <translation>{name} 必须是 ≥ 1 的整数或 null</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="100"/>
        <source>{name} must be an integer ≥ 0</source>
        <translation>{name} 必须是 ≥ 0 的整数</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="101"/>
        <source>{name} must be a finite number</source>
        <translation>{name} 必须是有限的数值</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="102"/>
        <source>{name} must be a number &gt; 0</source>
        <translation>{name} 必须是大于 0 的数值</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="103"/>
        <source>{name} must be true or false</source>
        <translation>{name} 必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="104"/>
        <source>{name} must be an integer from 0 to 5, or null</source>
        <translation>{name} 必须是 0 到 5 之间的整数或 null</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="107"/>
        <source>{name} must be a colour written #RRGGBB</source>
        <translation>{name} 必须是 #RRGGBB 形式的颜色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="110"/>
        <source>{name} must be an ISO-8601 date-time with a time zone, like 2024-05-01T09:30:00Z</source>
        <translation>{name} 必须是带时区的 ISO-8601 日期时间，例如 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="114"/>
        <source>{name} must be an ISO-8601 date-time with a time zone, or null</source>
        <translation>{name} 必须是带时区的 ISO-8601 日期时间或 null</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="117"/>
        <source>{name} must be a date written YYYY-MM-DD, or null</source>
        <translation>{name} 必须是 YYYY-MM-DD 形式的日期或 null</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="120"/>
        <source>{name} must be base64 text of an image of at most 10 MB, or null</source>
        <translation>{name} 必须是不超过 10 MB 的图片的 base64 文本或 null</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="123"/>
        <source>{name} must be a list of strings</source>
        <translation>{name} 必须是字符串列表</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="126"/>
        <source>{name} must be a non-empty string without spaces at either end</source>
        <translation>{name} 必须是首尾不带空格的非空字符串</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="129"/>
        <source>{name} must be one of {choices}</source>
        <translation>{name} 必须是以下值之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="130"/>
        <source>the logo is larger than {most} MB ({detail})</source>
        <translation>标志图片超过 {most} MB（{detail}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="133"/>
        <source>the logo has more than {most} million pixels ({detail})</source>
        <translation>标志图片超过 {most} 百万像素（{detail}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="136"/>
        <source>the logo must be a PNG or JPEG image</source>
        <translation>标志必须是 PNG 或 JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="139"/>
        <source>a setting&apos;s key must be non-empty, without spaces at either end</source>
        <translation>设置项的键不能为空，且首尾不能有空格</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="142"/>
        <source>a setting&apos;s key is not valid Unicode text</source>
        <translation>设置项的键不是有效的 Unicode 文本</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="145"/>
        <source>the setting is nested too deeply (more than {most} levels)</source>
        <translation>该设置项嵌套过深（超过 {most} 层）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="148"/>
        <source>duplicate {kind} id {value} (also used by {other})</source>
        <translation>{kind} id {value} 重复（{other} 也使用了它）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="151"/>
        <source>{field} {value}: there is no {kind} {value}</source>
        <translation>{field} {value}：不存在 id 为 {value} 的{kind}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="154"/>
        <source>{field} {value} is not a {kind} of this canvas (it belongs to {other})</source>
        <translation>{field} {value} 不是本画布的{kind}（它属于 {other}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="158"/>
        <source>{field} {value} is not a {kind} of this canvas (there is no {kind} {value})</source>
        <translation>{field} {value} 不是本画布的{kind}（不存在 id 为 {value} 的{kind}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="162"/>
        <source>key {key} is already used by blocks[{first}] of this canvas</source>
        <translation>key {key} 已被本画布的 blocks[{first}] 使用</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="165"/>
        <source>target is the source card: a card cannot link to itself</source>
        <translation>target 与 source 是同一张卡片：卡片不能连线到自身</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="168"/>
        <source>links[{index}] joins the same cards as links[{first}]</source>
        <translation>links[{index}] 与 links[{first}] 连接的是同样的两张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="171"/>
        <source>name {name} is already used by participants[{first}]</source>
        <translation>name {name} 已被 participants[{first}] 使用</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="174"/>
        <source>block {block} is not a block of canvas {canvas}</source>
        <translation>block {block} 不是画布 {canvas} 中的模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="177"/>
        <source>rounds[{first}] is open already: one round is open at most</source>
        <translation>rounds[{first}] 已在进行中：同一时间最多只能有一轮投票在进行</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="184"/>
        <source>canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="185"/>
        <source>block</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="186"/>
        <source>card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="187"/>
        <source>link</source>
        <translation>连线</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="188"/>
        <source>snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="189"/>
        <source>participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="190"/>
        <source>voting round</source>
        <translation>投票轮次</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="191"/>
        <source>dot</source>
        <translation>投票点</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="196"/>
        <source>a value is expected</source>
        <translation>缺少一个值</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="197"/>
        <source>a key in double quotes is expected</source>
        <translation>应为带双引号的键名</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="200"/>
        <source>a colon (:) is expected</source>
        <translation>缺少冒号（:）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="201"/>
        <source>a comma (,) is expected</source>
        <translation>缺少逗号（,）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="202"/>
        <source>a string is not closed</source>
        <translation>有一个字符串没有结束引号</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="205"/>
        <source>a string holds a control character</source>
        <translation>字符串中含有控制字符</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="208"/>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="211"/>
        <source>a string holds an invalid backslash escape</source>
        <translation>字符串中含有无效的反斜杠转义</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="214"/>
        <source>more text follows the document</source>
        <translation>文档结束后还有多余的内容</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="215"/>
        <source>a second byte-order mark</source>
        <translation>多了一个字节顺序标记（BOM）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="218"/>
        <source>a comma before the closing brace</source>
        <translation>右花括号前多了一个逗号</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="221"/>
        <source>a comma before the closing bracket</source>
        <translation>右方括号前多了一个逗号</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="249"/>
        <source>a syntax error</source>
        <translation>有语法错误</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="254"/>
        <source>{name} is not a JSON number</source>
        <translation>{name} 不是 JSON 数值</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="258"/>
        <source>a value ecanvas cannot read</source>
        <translation>含有 ecanvas 无法读取的值</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="262"/>
        <source>the document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="272"/>
        <source>Snapshot “{name}”: {problem} at {path}</source>
        <translation>快照“{name}”：{problem}（位置：{path}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="276"/>
        <source>Snapshot “{name}”: {problem}</source>
        <translation>快照“{name}”：{problem}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="279"/>
        <source>{file}: {problem} at {path}</source>
        <translation>{file}：{problem}（位置：{path}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/interchange_errors.py" line="281"/>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="290"/>
        <source>Exported {file}.</source>
        <translation>已导出 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="284"/>
        <source>{title} — {file} [read-only]</source>
        <translation>{title} — {file} [只读]</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="282"/>
        <source>{title} — {file} [server unreachable]</source>
        <translation>{title} — {file} [服务器无法连接]</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="286"/>
        <source>{title} — {file}</source>
        <translation>{title} — {file}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="495"/>
        <source>&amp;Undo {action}</source>
        <translation>撤销(&amp;U)“{action}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="495"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="496"/>
        <source>&amp;Redo {action}</source>
        <translation>重做(&amp;R)“{action}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="496"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OpenSharedWorkspaceDialog</name>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="99"/>
        <source>Open Shared Workspace</source>
        <translation>打开共享工作区</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="101"/>
        <source>A shared workspace lives on a PostgreSQL server; everyone who opens it sees the others&apos; changes live. Ask whoever runs the server for these details.</source>
        <translation>共享工作区保存在 PostgreSQL 服务器上；所有打开它的人都能实时看到其他人的修改。以下信息请向服务器管理员索取。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="104"/>
        <source>&amp;Recent:</source>
        <translation>最近使用(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="104"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="104"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="105"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="105"/>
        <source>R&amp;ole (user name):</source>
        <translation>角色（用户名）(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="105"/>
        <source>&amp;Workspace:</source>
        <translation>工作区(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="106"/>
        <source>&amp;Encryption (TLS):</source>
        <translation>加密 (TLS)(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="109"/>
        <source>&amp;Create the workspace if it does not exist yet</source>
        <translation>工作区不存在时创建它(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="110"/>
        <source>Use it when the server offers it</source>
        <translation>服务器支持时使用</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="111"/>
        <source>Require it</source>
        <translation>必须使用</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="112"/>
        <source>Require it and check the server&apos;s certificate</source>
        <translation>必须使用并验证服务器证书</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="113"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="116"/>
        <source>lower-case letters, digits and _</source>
        <translation>小写字母、数字和 _</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="140"/>
        <source>Fill in the server, database, role and workspace.</source>
        <translation>请填写服务器、数据库、角色和工作区。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="146"/>
        <source>A workspace name is lower-case letters, digits and _ (for example team_1).</source>
        <translation>工作区名称只能包含小写字母、数字和 _（例如 team_1）。</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <location filename="../../ecanvas/ui/output_check.py" line="66"/>
        <source>Replace File</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/output_check.py" line="68"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/output_check.py" line="73"/>
        <source>The file in {folder} will be overwritten.</source>
        <translation>{folder} 中的该文件将被覆盖。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/output_check.py" line="78"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/output_check.py" line="91"/>
        <source>Cannot Write Here</source>
        <translation>无法写入此处</translation>
    </message>
</context>
<context>
    <name>ParticipantBar</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/participant_bar.py" line="147"/>
        <source>+ Participant</source>
        <translation>+ 参与者</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/participant_bar.py" line="148"/>
        <source>Add, rename or remove participants (P)</source>
        <translation>添加、重命名或移除参与者 (P)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/participant_bar.py" line="150"/>
        <source>1–9 who captures · Enter new card · ←/→ blocks · O overview · T timer · Esc leave</source>
        <translation>1–9 切换记录人 · Enter 新卡片 · ←/→ 切换区块 · O 总览 · T 计时 · Esc 退出</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="49"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="57"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="63"/>
        <source>Keys 1–9 choose who is capturing cards and voting, in this order.</source>
        <translation>按数字键 1–9（按此顺序）选择由谁记录卡片和投票。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="91"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="97"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="110"/>
        <source>Other colour…</source>
        <translation>其他颜色…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="116"/>
        <source>Participant colour</source>
        <translation>参与者颜色</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="200"/>
        <source>Server Password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="202"/>
        <source>The server refused this password. Password for {who}:</source>
        <translation>服务器拒绝了这个密码。请输入 {who} 的密码：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="203"/>
        <source>Password for {who}:</source>
        <translation>{who} 的密码：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="205"/>
        <source>Remember it in the system keyring</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/shared_workspace.py" line="208"/>
        <source>No system keyring is available: the password is asked each time, unless it is in your ~/.pgpass file.</source>
        <translation>没有可用的系统钥匙串：每次都会询问密码，除非它已写在你的 ~/.pgpass 文件中。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ecanvas/ui/qt_strings.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/qt_strings.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="50"/>
        <source>the text is not readable</source>
        <translation>文字无法读取</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="51"/>
        <source>a value has the wrong type</source>
        <translation>某个值的类型不对</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="52"/>
        <source>a value is out of range</source>
        <translation>某个值超出范围</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="53"/>
        <source>a list cannot be read</source>
        <translation>某个列表无法读取</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="54"/>
        <source>a date cannot be read</source>
        <translation>某个日期无法读取</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="55"/>
        <source>its id is unusable</source>
        <translation>它的编号不可用</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="56"/>
        <source>what it belongs to is missing or damaged</source>
        <translation>它所属的对象缺失或已损坏</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="59"/>
        <source>the workspace properties are missing</source>
        <translation>工作区属性缺失</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="60"/>
        <source>it cannot be read at all</source>
        <translation>完全无法读取</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="63"/>
        <source>workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="64"/>
        <source>canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="65"/>
        <source>block</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="66"/>
        <source>card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="67"/>
        <source>link</source>
        <translation>连线</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="68"/>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="69"/>
        <source>snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="77"/>
        <source>canvas “{canvas}”, {what}</source>
        <translation>画布“{canvas}”，{what}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="84"/>
        <source>repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="86"/>
        <source>left out</source>
        <translation>已略去</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="95"/>
        <source>… and {count} more</source>
        <translation>……另有 {count} 项</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="106"/>
        <source>ecanvas workspaces (*.ecanvas)</source>
        <translation>ecanvas 工作区 (*.ecanvas)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="120"/>
        <source>Repair into a Copy</source>
        <translation>修复为副本</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="136"/>
        <source>Saved {canvases} canvases and {cards} cards into {file}.</source>
        <translation>已将 {canvases} 张画布和 {cards} 张卡片保存到 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="138"/>
        <source>Saved 1 canvas and {cards} cards into {file}.</source>
        <translation>已将 1 张画布和 {cards} 张卡片保存到 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="140"/>
        <source>Saved 1 canvas and 1 card into {file}.</source>
        <translation>已将 1 张画布和 1 张卡片保存到 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="144"/>
        <source>Repaired and kept: {repaired}. Could not be saved: {left_out}. The details list each one.</source>
        <translation>已修复并保留：{repaired} 项。无法保存：{left_out} 项。详细信息中逐项列出。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="150"/>
        <source>Open the Copy</source>
        <translation>打开副本</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="167"/>
        <location filename="../../ecanvas/ui/recovery.py" line="248"/>
        <source>Repair into a Copy…</source>
        <translation>修复为副本…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="203"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="214"/>
        <source>Restored the backup of {time} as {file}.</source>
        <translation>已将 {time} 的备份恢复为 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="237"/>
        <source>Damaged Workspace</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="240"/>
        <source>{file} has {count} damaged rows ({left_out} of them could not be shown). It is open read-only so that nothing more is lost.</source>
        <translation>{file} 中有 {count} 行数据已损坏（其中 {left_out} 行无法显示）。为避免丢失更多内容，它已以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="244"/>
        <source>“Repair into a Copy…” saves everything that can be read into a new workspace and opens it; the details list each damaged row.</source>
        <translation>“修复为副本…”会把所有能读取的内容保存到一个新的工作区并打开它；详细信息中逐行列出损坏的数据。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/recovery.py" line="250"/>
        <source>Keep Read-Only</source>
        <translation>保持只读</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="232"/>
        <source>Brand colour</source>
        <translation>品牌色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="238"/>
        <source>Choose a logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="238"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="245"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="245"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="255"/>
        <source>The workspace logo</source>
        <translation>工作区标志</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="257"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="264"/>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="267"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="316"/>
        <source>The PDF could not be written: {reason}</source>
        <translation>无法写入 PDF：{reason}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="338"/>
        <source>Report exported</source>
        <translation>报告已导出</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="339"/>
        <source>The report was saved as {file}.</source>
        <translation>报告已保存为 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="345"/>
        <source>Some characters could not be drawn by any font ecanvas ships: {detail}</source>
        <translation>有些字符在 ecanvas 自带的字体中都找不到字形：{detail}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="348"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="349"/>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="378"/>
        <source>Export PDF Report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="379"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="379"/>
        <source>Report language:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="379"/>
        <source>Canvases:</source>
        <translation>画布：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="380"/>
        <source>Brand colour:</source>
        <translation>品牌色：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="380"/>
        <source>Changes since:</source>
        <translation>变化对比：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="381"/>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="380"/>
        <source>Sections:</source>
        <translation>章节：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="381"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="382"/>
        <source>Each canvas&apos;s newest snapshot</source>
        <translation>各画布最新的快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="390"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="391"/>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="392"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="393"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="394"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="399"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="400"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="401"/>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="402"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="403"/>
        <source>Canvas drawings</source>
        <translation>画布图</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="404"/>
        <source>Cards, block by block</source>
        <translation>卡片（按模块）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="405"/>
        <source>Changes since a snapshot</source>
        <translation>自快照以来的变化</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="406"/>
        <source>Scores (radar chart)</source>
        <translation>评分（雷达图）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="407"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="408"/>
        <source>Voting results</source>
        <translation>投票结果</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="409"/>
        <source>Strategy checks</source>
        <translation>战略检查</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="410"/>
        <source>Appendix: framework guidance</source>
        <translation>附录：框架指引</translation>
    </message>
</context>
<context>
    <name>ReportErrors</name>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="56"/>
        <source>The paper size {paper} is not supported.</source>
        <translation>不支持纸张尺寸 {paper}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="57"/>
        <source>The report language {language} is not supported.</source>
        <translation>不支持报告语言 {language}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="60"/>
        <source>Choose at least one section for the report.</source>
        <translation>请至少为报告选择一个章节。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="61"/>
        <source>Unknown report section {section}.</source>
        <translation>未知的报告章节 {section}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="62"/>
        <source>The brand colour {colour} must be written #RRGGBB.</source>
        <translation>品牌色 {colour} 必须写成 #RRGGBB 形式。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="65"/>
        <source>The workspace has no canvas {canvas_id} (it may have been deleted).</source>
        <translation>工作区中没有编号为 {canvas_id} 的画布（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="68"/>
        <source>The logo file {file} does not exist.</source>
        <translation>标志文件 {file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="69"/>
        <source>The logo file {file} cannot be read: {reason}.</source>
        <translation>无法读取标志文件 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="72"/>
        <source>The logo {file} is larger than {most} MB.</source>
        <translation>标志图片 {file} 超过 {most} MB。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="75"/>
        <source>The logo {file} has more than {most} million pixels ({detail}); use a smaller image.</source>
        <translation>标志图片 {file} 超过 {most} 百万像素（{detail}）；请使用更小的图片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="79"/>
        <source>{file} is not a readable image (use PNG or JPEG).</source>
        <translation>{file} 不是可读取的图片（请使用 PNG 或 JPEG）。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="84"/>
        <source>The workspace logo is larger than {most} MB.</source>
        <translation>工作区标志超过 {most} MB。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="87"/>
        <source>The workspace logo has more than {most} million pixels ({detail}); choose a smaller one in the workspace properties.</source>
        <translation>工作区标志超过 {most} 百万像素（{detail}）；请在工作区属性中换一张更小的图片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="92"/>
        <source>The workspace logo is not a readable image (use PNG or JPEG).</source>
        <translation>工作区标志不是可读取的图片（请使用 PNG 或 JPEG）。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ecanvas/ui/dialogs/restore_backup.py" line="29"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/restore_backup.py" line="35"/>
        <source>ecanvas keeps backups of {file} when it is opened, every few minutes while it changes, and when it is closed. The one you choose is restored as a new workspace; {file} itself is not changed.</source>
        <translation>ecanvas 会在 {file} 打开时、修改期间每隔几分钟以及关闭时保留备份。你选中的备份将恢复为一个新的工作区；{file} 本身不会被修改。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/restore_backup.py" line="40"/>
        <source>There are no backups of {file} yet (they are kept in {folder}).</source>
        <translation>{file} 还没有备份（备份保存在 {folder}）。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/restore_backup.py" line="45"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/restore_backup.py" line="45"/>
        <source>Canvases</source>
        <translation>画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/restore_backup.py" line="45"/>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/restore_backup.py" line="56"/>
        <source>Restore as a Copy…</source>
        <translation>恢复为副本…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/restore_backup.py" line="71"/>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="155"/>
        <source>Start a Voting Round</source>
        <translation>开始一轮投票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="158"/>
        <source>This block: {name}</source>
        <translation>本区块：{name}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="159"/>
        <source>This canvas: {name}</source>
        <translation>本画布：{name}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="160"/>
        <source>Every canvas of the workspace</source>
        <translation>工作区的所有画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="179"/>
        <source>Vote on:</source>
        <translation>投票范围：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="180"/>
        <source>Dots per participant:</source>
        <translation>每人票数：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="181"/>
        <source>Highlight the top:</source>
        <translation>突出显示前几名：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="185"/>
        <source>Start Voting</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="188"/>
        <source>Closing the round sorts each block by its votes.</source>
        <translation>结束本轮投票后，每个区块的卡片会按票数排序。</translation>
    </message>
</context>
<context>
    <name>RuleErrors</name>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="111"/>
        <source>A participant needs a name.</source>
        <translation>参与者需要一个名字。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="112"/>
        <source>A participant&apos;s name has at most {most} characters.</source>
        <translation>参与者的名字最多 {most} 个字符。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="115"/>
        <source>There is already a participant called {name}.</source>
        <translation>已经有一位名叫 {name} 的参与者。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="118"/>
        <source>A workshop has at most {most} participants.</source>
        <translation>一场工作坊最多有 {most} 位参与者。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="121"/>
        <source>A colour is written #RRGGBB, not {colour}.</source>
        <translation>颜色应写成 #RRGGBB 形式，而不是 {colour}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="122"/>
        <source>A voting round is on the whole workspace, a canvas or a block.</source>
        <translation>投票轮次的范围只能是整个工作区、一个画布或一个模块。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="125"/>
        <source>A block&apos;s voting round names its canvas and block.</source>
        <translation>针对模块的投票轮次需要指明画布和模块。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="128"/>
        <source>A canvas&apos;s voting round names its canvas.</source>
        <translation>针对画布的投票轮次需要指明画布。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="131"/>
        <source>Each participant gets 1 to {most} dots.</source>
        <translation>每位参与者的票数为 1 到 {most} 票。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="132"/>
        <source>Highlight the top 0 to 100 cards.</source>
        <translation>突出显示的前几名卡片数应在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="133"/>
        <source>Close the open voting round before starting another.</source>
        <translation>请先结束正在进行的投票，再开始新的一轮。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="136"/>
        <source>Close the open voting round before reopening another.</source>
        <translation>请先结束正在进行的投票，再重新开启另一轮。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="139"/>
        <source>This voting round is closed.</source>
        <translation>本轮投票已结束。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="140"/>
        <source>This voting round is closed already.</source>
        <translation>本轮投票已经结束了。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="141"/>
        <source>This card is not part of the voting round.</source>
        <translation>这张卡片不在本轮投票范围内。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="144"/>
        <source>{name} has no dots left.</source>
        <translation>{name} 的票已用完。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="145"/>
        <source>A snapshot needs a name.</source>
        <translation>快照需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="146"/>
        <source>Choose at least one canvas to take a snapshot of.</source>
        <translation>请至少选择一个画布来创建快照。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="149"/>
        <source>The canvas “{canvas}” already has a snapshot named “{name}”; choose another name.</source>
        <translation>画布“{canvas}”已有名为“{name}”的快照；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="153"/>
        <source>Unknown card status “{status}”.</source>
        <translation>未知的卡片状态“{status}”。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="154"/>
        <source>Votes cannot be negative.</source>
        <translation>票数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="155"/>
        <source>A due date must be a date.</source>
        <translation>截止日期必须是一个日期。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="156"/>
        <source>A card cannot link to itself.</source>
        <translation>卡片不能连线到自身。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="157"/>
        <source>Linked cards must be on the same canvas.</source>
        <translation>连线的两张卡片必须在同一个画布上。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="160"/>
        <source>These cards are already linked.</source>
        <translation>这两张卡片已经连接。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="161"/>
        <source>A canvas title cannot be empty.</source>
        <translation>画布标题不能为空。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="162"/>
        <source>Unknown card density “{density}”.</source>
        <translation>未知的卡片密度“{density}”。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="163"/>
        <source>The canvas “{canvas}” already has a block “{key}”.</source>
        <translation>画布“{canvas}”中已有模块“{key}”。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="166"/>
        <source>A block score must be between 0 and 5.</source>
        <translation>模块评分必须在 0 到 5 之间。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="167"/>
        <source>The canvas “{source}” cannot merge into “{target}”: they are made from different templates.</source>
        <translation>画布“{source}”不能合并到“{target}”：两者来自不同的模板。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="172"/>
        <source>Unsupported language “{language}”.</source>
        <translation>不支持的语言“{language}”。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="173"/>
        <source>A setting needs a non-empty key without outer spaces: “{key}”.</source>
        <translation>设置项的键不能为空，且首尾不能有空格：“{key}”。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="176"/>
        <source>Keep at least one backup.</source>
        <translation>请至少保留一个备份。</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="132"/>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="139"/>
        <source>Save as Template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="133"/>
        <source>You already have a template with the key “{key}”. Replace it?</source>
        <translation>已有键为“{key}”的自定义模板。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="141"/>
        <source>The layout of “{canvas}” becomes a template of your own: its {count} blocks with their titles, guidance questions, colours, scores and expected links (not its cards). It appears in the gallery of Add Canvas.</source>
        <translation>“{canvas}”的布局将成为你的自定义模板：包括它的 {count} 个模块及其标题、引导问题、颜色、评分设置和预期连线（不含卡片）。模板会出现在“添加画布”的模板库中。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="145"/>
        <source>English title:</source>
        <translation>英文标题：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="145"/>
        <source>Chinese title:</source>
        <translation>中文标题：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="146"/>
        <source>Key:</source>
        <translation>键：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="146"/>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="149"/>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="150"/>
        <source>the same as the other title</source>
        <translation>与另一个标题相同</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="151"/>
        <source>Lower-case words joined by &apos;-&apos;; canvases made from the template remember it.</source>
        <translation>用“-”连接的小写英文单词；由该模板创建的画布会记住它。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="153"/>
        <source>Save Template</source>
        <translation>保存模板</translation>
    </message>
</context>
<context>
    <name>ServerAddressErrors</name>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="181"/>
        <source>The workspace name {name} must be lower-case letters, digits and _ (at most 48, not starting with a digit or pg_, not public).</source>
        <translation>工作区名称 {name} 只能由小写字母、数字和 _ 组成（最多 48 个字符，不能以数字或 pg_ 开头，也不能是 public）。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="186"/>
        <source>The address must be a postgresql:// URL.</source>
        <translation>地址必须是 postgresql:// 形式的 URL。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="187"/>
        <source>{where}: the port must be a number.</source>
        <translation>{where}：端口必须是数字。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="188"/>
        <source>Put no password in the address; ecanvas asks for it.</source>
        <translation>请不要在地址中写入密码；ecanvas 会单独询问。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="191"/>
        <source>{url}: say which workspace (?workspace=NAME).</source>
        <translation>{url}：请指明工作区（?workspace=名称）。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="194"/>
        <source>{url}: say which role (USER@HOST).</source>
        <translation>{url}：请指明角色（用户名@主机）。</translation>
    </message>
</context>
<context>
    <name>SharedWorkspace</name>
    <message>
        <location filename="../../ecanvas/ui/shared_open.py" line="68"/>
        <source>No Such Workspace</source>
        <translation>工作区不存在</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/shared_open.py" line="69"/>
        <source>There is no workspace “{name}” in {database} on {host} yet. Create it?</source>
        <translation>{host} 上的数据库 {database} 中还没有工作区“{name}”。要创建它吗？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/shared_open.py" line="79"/>
        <source>Cannot open the shared workspace</source>
        <translation>无法打开共享工作区</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="61"/>
        <source>This canvas has no blocks yet</source>
        <translation>这个画布还没有区块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="90"/>
        <source>Silent brainstorm: new cards lie face down until you reveal them (S).</source>
        <translation>静默头脑风暴：新卡片背面朝上，直到你翻开它们 (S)。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="98"/>
        <source>Nobody in particular</source>
        <translation>未指定参与者</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="100"/>
        <source>Cards face down: {n}</source>
        <translation>背面朝上的卡片：{n}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="107"/>
        <source>Voting round {n}: one dot each. Click a card to place it; Shift+click takes it back.</source>
        <translation>第 {n} 轮投票：每人 1 票。点击卡片投出这一票；按住 Shift 点击可收回。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="110"/>
        <source>Voting round {n}: {dots} dots each. Click a card to place a dot; Shift+click takes one back.</source>
        <translation>第 {n} 轮投票：每人 {dots} 票。点击卡片投一票；按住 Shift 点击可收回一票。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="117"/>
        <source>{left} of {dots} left</source>
        <translation>剩余 {left}/{dots} 票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="122"/>
        <source>Add participants to vote (P).</source>
        <translation>请先添加参与者再投票 (P)。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="128"/>
        <source>Results of voting round {n}</source>
        <translation>第 {n} 轮投票结果</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="131"/>
        <source>No card got a vote.</source>
        <translation>没有卡片得到投票。</translation>
    </message>
</context>
<context>
    <name>SnapshotViewer</name>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_viewer.py" line="58"/>
        <source>Snapshot “{name}” of “{canvas}” (read-only)</source>
        <translation>“{canvas}”的快照“{name}”（只读）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_viewer.py" line="60"/>
        <source>Snapshot “{name}” of “{canvas}”, taken {time}: 1 card. Read-only.</source>
        <translation>“{canvas}”的快照“{name}”，创建于 {time}：1 张卡片。只读。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_viewer.py" line="62"/>
        <source>Snapshot “{name}” of “{canvas}”, taken {time}: {count} cards. Read-only.</source>
        <translation>“{canvas}”的快照“{name}”，创建于 {time}：{count} 张卡片。只读。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_viewer.py" line="66"/>
        <source>Compare with Now</source>
        <translation>与现在比较</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_viewer.py" line="67"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="270"/>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="299"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="300"/>
        <source>Canvas:</source>
        <translation>画布：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="301"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="301"/>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="301"/>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="303"/>
        <source>No snapshots of this canvas yet. Take one to keep the canvas as it is now.</source>
        <translation>这个画布还没有快照。创建一个快照，即可保存画布此刻的样子。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="306"/>
        <source>Take Snapshot…</source>
        <translation>创建快照…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="306"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="307"/>
        <source>Compare with Now</source>
        <translation>与现在比较</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="307"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="308"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="308"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="312"/>
        <source>Over the Canvas…</source>
        <translation>覆盖当前画布…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="313"/>
        <source>As a New Canvas</source>
        <translation>作为新画布</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotDialog</name>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="104"/>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="115"/>
        <source>Take Snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="105"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="107"/>
        <source>This canvas: “{title}”</source>
        <translation>当前画布：“{title}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="109"/>
        <source>Every canvas of the workspace ({count})</source>
        <translation>工作区中的所有画布（{count} 个）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/snapshot_dialogs.py" line="112"/>
        <source>A snapshot keeps the canvas exactly as it is now. Compare it with the canvas later to see what changed, or go back to it.</source>
        <translation>快照会原样保存画布此刻的内容。以后可以与画布比较，查看有哪些变化，或者恢复到快照时的样子。</translation>
    </message>
</context>
<context>
    <name>TemplateErrors</name>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="17"/>
        <source>missing required field</source>
        <translation>缺少必需字段</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="18"/>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="19"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="20"/>
        <source>has the wrong type ({type})</source>
        <translation>类型不正确（{type}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="21"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="22"/>
        <source>must be a list of non-empty strings</source>
        <translation>必须是由非空字符串组成的列表</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="23"/>
        <source>needs {low}–{high} questions, has {count}</source>
        <translation>需要 {low}–{high} 个引导问题，现有 {count} 个</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="26"/>
        <source>must be a table</source>
        <translation>必须是 TOML 表</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="27"/>
        <source>must be lower-case words joined by &apos;-&apos;</source>
        <translation>必须是用“-”连接的小写单词</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="28"/>
        <source>&apos;{key}&apos; must be lower-case words joined by &apos;-&apos;</source>
        <translation>“{key}”必须是用“-”连接的小写单词</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="31"/>
        <source>must look like #RRGGBB</source>
        <translation>必须是 #RRGGBB 形式的颜色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="32"/>
        <source>must be a finite number</source>
        <translation>必须是有限的数值</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="33"/>
        <source>must be positive</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="34"/>
        <source>duplicate key &apos;{key}&apos;</source>
        <translation>键“{key}”重复</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="35"/>
        <source>names unknown block &apos;{target}&apos;</source>
        <translation>引用了不存在的模块“{target}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="36"/>
        <source>overlaps blocks[{other}] (&apos;{key}&apos;)</source>
        <translation>与 blocks[{other}]（“{key}”）重叠</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="37"/>
        <source>is not valid TOML (line {line}, column {column})</source>
        <translation>不是有效的 TOML（第 {line} 行第 {column} 列）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="40"/>
        <source>cannot be read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="41"/>
        <source>&apos;{key}&apos; does not match the file name</source>
        <translation>键“{key}”与文件名不一致</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="42"/>
        <source>&apos;{key}&apos; is the key of a bundled template; choose another key</source>
        <translation>“{key}”是内置模板的键；请换一个键</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="45"/>
        <source>you already have a template &apos;{key}&apos;; choose another key or replace it</source>
        <translation>你已有一个键为“{key}”的模板；请换一个键，或替换原模板</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="48"/>
        <source>&apos;{key}&apos; is a bundled template; it cannot be changed</source>
        <translation>“{key}”是内置模板，不能修改</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="205"/>
        <source>is not valid TOML</source>
        <translation>不是有效的 TOML 文件</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="208"/>
        <source>is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="212"/>
        <source>{file}: {field}: {problem}</source>
        <translation>{file}：{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="215"/>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/refusals.py" line="221"/>
        <source>There is no template “{key}” (any more).</source>
        <translation>模板“{key}”不存在（可能已被删除）。</translation>
    </message>
</context>
<context>
    <name>TemplateFiles</name>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="164"/>
        <source>Template files (*.toml);;All files (*)</source>
        <translation>模板文件 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="168"/>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="178"/>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="187"/>
        <source>Import Template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="179"/>
        <source>You already have a template with the key “{key}”. Replace it?</source>
        <translation>已有键为“{key}”的自定义模板。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="194"/>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="204"/>
        <source>Export Template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="209"/>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="221"/>
        <source>Rename Template</source>
        <translation>重命名模板</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="209"/>
        <source>New title:</source>
        <translation>新标题：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="226"/>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="235"/>
        <source>Delete Template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_files.py" line="227"/>
        <source>Delete your template “{title}”? Canvases made from it keep their blocks.</source>
        <translation>要删除自定义模板“{title}”吗？由它创建的画布会保留各自的模块。</translation>
    </message>
</context>
<context>
    <name>TemplateGalleryDialog</name>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="310"/>
        <source>No blocks: you add your own.</source>
        <translation>没有预设模块：由你自行添加。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="311"/>
        <source>Blocks:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="323"/>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="325"/>
        <source>Add Canvas</source>
        <translation>添加画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="324"/>
        <source>Canvas title:</source>
        <translation>画布标题：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="326"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="326"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="327"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="327"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="330"/>
        <source>Add a template file (.toml) to yours</source>
        <translation>把模板文件（.toml）添加到自定义模板中</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="334"/>
        <source>Your templates</source>
        <translation>自定义模板</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="335"/>
        <source>Your templates: none yet (Canvas → Save as Template…)</source>
        <translation>自定义模板：暂无（画布 → 另存为模板…）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="340"/>
        <source>Not shown, could not be read:</source>
        <translation>以下模板无法读取，未显示：</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/timer_widget.py" line="76"/>
        <source>Timer presets and options</source>
        <translation>计时预设与选项</translation>
    </message>
</context>
<context>
    <name>UndoGuard</name>
    <message>
        <location filename="../../ecanvas/ui/undo_guard.py" line="73"/>
        <source>Changed by Someone Else</source>
        <translation>已被其他人修改</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/undo_guard.py" line="74"/>
        <source>Someone else changed this since your step “{step}”.</source>
        <translation>在你的操作“{step}”之后，其他人修改了这里。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/undo_guard.py" line="76"/>
        <source>Undo only ever undoes your own steps. Undoing this one now replaces what the other person did with what was there before your step.</source>
        <translation>撤销只会撤销你自己的操作。现在撤销这一步，会用你操作之前的内容替换对方所做的修改。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/undo_guard.py" line="80"/>
        <source>Undo Anyway</source>
        <translation>仍然撤销</translation>
    </message>
</context>
<context>
    <name>VersionCommands</name>
    <message>
        <location filename="../../ecanvas/ui/versions/commands.py" line="25"/>
        <source>Take snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/commands.py" line="26"/>
        <source>Take snapshots of %n canvases</source>
        <translation>为 %n 个画布创建快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/commands.py" line="46"/>
        <source>Rename snapshot</source>
        <translation>重命名快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/commands.py" line="63"/>
        <source>Delete snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/commands.py" line="64"/>
        <source>Delete %n snapshots</source>
        <translation>删除 %n 个快照</translation>
    </message>
</context>
<context>
    <name>VersionsController</name>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="148"/>
        <source>Took the snapshot “{name}” of every canvas.</source>
        <translation>已为所有画布创建快照“{name}”。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="149"/>
        <source>Took the snapshot “{name}” of “{canvas}”.</source>
        <translation>已为“{canvas}”创建快照“{name}”。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="164"/>
        <source>Add a canvas first.</source>
        <translation>请先添加一个画布。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="193"/>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="218"/>
        <source>Rename Snapshot</source>
        <translation>重命名快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="219"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="231"/>
        <source>Delete Snapshots</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="231"/>
        <source>Delete Snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="233"/>
        <source>Delete {names}? Undo brings it back.</source>
        <translation>要删除 {names} 吗？可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="235"/>
        <source>Delete {names}? Undo brings them back.</source>
        <translation>要删除 {names} 吗？可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="254"/>
        <source>{canvas} ({snapshot})</source>
        <translation>{canvas}（{snapshot}）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="257"/>
        <source>Restore snapshot as a new canvas</source>
        <translation>将快照恢复为新画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="263"/>
        <source>Added “{title}”.</source>
        <translation>已添加“{title}”。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="268"/>
        <source>Before restoring “{name}”</source>
        <translation>恢复“{name}”之前</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="271"/>
        <source>Restore snapshot</source>
        <translation>恢复快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="277"/>
        <source>Restored “{name}”; the canvas as it was is kept as the snapshot “{kept}”.</source>
        <translation>已恢复“{name}”；恢复前的画布已保存为快照“{kept}”。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="288"/>
        <source>Restore Snapshot</source>
        <translation>恢复快照</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="289"/>
        <source>Restore “{name}” over the canvas “{canvas}”?</source>
        <translation>要用“{name}”覆盖画布“{canvas}”吗？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="292"/>
        <source>The canvas becomes as it was on {time}. A snapshot of it as it is now is taken first, and Undo brings it back.</source>
        <translation>画布将恢复为 {time} 时的样子。恢复前会先为现在的画布创建快照，也可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="295"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="386"/>
        <source>Saved the template “{title}”; Add Canvas offers it.</source>
        <translation>已保存模板“{title}”，可在“添加画布”中使用。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="401"/>
        <source>Import Canvases From</source>
        <translation>从其他工作区导入画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="402"/>
        <source>ecanvas workspaces and interchange files (*.ecanvas *.json);;All files (*)</source>
        <translation>ecanvas 工作区和交换文件 (*.ecanvas *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="411"/>
        <source>Cannot import canvases</source>
        <translation>无法导入画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="415"/>
        <source>{file} holds no canvases.</source>
        <translation>{file} 中没有画布。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="435"/>
        <source>Before importing from {file}</source>
        <translation>从 {file} 导入之前</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="438"/>
        <source>Import canvases from {file}</source>
        <translation>从 {file} 导入画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="444"/>
        <source>Imported {count} canvases from {file}.</source>
        <translation>已从 {file} 导入 {count} 个画布。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/versions/controller.py" line="447"/>
        <source>Imported a canvas from {file}.</source>
        <translation>已从 {file} 导入一个画布。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="66"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="67"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="68"/>
        <source>Export &amp;As</source>
        <translation>导出为(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="69"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="70"/>
        <source>&amp;Canvas</source>
        <translation>画布(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="71"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="72"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="73"/>
        <source>Tool bar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="92"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/entry.py" line="48"/>
        <source>Add a canvas before starting a workshop.</source>
        <translation>请先添加一个画布，再开始工作坊。</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="77"/>
        <source>&amp;Next Block</source>
        <translation>下一个区块(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="78"/>
        <source>&amp;Previous Block</source>
        <translation>上一个区块(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="79"/>
        <source>Page Down (Then the Next Block)</source>
        <translation>向下翻页（到底后进入下一个区块）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="80"/>
        <source>Page Up (Then the Previous Block)</source>
        <translation>向上翻页（到顶后回到上一个区块）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="81"/>
        <source>&amp;First Block</source>
        <translation>第一个区块(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="82"/>
        <source>&amp;Last Block</source>
        <translation>最后一个区块(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="83"/>
        <source>Next &amp;Canvas</source>
        <translation>下一个画布(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="84"/>
        <source>Pr&amp;evious Canvas</source>
        <translation>上一个画布(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="85"/>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="86"/>
        <source>Capture a Car&amp;d</source>
        <translation>记录卡片(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="87"/>
        <source>Select Next Card</source>
        <translation>选择下一张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="88"/>
        <source>Select Previous Card</source>
        <translation>选择上一张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="89"/>
        <source>&amp;Vote for the Selected Card</source>
        <translation>为选中的卡片投票(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="90"/>
        <source>Take &amp;Back a Vote</source>
        <translation>收回一票(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="91"/>
        <source>P&amp;articipants…</source>
        <translation>参与者(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="92"/>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="114"/>
        <source>Start &amp;Silent Brainstorm</source>
        <translation>开始静默头脑风暴(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="93"/>
        <source>Start Votin&amp;g Round…</source>
        <translation>开始一轮投票(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="94"/>
        <source>Close Vot&amp;ing Round</source>
        <translation>结束本轮投票(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="95"/>
        <source>Start or Pause the &amp;Timer</source>
        <translation>开始或暂停计时(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="96"/>
        <source>Reset t&amp;he Timer</source>
        <translation>重置计时(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="97"/>
        <source>Add a &amp;Minute</source>
        <translation>加一分钟(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="98"/>
        <source>Set the Timer…</source>
        <translation>设置计时…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="99"/>
        <source>Start the Next Block&apos;s Timer When Moving On</source>
        <translation>切换到下一个区块时自动开始计时</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="100"/>
        <source>Sound When Time Is Up</source>
        <translation>时间到时播放提示音</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="101"/>
        <source>&amp;Leave Workshop</source>
        <translation>退出工作坊(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="102"/>
        <source>Nobody Capturing</source>
        <translation>不指定记录人</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="105"/>
        <source>Participant {n} Capturing</source>
        <translation>由参与者 {n} 记录</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="109"/>
        <source>{n} Minutes</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="114"/>
        <source>Reveal Card&amp;s</source>
        <translation>翻开卡片(&amp;S)</translation>
    </message>
</context>
<context>
    <name>WorkshopCommands</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="23"/>
        <source>Add participant</source>
        <translation>添加参与者</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="43"/>
        <source>Change participant</source>
        <translation>修改参与者</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="58"/>
        <source>Remove participant</source>
        <translation>移除参与者</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="73"/>
        <source>Start voting round</source>
        <translation>开始一轮投票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="102"/>
        <source>Close voting round</source>
        <translation>结束本轮投票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="121"/>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="141"/>
        <source>Take back a vote</source>
        <translation>收回一票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="155"/>
        <source>Start silent brainstorm</source>
        <translation>开始静默头脑风暴</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="172"/>
        <source>Reveal cards</source>
        <translation>翻开卡片</translation>
    </message>
</context>
<context>
    <name>WorkshopVoting</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/voting.py" line="35"/>
        <source>Choose who is voting first: press their number (1–9).</source>
        <translation>请先选择投票人：按其编号 (1–9)。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/voting.py" line="41"/>
        <source>This card or participant is gone.</source>
        <translation>这张卡片或这位参与者已不存在。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/voting.py" line="44"/>
        <source>This card is not part of the voting round.</source>
        <translation>这张卡片不在本轮投票范围内。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/voting.py" line="49"/>
        <source>{name} has no dot on this card.</source>
        <translation>{name} 没有在这张卡片上投票。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/voting.py" line="54"/>
        <source>{name} has no dots left.</source>
        <translation>{name} 的票已用完。</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/controls.py" line="94"/>
        <source>Overview: click a block, or pick one with the arrows and press Enter</source>
        <translation>总览：点击一个区块，或用方向键选择后按 Enter</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/controls.py" line="113"/>
        <source>● Voting round {n}</source>
        <translation>● 第 {n} 轮投票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/controls.py" line="116"/>
        <source>● Silent brainstorm</source>
        <translation>● 静默头脑风暴</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="235"/>
        <source>There is no participant {n}: add participants with P.</source>
        <translation>没有第 {n} 位参与者：按 P 添加参与者。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="284"/>
        <source>Select a card first (Tab), then press V to vote.</source>
        <translation>请先选择一张卡片 (Tab)，再按 V 投票。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="287"/>
        <source>No voting round is open: start one with R.</source>
        <translation>当前没有进行中的投票：按 R 开始一轮。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="315"/>
        <source>A voting round is open: close it first (Shift+R).</source>
        <translation>已有一轮投票在进行：请先结束它 (Shift+R)。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="334"/>
        <source>No voting round is open.</source>
        <translation>当前没有进行中的投票。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="351"/>
        <source>Set the Timer</source>
        <translation>设置计时</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="352"/>
        <source>Minutes, or minutes:seconds (for example 5 or 1:30):</source>
        <translation>分钟数，或“分:秒”（例如 5 或 1:30）：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="359"/>
        <source>“{text}” is not a duration: write 5 or 1:30.</source>
        <translation>“{text}”不是有效的时长：请写成 5 或 1:30。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="369"/>
        <source>Time is up.</source>
        <translation>时间到！</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="423"/>
        <source>Workshop menu</source>
        <translation>工作坊菜单</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="425"/>
        <source>{title} — Workshop</source>
        <translation>{title} — 工作坊</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="56"/>
        <source>ecanvas workspaces (*.ecanvas);;All files (*)</source>
        <translation>ecanvas 工作区 (*.ecanvas);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="65"/>
        <location filename="../../ecanvas/ui/workspace_files.py" line="72"/>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="72"/>
        <source>Title of the new workspace:</source>
        <translation>新工作区的标题：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="80"/>
        <source>Cannot create the workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="83"/>
        <source>Created {file}. Add a canvas to begin.</source>
        <translation>已创建 {file}。添加一张画布即可开始。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="89"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="122"/>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="123"/>
        <source>{file} no longer exists; it was removed from the recent files.</source>
        <translation>{file} 已不存在，已从最近打开的文件中移除。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="108"/>
        <location filename="../../ecanvas/ui/workspace_files.py" line="135"/>
        <source>This workspace is already open.</source>
        <translation>此工作区已经打开。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="140"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="244"/>
        <source>Workspace in use</source>
        <translation>工作区正在使用中</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="245"/>
        <source>{message}

Open it read-only instead?</source>
        <translation>{message}

改为以只读方式打开吗？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="160"/>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="172"/>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="174"/>
        <source>Saved a copy to {file}.</source>
        <translation>已将副本保存到 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="197"/>
        <source>Exported {file}.</source>
        <translation>已导出 {file}。</translation>
    </message>
</context>
<context>
    <name>WorkspacePropertiesDialog</name>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="183"/>
        <source>Brand colour</source>
        <translation>品牌色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="200"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="216"/>
        <source>{file} is larger than 5 MB.</source>
        <translation>{file} 超过 5 MB。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="207"/>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="221"/>
        <source>{file} is not a PNG or JPEG image.</source>
        <translation>{file} 不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="219"/>
        <source>{file} has more than 40 million pixels ({size}); use a smaller image.</source>
        <translation>{file} 超过 4000 万像素（{size}）；请使用更小的图片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="233"/>
        <source>Choose a logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="233"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="242"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="252"/>
        <source>Workspace Properties</source>
        <translation>工作区属性</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="254"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="255"/>
        <source>Client:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="256"/>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="257"/>
        <source>Workspace language:</source>
        <translation>工作区语言：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="258"/>
        <source>Brand colour:</source>
        <translation>品牌色：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="259"/>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="263"/>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="264"/>
        <source>&amp;Summary and Recommendations</source>
        <translation>摘要与建议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="265"/>
        <source>E&amp;xecutive summary (opens the report):</source>
        <translation>执行摘要（位于报告开头）(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="266"/>
        <source>&amp;Recommendations:</source>
        <translation>建议(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="269"/>
        <source>What the strategy is, in a few paragraphs, for a reader who reads nothing else.</source>
        <translation>用几段话概括这份战略，让只读这一页的人也能明白。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="273"/>
        <source>1. The first thing to do
2. The next one</source>
        <translation>1. 首先要做的事
2. 接下来要做的事</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="276"/>
        <source>A blank line starts a new paragraph. Lines starting with “- ” are bullets, “1. ” numbered items, “### ” a heading; **bold** and *italic* inside a line.</source>
        <translation>空一行开始新段落。以“- ”开头的行是项目符号，“1. ”是编号项，“### ”是小标题；行内可用 **粗体** 和 *斜体*。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="279"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="280"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="59"/>
        <source>Zoom {percent}%</source>
        <translation>缩放 {percent}%</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="71"/>
        <source>No findings</source>
        <translation>检查通过</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="73"/>
        <source>1 finding</source>
        <translation>1 项发现</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="75"/>
        <source>{count} findings</source>
        <translation>{count} 项发现</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="78"/>
        <source>errors: {count}</source>
        <translation>错误：{count}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="79"/>
        <source>warnings: {count}</source>
        <translation>警告：{count}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="80"/>
        <source>info: {count}</source>
        <translation>提示：{count}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="83"/>
        <source>Strategy checks — {counts}. Click to show them.</source>
        <translation>战略检查——{counts}。点击查看。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="84"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="97"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="104"/>
        <source>Last change not saved</source>
        <translation>上一次修改未保存</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="117"/>
        <source>You may not change this file (or create files in its folder), so it is open read-only.</source>
        <translation>你没有权限修改这个文件（或在它所在的文件夹中创建文件），因此它以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="121"/>
        <source>Another ecanvas window has this workspace open, so it is open read-only here.</source>
        <translation>另一个 ecanvas 窗口已打开这个工作区，因此这里以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="124"/>
        <source>Some rows of this workspace are damaged, so it is open read-only. File → Repair into a Copy… saves what can be read into a new workspace.</source>
        <translation>这个工作区中有部分数据已损坏，因此以只读方式打开。“文件 → 修复为副本…”可以把能读取的内容保存到一个新的工作区。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="128"/>
        <source>A change interrupted by a crash is waiting to be rolled back; this is a private copy with it rolled back. Open the file with write access to finish.</source>
        <translation>有一次因崩溃而中断的修改等待回滚；这里显示的是已完成回滚的私有副本。请以可写方式打开文件来完成回滚。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="132"/>
        <source>This workspace was made by an older ecanvas and needs write access to be upgraded; this is an upgraded private copy.</source>
        <translation>这个工作区由旧版 ecanvas 创建，升级需要写入权限；这里显示的是升级后的私有副本。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="148"/>
        <source>Server unreachable · read-only</source>
        <translation>服务器无法连接 · 只读</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="149"/>
        <source>The server cannot be reached; ecanvas reconnects by itself.</source>
        <translation>无法连接到服务器；ecanvas 会自动重新连接。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="154"/>
        <source>Shared · read-only</source>
        <translation>共享 · 只读</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="155"/>
        <source>Your role on the server may look but not change.</source>
        <translation>你在服务器上的角色只能查看，不能修改。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="157"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="160"/>
        <source>Shared · saved on the server</source>
        <translation>共享 · 已保存到服务器</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="161"/>
        <source>Every change is saved on the server at once; others see it live.</source>
        <translation>每次修改都会立即保存到服务器；其他人会实时看到。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="164"/>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="135"/>
        <source>This workspace is open read-only; nothing can be changed.</source>
        <translation>此工作区以只读方式打开，无法进行任何更改。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="165"/>
        <source>Every change is written to the workspace file at once.</source>
        <translation>每次更改都会立即写入工作区文件。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="177"/>
        <source>Cards: {total}</source>
        <translation>卡片：{total}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="180"/>
        <source>Cards: {here} on this canvas · {total} in the workspace</source>
        <translation>卡片：本画布 {here} 张 · 工作区共 {total} 张</translation>
    </message>
</context>
</TS>
