<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="122"/>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="123"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="124"/>
        <source>Open &amp;Shared Workspace…</source>
        <translation>打开共享工作区(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="125"/>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="126"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="127"/>
        <source>Workspace &amp;Properties…</source>
        <translation>工作区属性(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="128"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="129"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="130"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="131"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="132"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="133"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="134"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="135"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="136"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="137"/>
        <source>&amp;New Card</source>
        <translation>新建卡片(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="138"/>
        <source>&amp;Edit Card Text</source>
        <translation>编辑卡片文字(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="139"/>
        <source>&amp;Compact Cards</source>
        <translation>紧凑卡片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="140"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="141"/>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="142"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="143"/>
        <source>&amp;Add Canvas…</source>
        <translation>添加画布(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="144"/>
        <source>&amp;Rename Canvas</source>
        <translation>重命名画布(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="145"/>
        <source>&amp;Delete Canvas</source>
        <translation>删除画布(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="146"/>
        <source>Move Canvas &amp;Up</source>
        <translation>画布上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="147"/>
        <source>Move Canvas Do&amp;wn</source>
        <translation>画布下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="148"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="149"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="150"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="151"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="152"/>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="153"/>
        <source>&amp;Workshop</source>
        <translation>工作坊模式(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="154"/>
        <source>Side &amp;Panels</source>
        <translation>侧边面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="155"/>
        <source>Show &amp;Link Hints</source>
        <translation>显示连线提示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/actions.py" line="156"/>
        <source>Strategy &amp;Checks</source>
        <translation>战略检查(&amp;C)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ecanvas/ui/app.py" line="71"/>
        <source>Workspace in use</source>
        <translation>工作区正在使用中</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/app.py" line="72"/>
        <source>{message}

Open it read-only instead?</source>
        <translation>{message}

改为以只读方式打开吗？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/app.py" line="145"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
</context>
<context>
    <name>BlockEditing</name>
    <message>
        <location filename="../../ecanvas/ui/canvas/block_editing.py" line="46"/>
        <source>Remove the block “%1” and the %2 card(s) in it?</source>
        <translation>移除模块“%1”及其中的 %2 张卡片吗？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/block_editing.py" line="49"/>
        <source>Remove Block</source>
        <translation>移除模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/block_editing.py" line="196"/>
        <source>Add block</source>
        <translation>添加模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/block_editing.py" line="210"/>
        <source>Rename block</source>
        <translation>重命名模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/block_editing.py" line="268"/>
        <source>Resize block</source>
        <translation>调整模块大小</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/block_editing.py" line="270"/>
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
        <location filename="../../ecanvas/ui/canvas/drops.py" line="55"/>
        <source>The dropped colour is not valid.</source>
        <translation>拖入的颜色无效。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="60"/>
        <source>The dropped cards could not be read.</source>
        <translation>无法读取拖入的卡片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="67"/>
        <source>Only text, text files and palette colours can be dropped here.</source>
        <translation>这里只能拖入文字、文本文件和调色板颜色。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="74"/>
        <source>The dropped text has no lines to turn into cards.</source>
        <translation>拖入的文字中没有可以生成卡片的行。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="77"/>
        <source>The dropped text has %1 lines; at most %2 cards can be added at once.</source>
        <translation>拖入的文字有 %1 行；一次最多只能添加 %2 张卡片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="90"/>
        <source>Only files on this computer can be dropped.</source>
        <translation>只能拖入本机上的文件。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="101"/>
        <source>“%1” is a folder, not a text file.</source>
        <translation>“%1”是文件夹，不是文本文件。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="105"/>
        <source>“%1” is larger than 1 MB.</source>
        <translation>“%1”超过 1 MB。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="109"/>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="112"/>
        <source>“%1” is not a text file.</source>
        <translation>“%1”不是文本文件。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/drops.py" line="117"/>
        <source>“%1” is not UTF-8 text.</source>
        <translation>“%1”不是 UTF-8 编码的文本。</translation>
    </message>
</context>
<context>
    <name>CanvasListPanel</name>
    <message>
        <location filename="../../ecanvas/ui/panels/canvas_list.py" line="197"/>
        <source>Cards: {count}</source>
        <translation>卡片：{count}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/canvas_list.py" line="292"/>
        <source>Canvases</source>
        <translation>画布</translation>
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="86"/>
        <source>Add Block Here</source>
        <translation>在此添加模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="97"/>
        <source>Edit Text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="99"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="111"/>
        <source>Add Vote</source>
        <translation>加一票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="113"/>
        <source>Remove Vote</source>
        <translation>减一票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="117"/>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="119"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="121"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="123"/>
        <source>Delete</source>
        <translation>删除</translation>
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
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="165"/>
        <source>Delete Link</source>
        <translation>删除连线</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="177"/>
        <source>New Card Here</source>
        <translation>在此新建卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="179"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="184"/>
        <source>Select All Cards in Block</source>
        <translation>选择本模块全部卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="190"/>
        <source>Rename Block</source>
        <translation>重命名模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="192"/>
        <source>Remove Block</source>
        <translation>移除模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="198"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="208"/>
        <source>Clear Score</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/context_menu.py" line="218"/>
        <source>Score block</source>
        <translation>为模块评分</translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <location filename="../../ecanvas/ui/canvas/mirror.py" line="350"/>
        <source>This card should link to a card in %1. Drag from the handle on its right edge to that card.</source>
        <translation>这张卡片应连接到“%1”中的卡片。从它右边缘的手柄拖到目标卡片即可。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene.py" line="110"/>
        <source>Score block</source>
        <translation>为模块评分</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene.py" line="345"/>
        <source>These cards are already linked.</source>
        <translation>这两张卡片已经连接。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_actions.py" line="121"/>
        <source>Paste a card</source>
        <translation>粘贴 1 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_actions.py" line="123"/>
        <source>Paste %n cards</source>
        <translation>粘贴 %n 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_actions.py" line="143"/>
        <source>Duplicate a card</source>
        <translation>复制出 1 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_actions.py" line="145"/>
        <source>Duplicate %n cards</source>
        <translation>复制出 %n 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_actions.py" line="171"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_drops.py" line="82"/>
        <source>Add card</source>
        <translation>添加卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas/scene_drops.py" line="111"/>
        <source>Cards can only be moved within one workspace.</source>
        <translation>卡片只能在同一个工作区内移动。</translation>
    </message>
</context>
<context>
    <name>CanvasTabs</name>
    <message>
        <location filename="../../ecanvas/ui/canvas_tabs.py" line="255"/>
        <source>“{canvas}” has no blocks yet; add a block before moving cards there.</source>
        <translation>“{canvas}”还没有模块；请先添加模块，再把卡片移过去。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas_tabs.py" line="266"/>
        <source>Moved 1 card to “{canvas}”.</source>
        <translation>已将 1 张卡片移到“{canvas}”。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/canvas_tabs.py" line="268"/>
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
    <name>CardEditing</name>
    <message>
        <location filename="../../ecanvas/ui/canvas/editing.py" line="232"/>
        <source>Add card</source>
        <translation>添加卡片</translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../../ecanvas/ui/checks_dock.py" line="71"/>
        <source>Strategy Checks</source>
        <translation>战略检查</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="265"/>
        <source>No findings: every check passed.</source>
        <translation>没有发现问题：全部检查通过。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="268"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="273"/>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="273"/>
        <source>{count} errors</source>
        <translation>{count} 个错误</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="274"/>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="274"/>
        <source>{count} warnings</source>
        <translation>{count} 个警告</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="275"/>
        <source>1 info</source>
        <translation>1 条提示</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="275"/>
        <source>{count} info</source>
        <translation>{count} 条提示</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="294"/>
        <source>Show on the Canvas</source>
        <translation>在画布上显示</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="297"/>
        <source>Turn Off “{rule}” for This Workspace</source>
        <translation>在此工作区关闭“{rule}”检查</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="313"/>
        <source>Turn on check “{rule}”</source>
        <translation>开启检查“{rule}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="314"/>
        <source>Turn off check “{rule}”</source>
        <translation>关闭检查“{rule}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="333"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/checks.py" line="334"/>
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
        <location filename="../../ecanvas/ui/commands.py" line="164"/>
        <source>Change workspace properties</source>
        <translation>修改工作区属性</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="185"/>
        <source>Add canvas</source>
        <translation>添加画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="211"/>
        <source>Delete canvas</source>
        <translation>删除画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="225"/>
        <source>Rename canvas</source>
        <translation>重命名画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="243"/>
        <source>Compact cards</source>
        <translation>紧凑卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="245"/>
        <source>Normal cards</source>
        <translation>标准卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="259"/>
        <source>Reorder canvases</source>
        <translation>调整画布顺序</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="275"/>
        <source>Change block</source>
        <translation>修改模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="290"/>
        <source>Add block</source>
        <translation>添加模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="302"/>
        <source>Remove block</source>
        <translation>移除模块</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="325"/>
        <source>Add a card</source>
        <translation>添加 1 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="326"/>
        <source>Add %n cards</source>
        <translation>添加 %n 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="356"/>
        <source>Delete a card</source>
        <translation>删除 1 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="357"/>
        <source>Delete %n cards</source>
        <translation>删除 %n 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="427"/>
        <source>Move a card</source>
        <translation>移动 1 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="428"/>
        <source>Move %n cards</source>
        <translation>移动 %n 张卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="474"/>
        <source>Delete a link</source>
        <translation>删除 1 条连线</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="475"/>
        <source>Delete %n links</source>
        <translation>删除 %n 条连线</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="379"/>
        <source>Edit card</source>
        <translation>编辑卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="451"/>
        <source>Link cards</source>
        <translation>连接卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/commands.py" line="490"/>
        <source>Label link</source>
        <translation>标注连线</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="26"/>
        <source>Someone else removed this at the same time; your change was not saved.</source>
        <translation>其他人同时删除了此项；你的修改未保存。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="28"/>
        <source>Someone else changed this at the same time; their change is shown and yours was not saved. Try again if you still want it.</source>
        <translation>其他人同时修改了此项；画布上显示的是对方的修改，你的修改未保存。如仍需要，请重新操作。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="34"/>
        <source>The server went away: this change was not saved. The canvas is read-only until the connection is back.</source>
        <translation>服务器连接已断开：这次修改未保存。连接恢复之前，画布为只读。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="37"/>
        <source>The server cannot be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="70"/>
        <source>Keep my text in the note</source>
        <translation>将我的文字保留在备注中</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="75"/>
        <source>Keep my text as a new card</source>
        <translation>将我的文字保留为新卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="85"/>
        <source>Someone else changed this card at the same time. Their text is on the card; yours was added to its note.</source>
        <translation>其他人同时修改了这张卡片。卡片上是对方的文字；你的文字已添加到卡片备注中。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="88"/>
        <source>Someone else changed this card at the same time. Their text is on the card; yours is kept as a new card beside it.</source>
        <translation>其他人同时修改了这张卡片。卡片上是对方的文字；你的文字已保留为旁边的一张新卡片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="99"/>
        <source>Edited at the same time</source>
        <translation>同时编辑</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="100"/>
        <source>Someone else changed this card while you were editing it. Their version is on the canvas now.</source>
        <translation>在你编辑这张卡片时，其他人修改了它。画布上现在显示的是对方的版本。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="104"/>
        <source>Your text:
“{text}”

Nothing is lost: keep yours as a new card beside it, or add it to the card&apos;s note.</source>
        <translation>你的文字：
“{text}”

不会丢失任何内容：可将你的文字保留为旁边的一张新卡片，或添加到卡片备注中。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="107"/>
        <source>Keep Mine as a New Card</source>
        <translation>保留为新卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/conflicts.py" line="109"/>
        <source>Add Mine to the Note</source>
        <translation>添加到备注</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../../ecanvas/ui/connection_bar.py" line="49"/>
        <source>The server cannot be reached. You see the workspace as it was; it is read-only until the connection is back, and ecanvas reconnects by itself. Nothing you saved is lost.</source>
        <translation>无法连接到服务器。你看到的是断开前的工作区；在连接恢复之前它是只读的，ecanvas 会自动重新连接。已保存的内容不会丢失。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/connection_bar.py" line="69"/>
        <source>Connected to the server again. Your last change before it went away was saved after all.</source>
        <translation>已重新连接到服务器。断开前你的最后一次修改其实已经保存。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/connection_bar.py" line="72"/>
        <source>Connected to the server again. Your last change before it went away was not saved; please make it again.</source>
        <translation>已重新连接到服务器。断开前你的最后一次修改没有保存，请重新操作。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/connection_bar.py" line="75"/>
        <source>Connected to the server again; the others&apos; changes are shown.</source>
        <translation>已重新连接到服务器；其他人的修改已显示。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/connection_bar.py" line="78"/>
        <source>The server cannot be reached; read-only until it is back.</source>
        <translation>无法连接到服务器；恢复连接前为只读。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="22"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="23"/>
        <source>the disk quota is exceeded</source>
        <translation>已超出磁盘配额</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="24"/>
        <source>the file is too large for this disk</source>
        <translation>文件太大，此磁盘无法容纳</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="27"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="28"/>
        <location filename="../../ecanvas/ui/errors.py" line="29"/>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="30"/>
        <source>input/output error (the disk may be failing or was removed)</source>
        <translation>输入/输出错误（磁盘可能出现故障或已被移除）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="33"/>
        <source>the file or folder no longer exists</source>
        <translation>文件或文件夹已不存在</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="36"/>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="39"/>
        <source>an unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="47"/>
        <source>{file} is the open workspace. Choose another file name.</source>
        <translation>{file} 是当前打开的工作区。请另选一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="51"/>
        <source>{file} is an ecanvas workspace; ecanvas never writes over a workspace. Choose another file name.</source>
        <translation>{file} 是一个 ecanvas 工作区；ecanvas 绝不会覆盖工作区。请另选一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="57"/>
        <source>{file} is a folder. Choose a file name.</source>
        <translation>{file} 是文件夹。请指定一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="59"/>
        <source>{file} is a device or a pipe, not a file. Choose a file name.</source>
        <translation>{file} 是设备或管道，不是普通文件。请指定一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="63"/>
        <source>{file} already exists. Choose another file name.</source>
        <translation>{file} 已存在。请另选一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="67"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="72"/>
        <source>{file} could not be written: {reason}.</source>
        <translation>无法写入 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/errors.py" line="90"/>
        <source>This workspace is open read-only; changes cannot be saved.</source>
        <translation>此工作区以只读方式打开，无法保存更改。</translation>
    </message>
</context>
<context>
    <name>FileExports</name>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="89"/>
        <source>&amp;PowerPoint Slides…</source>
        <translation>PowerPoint 幻灯片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="90"/>
        <source>&amp;Markdown…</source>
        <translation>Markdown 文档(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="91"/>
        <source>&amp;CSV of Cards…</source>
        <translation>卡片 CSV 表格(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="92"/>
        <source>&amp;JSON Interchange…</source>
        <translation>JSON 交换格式(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="93"/>
        <source>Canvas as &amp;SVG…</source>
        <translation>画布 SVG 图像(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="94"/>
        <source>Canvas as P&amp;NG Image…</source>
        <translation>画布 PNG 图片(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="99"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint 演示文稿 (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="100"/>
        <source>Markdown documents (*.md)</source>
        <translation>Markdown 文档 (*.md)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="101"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="102"/>
        <source>ecanvas interchange JSON (*.json)</source>
        <translation>ecanvas 交换格式 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="103"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="104"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="111"/>
        <source>Export as &amp;Image…</source>
        <translation>导出为图片(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="112"/>
        <source>Export the canvas on screen as a PNG or SVG image</source>
        <translation>将当前画布导出为 PNG 或 SVG 图片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="130"/>
        <location filename="../../ecanvas/ui/export_files.py" line="152"/>
        <source>Open a canvas to export it as an image.</source>
        <translation>请先打开一个画布，再将其导出为图片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="136"/>
        <source>Export Canvas as Image</source>
        <translation>导出画布为图片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="154"/>
        <source>Export {format}</source>
        <translation>导出{format}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="179"/>
        <source>Exporting {file}…</source>
        <translation>正在导出 {file}…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="215"/>
        <source>The file could not be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="218"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="232"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="233"/>
        <source>Saved as {file}.</source>
        <translation>已保存为 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="235"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/export_files.py" line="236"/>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="157"/>
        <location filename="../../ecanvas/ui/find_bar.py" line="227"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="211"/>
        <source>No matches</source>
        <translation>无匹配结果</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="213"/>
        <source>Matches: {count}</source>
        <translation>匹配：{count}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="215"/>
        <source>{current} of {total}</source>
        <translation>第 {current} 个，共 {total} 个</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="222"/>
        <source>Find cards by text or #tag</source>
        <translation>按文字或 #标签 查找卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="223"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="224"/>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/find_bar.py" line="225"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../ecanvas/ui/panels/guidance.py" line="102"/>
        <source>Select a block to see its guiding questions.</source>
        <translation>选择一个模块，即可查看其引导问题。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/guidance.py" line="106"/>
        <source>Add a canvas to get started.</source>
        <translation>添加一张画布，开始规划吧。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/guidance.py" line="117"/>
        <source>Guidance</source>
        <translation>引导</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="204"/>
        <source>{count} cards selected. Select one card to edit its fields.</source>
        <translation>已选中 {count} 张卡片。选择一张卡片即可编辑其内容。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="209"/>
        <source>Select a card on the canvas to see and edit it here.</source>
        <translation>在画布上选择一张卡片，即可在此查看和编辑。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="260"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="261"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="261"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="261"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="261"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="262"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="262"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="262"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="262"/>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="265"/>
        <source>comma, separated, tags</source>
        <translation>用逗号分隔多个标签</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="266"/>
        <source>Who does it?</source>
        <translation>由谁负责？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="267"/>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="268"/>
        <source>Add a vote</source>
        <translation>加一票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="269"/>
        <source>Remove a vote</source>
        <translation>减一票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="274"/>
        <source>No status</source>
        <translation>无状态</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="274"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="274"/>
        <source>Doing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="275"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/panels/inspector.py" line="275"/>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="272"/>
        <source>Exported {file}.</source>
        <translation>已导出 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="266"/>
        <source>{title} — {file} [read-only]</source>
        <translation>{title} — {file} [只读]</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="264"/>
        <source>{title} — {file} [server unreachable]</source>
        <translation>{title} — {file} [服务器无法连接]</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="268"/>
        <source>{title} — {file}</source>
        <translation>{title} — {file}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="455"/>
        <source>&amp;Undo {action}</source>
        <translation>撤销(&amp;U)“{action}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="455"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="456"/>
        <source>&amp;Redo {action}</source>
        <translation>重做(&amp;R)“{action}”</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/main_window.py" line="456"/>
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
        <location filename="../../ecanvas/ui/workshop/participant_bar.py" line="145"/>
        <source>+ Participant</source>
        <translation>+ 参与者</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/participant_bar.py" line="146"/>
        <source>Add, rename or remove participants (P)</source>
        <translation>添加、重命名或移除参与者 (P)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/participant_bar.py" line="148"/>
        <source>1–9 who captures · Enter new card · ←/→ blocks · O overview · T timer · Esc leave</source>
        <translation>1–9 切换记录人 · Enter 新卡片 · ←/→ 切换区块 · O 总览 · T 计时 · Esc 退出</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="48"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="54"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="56"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="62"/>
        <source>Keys 1–9 choose who is capturing cards and voting, in this order.</source>
        <translation>按数字键 1–9（按此顺序）选择由谁记录卡片和投票。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="89"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="95"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="108"/>
        <source>Other colour…</source>
        <translation>其他颜色…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="114"/>
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
    <name>ReportDialog</name>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="208"/>
        <source>Brand colour</source>
        <translation>品牌色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="214"/>
        <source>Choose a logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="214"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="221"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="221"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="231"/>
        <source>The workspace logo</source>
        <translation>工作区标志</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="233"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="240"/>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="243"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="292"/>
        <source>The PDF could not be written: {reason}</source>
        <translation>无法写入 PDF：{reason}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="314"/>
        <source>Report exported</source>
        <translation>报告已导出</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="315"/>
        <source>The report was saved as {file}.</source>
        <translation>报告已保存为 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="321"/>
        <source>Some characters could not be drawn by any font ecanvas ships: {detail}</source>
        <translation>有些字符在 ecanvas 自带的字体中都找不到字形：{detail}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="324"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="325"/>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="354"/>
        <source>Export PDF Report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="355"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="355"/>
        <source>Report language:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="355"/>
        <source>Canvases:</source>
        <translation>画布：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="356"/>
        <source>Brand colour:</source>
        <translation>品牌色：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="356"/>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="356"/>
        <source>Sections:</source>
        <translation>章节：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="357"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="364"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="365"/>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="366"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="367"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="368"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="373"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="374"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="375"/>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="376"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="377"/>
        <source>Canvas drawings</source>
        <translation>画布图</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="378"/>
        <source>Cards, block by block</source>
        <translation>卡片（按模块）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="379"/>
        <source>Scores (radar chart)</source>
        <translation>评分（雷达图）</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="380"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="381"/>
        <source>Voting results</source>
        <translation>投票结果</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="382"/>
        <source>Strategy checks</source>
        <translation>战略检查</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/report_dialog.py" line="383"/>
        <source>Appendix: framework guidance</source>
        <translation>附录：框架指引</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="153"/>
        <source>Start a Voting Round</source>
        <translation>开始一轮投票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="156"/>
        <source>This block: {name}</source>
        <translation>本区块：{name}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="157"/>
        <source>This canvas: {name}</source>
        <translation>本画布：{name}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="158"/>
        <source>Every canvas of the workspace</source>
        <translation>工作区的所有画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="177"/>
        <source>Vote on:</source>
        <translation>投票范围：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="178"/>
        <source>Dots per participant:</source>
        <translation>每人票数：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="179"/>
        <source>Highlight the top:</source>
        <translation>突出显示前几名：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="183"/>
        <source>Start Voting</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/dialogs.py" line="186"/>
        <source>Closing the round sorts each block by its votes.</source>
        <translation>结束本轮投票后，每个区块的卡片会按票数排序。</translation>
    </message>
</context>
<context>
    <name>SharedWorkspace</name>
    <message>
        <location filename="../../ecanvas/ui/shared_open.py" line="67"/>
        <source>No Such Workspace</source>
        <translation>工作区不存在</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/shared_open.py" line="68"/>
        <source>There is no workspace “{name}” in {database} on {host} yet. Create it?</source>
        <translation>{host} 上的数据库 {database} 中还没有工作区“{name}”。要创建它吗？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/shared_open.py" line="78"/>
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
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="106"/>
        <source>Voting round {n}: {dots} dots each. Click a card to place a dot; Shift+click takes one back.</source>
        <translation>第 {n} 轮投票：每人 {dots} 票。点击卡片投一票；按住 Shift 点击可收回一票。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="114"/>
        <source>{left} of {dots} left</source>
        <translation>剩余 {left}/{dots} 票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="119"/>
        <source>Add participants to vote (P).</source>
        <translation>请先添加参与者再投票 (P)。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="125"/>
        <source>Results of voting round {n}</source>
        <translation>第 {n} 轮投票结果</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/side_panel.py" line="128"/>
        <source>No card got a vote.</source>
        <translation>没有卡片得到投票。</translation>
    </message>
</context>
<context>
    <name>TemplateGalleryDialog</name>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="201"/>
        <source>No blocks: you add your own.</source>
        <translation>没有预设模块：由你自行添加。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="202"/>
        <source>Blocks:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="214"/>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="216"/>
        <source>Add Canvas</source>
        <translation>添加画布</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/template_gallery.py" line="215"/>
        <source>Canvas title:</source>
        <translation>画布标题：</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/timer_widget.py" line="74"/>
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
    <name>WindowMenus</name>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="63"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="64"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="65"/>
        <source>Export &amp;As</source>
        <translation>导出为(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="66"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="67"/>
        <source>&amp;Canvas</source>
        <translation>画布(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="68"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="69"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="70"/>
        <source>Tool bar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/menus.py" line="89"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../ecanvas/ui/workshop/entry.py" line="24"/>
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
        <source>Previous C&amp;anvas</source>
        <translation>上一个画布(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="85"/>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="86"/>
        <source>&amp;Capture a Card</source>
        <translation>记录卡片(&amp;C)</translation>
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
        <source>&amp;Take Back a Vote</source>
        <translation>收回一票(&amp;T)</translation>
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
        <source>Start Voting &amp;Round…</source>
        <translation>开始一轮投票(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="94"/>
        <source>C&amp;lose Voting Round</source>
        <translation>结束本轮投票(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="95"/>
        <source>Start or Pause the &amp;Timer</source>
        <translation>开始或暂停计时(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="96"/>
        <source>&amp;Reset the Timer</source>
        <translation>重置计时(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/actions.py" line="97"/>
        <source>&amp;Add a Minute</source>
        <translation>加一分钟(&amp;A)</translation>
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
        <source>Re&amp;veal Cards</source>
        <translation>翻开卡片(&amp;V)</translation>
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
        <location filename="../../ecanvas/ui/workshop/commands.py" line="55"/>
        <source>Remove participant</source>
        <translation>移除参与者</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="70"/>
        <source>Start voting round</source>
        <translation>开始一轮投票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="99"/>
        <source>Close voting round</source>
        <translation>结束本轮投票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="115"/>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="135"/>
        <source>Take back a vote</source>
        <translation>收回一票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="149"/>
        <source>Start silent brainstorm</source>
        <translation>开始静默头脑风暴</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/commands.py" line="163"/>
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
        <location filename="../../ecanvas/ui/workshop/controls.py" line="72"/>
        <source>Overview: click a block, or pick one with the arrows and press Enter</source>
        <translation>总览：点击一个区块，或用方向键选择后按 Enter</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/controls.py" line="91"/>
        <source>● Voting round {n}</source>
        <translation>● 第 {n} 轮投票</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/controls.py" line="94"/>
        <source>● Silent brainstorm</source>
        <translation>● 静默头脑风暴</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="231"/>
        <source>There is no participant {n}: add participants with P.</source>
        <translation>没有第 {n} 位参与者：按 P 添加参与者。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="280"/>
        <source>Select a card first (Tab), then press V to vote.</source>
        <translation>请先选择一张卡片 (Tab)，再按 V 投票。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="283"/>
        <source>No voting round is open: start one with R.</source>
        <translation>当前没有进行中的投票：按 R 开始一轮。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="311"/>
        <source>A voting round is open: close it first (Shift+R).</source>
        <translation>已有一轮投票在进行：请先结束它 (Shift+R)。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="330"/>
        <source>No voting round is open.</source>
        <translation>当前没有进行中的投票。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="347"/>
        <source>Set the Timer</source>
        <translation>设置计时</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="348"/>
        <source>Minutes, or minutes:seconds (for example 5 or 1:30):</source>
        <translation>分钟数，或“分:秒”（例如 5 或 1:30）：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="355"/>
        <source>“{text}” is not a duration: write 5 or 1:30.</source>
        <translation>“{text}”不是有效的时长：请写成 5 或 1:30。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="365"/>
        <source>Time is up.</source>
        <translation>时间到！</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="419"/>
        <source>Workshop menu</source>
        <translation>工作坊菜单</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workshop/window.py" line="421"/>
        <source>{title} — Workshop</source>
        <translation>{title} — 工作坊</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="43"/>
        <source>ecanvas workspaces (*.ecanvas);;All files (*)</source>
        <translation>ecanvas 工作区 (*.ecanvas);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="52"/>
        <location filename="../../ecanvas/ui/workspace_files.py" line="59"/>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="59"/>
        <source>Title of the new workspace:</source>
        <translation>新工作区的标题：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="67"/>
        <source>Cannot create the workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="70"/>
        <source>Created {file}. Add a canvas to begin.</source>
        <translation>已创建 {file}。添加一张画布即可开始。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="76"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="109"/>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="110"/>
        <source>{file} no longer exists; it was removed from the recent files.</source>
        <translation>{file} 已不存在，已从最近打开的文件中移除。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="95"/>
        <location filename="../../ecanvas/ui/workspace_files.py" line="122"/>
        <source>This workspace is already open.</source>
        <translation>此工作区已经打开。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="127"/>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="139"/>
        <source>Workspace in use</source>
        <translation>工作区正在使用中</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="140"/>
        <source>{message}

Open it read-only instead?</source>
        <translation>{message}

改为以只读方式打开吗？</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="155"/>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="167"/>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="169"/>
        <source>Saved a copy to {file}.</source>
        <translation>已将副本保存到 {file}。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/workspace_files.py" line="190"/>
        <source>Exported {file}.</source>
        <translation>已导出 {file}。</translation>
    </message>
</context>
<context>
    <name>WorkspacePropertiesDialog</name>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="149"/>
        <source>Brand colour</source>
        <translation>品牌色</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="160"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="163"/>
        <source>{file} is larger than 5 MB.</source>
        <translation>{file} 超过 5 MB。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="167"/>
        <source>{file} is not a PNG or JPEG image.</source>
        <translation>{file} 不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="184"/>
        <source>Choose a logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="184"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="193"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="203"/>
        <source>Workspace Properties</source>
        <translation>工作区属性</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="205"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="206"/>
        <source>Client:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="207"/>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="208"/>
        <source>Workspace language:</source>
        <translation>工作区语言：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="209"/>
        <source>Brand colour:</source>
        <translation>品牌色：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="210"/>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="214"/>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="215"/>
        <source>&amp;Summary and Recommendations</source>
        <translation>摘要与建议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="216"/>
        <source>E&amp;xecutive summary (opens the report):</source>
        <translation>执行摘要（位于报告开头）(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="217"/>
        <source>&amp;Recommendations:</source>
        <translation>建议(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="220"/>
        <source>What the strategy is, in a few paragraphs, for a reader who reads nothing else.</source>
        <translation>用几段话概括这份战略，让只读这一页的人也能明白。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="224"/>
        <source>1. The first thing to do
2. The next one</source>
        <translation>1. 首先要做的事
2. 接下来要做的事</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="227"/>
        <source>A blank line starts a new paragraph. Lines starting with “- ” are bullets, “1. ” numbered items, “### ” a heading; **bold** and *italic* inside a line.</source>
        <translation>空一行开始新段落。以“- ”开头的行是项目符号，“1. ”是编号项，“### ”是小标题；行内可用 **粗体** 和 *斜体*。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="230"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/dialogs/workspace_properties.py" line="231"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="54"/>
        <source>Zoom {percent}%</source>
        <translation>缩放 {percent}%</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="66"/>
        <source>No findings</source>
        <translation>检查通过</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="68"/>
        <source>1 finding</source>
        <translation>1 项发现</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="70"/>
        <source>{count} findings</source>
        <translation>{count} 项发现</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="73"/>
        <source>errors: {count}</source>
        <translation>错误：{count}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="74"/>
        <source>warnings: {count}</source>
        <translation>警告：{count}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="75"/>
        <source>info: {count}</source>
        <translation>提示：{count}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="78"/>
        <source>Strategy checks — {counts}. Click to show them.</source>
        <translation>战略检查——{counts}。点击查看。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="79"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="96"/>
        <source>Server unreachable · read-only</source>
        <translation>服务器无法连接 · 只读</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="97"/>
        <source>The server cannot be reached; ecanvas reconnects by itself.</source>
        <translation>无法连接到服务器；ecanvas 会自动重新连接。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="102"/>
        <source>Shared · read-only</source>
        <translation>共享 · 只读</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="103"/>
        <source>Your role on the server may look but not change.</source>
        <translation>你在服务器上的角色只能查看，不能修改。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="106"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="111"/>
        <source>Shared · saved on the server</source>
        <translation>共享 · 已保存到服务器</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="112"/>
        <source>Every change is saved on the server at once; others see it live.</source>
        <translation>每次修改都会立即保存到服务器；其他人会实时看到。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="115"/>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="107"/>
        <source>This workspace is open read-only; nothing can be changed.</source>
        <translation>此工作区以只读方式打开，无法进行任何更改。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="116"/>
        <source>Every change is written to the workspace file at once.</source>
        <translation>每次更改都会立即写入工作区文件。</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="128"/>
        <source>Cards: {total}</source>
        <translation>卡片：{total}</translation>
    </message>
    <message>
        <location filename="../../ecanvas/ui/status_bar.py" line="131"/>
        <source>Cards: {here} on this canvas · {total} in the workspace</source>
        <translation>卡片：本画布 {here} 张 · 工作区共 {total} 张</translation>
    </message>
</context>
</TS>
