<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FactDesk</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>Fa&amp;ct</source>
        <translation>事实(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Import article files</source>
        <translation>导入文章文件</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Import every article in a folder</source>
        <translation>导入文件夹中的全部文章</translation>
    </message>
    <message>
        <source>Re-run Extraction</source>
        <translation>重新抽取</translation>
    </message>
    <message>
        <source>Extract facts again for the selected documents; your own work stays</source>
        <translation>为所选文档重新抽取事实；您已做的修改保持不变</translation>
    </message>
    <message>
        <source>Re-run Extraction on Unreviewed Documents</source>
        <translation>对未审核文档重新提取</translation>
    </message>
    <message>
        <source>Extract again every document not approved or rejected, with what was learned; confirmed and edited facts stay</source>
        <translation>用已学到的知识重新提取所有未批准或未拒绝的文档；已确认和已编辑的事实保持不变</translation>
    </message>
    <message>
        <source>Export Approved…</source>
        <translation>导出已批准…</translation>
    </message>
    <message>
        <source>Write the approved records to an Excel workbook</source>
        <translation>将已批准的记录写入 Excel 工作簿</translation>
    </message>
    <message>
        <source>Apply Corrections from Workbook…</source>
        <translation>从工作簿应用更正…</translation>
    </message>
    <message>
        <source>Bring back the corrections made in an exported workbook</source>
        <translation>将在导出的工作簿中所做的更正导回数据库</translation>
    </message>
    <message>
        <source>Connect to Team Database…</source>
        <translation>连接团队数据库…</translation>
    </message>
    <message>
        <source>Work on a shared PostgreSQL database with your team</source>
        <translation>与团队在共享的数据库服务器上工作</translation>
    </message>
    <message>
        <source>Use Local Database</source>
        <translation>使用本地数据库</translation>
    </message>
    <message>
        <source>Leave the team database and work on this computer&apos;s own database (the next start opens it too)</source>
        <translation>离开团队数据库，使用本机数据库（下次启动也打开本机数据库）</translation>
    </message>
    <message>
        <source>Cancel Background Work</source>
        <translation>取消后台任务</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Find in Article…</source>
        <translation>在文章中查找…</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every document: no search, any status, language, region or date</source>
        <translation>显示所有文档：不搜索，不限状态、语言、地区或日期</translation>
    </message>
    <message>
        <source>Search Documents</source>
        <translation>搜索文档</translation>
    </message>
    <message>
        <source>Approve and Next</source>
        <translation>批准并下一篇</translation>
    </message>
    <message>
        <source>Approve this document (every remaining fact must be valid) and go on; with several documents selected in the queue, approve each of them</source>
        <translation>批准本文档（其余每条事实都须有效）并继续；在队列中选中多篇文档时，逐篇批准</translation>
    </message>
    <message>
        <source>Flag with Note…</source>
        <translation>标记并备注…</translation>
    </message>
    <message>
        <source>Flag this document (or every selected document) with a note</source>
        <translation>为本文档（或每篇选中的文档）加标记和备注</translation>
    </message>
    <message>
        <source>Reject Document</source>
        <translation>驳回文档</translation>
    </message>
    <message>
        <source>Reject this document (or every selected document)</source>
        <translation>驳回本文档（或每篇选中的文档）</translation>
    </message>
    <message>
        <source>Reopen for Review</source>
        <translation>重新打开审核</translation>
    </message>
    <message>
        <source>Make an approved, rejected or flagged document editable again</source>
        <translation>让已批准、已驳回或已标记的文档重新可编辑</translation>
    </message>
    <message>
        <source>Next Document</source>
        <translation>下一篇文档</translation>
    </message>
    <message>
        <source>Previous Document</source>
        <translation>上一篇文档</translation>
    </message>
    <message>
        <source>Sort Queue by Current Column</source>
        <translation>按当前列排序队列</translation>
    </message>
    <message>
        <source>Sort the queue by the column of its current cell (Left and Right move it); again to reverse</source>
        <translation>按队列当前单元格所在列排序（左右方向键移动列）；再按一次反向排序</translation>
    </message>
    <message>
        <source>Next Unreviewed Document</source>
        <translation>下一篇未审核文档</translation>
    </message>
    <message>
        <source>On a team database: the next document nobody else has open, claimed for you</source>
        <translation>在团队数据库上：领取下一篇无人打开的文档</translation>
    </message>
    <message>
        <source>Mark Ready for Review</source>
        <translation>标记为待复核</translation>
    </message>
    <message>
        <source>Your work on this document is done: a reviewer approves it (two-step review)</source>
        <translation>本文档已处理完毕：由复核人批准（两步审核）</translation>
    </message>
    <message>
        <source>Assign Documents…</source>
        <translation>分配文档…</translation>
    </message>
    <message>
        <source>Assign the selected documents, or all the queue shows, to an analyst (reviewers and admins)</source>
        <translation>将所选文档或队列中显示的全部文档分配给一位分析员（复核人和管理员）</translation>
    </message>
    <message>
        <source>Only a reviewer or an admin assigns documents, on a team database (PostgreSQL)</source>
        <translation>只有复核人或管理员可以分配文档（需连接团队数据库）</translation>
    </message>
    <message>
        <source>Next Fact</source>
        <translation>下一条事实</translation>
    </message>
    <message>
        <source>Previous Fact</source>
        <translation>上一条事实</translation>
    </message>
    <message>
        <source>Next Uncertain Fact</source>
        <translation>下一条待定事实</translation>
    </message>
    <message>
        <source>Go to the lowest-confidence fact not yet reviewed, in any document</source>
        <translation>转到所有文档中置信度最低的未审核事实</translation>
    </message>
    <message>
        <source>Sort Facts</source>
        <translation>事实排序</translation>
    </message>
    <message>
        <source>Order the fact list by kind, by confidence (lowest first) or by position in the article</source>
        <translation>按类型、置信度（由低到高）或在文章中的位置排列事实列表</translation>
    </message>
    <message>
        <source>Confirm Fact</source>
        <translation>确认事实</translation>
    </message>
    <message>
        <source>Confirm Facts at or above Threshold</source>
        <translation>确认达到阈值的事实</translation>
    </message>
    <message>
        <source>Confirm every suggested fact at or above the confirm threshold, as one undoable step</source>
        <translation>确认所有置信度达到确认阈值的建议事实（一步即可撤销）</translation>
    </message>
    <message>
        <source>Set Confirm Threshold…</source>
        <translation>设置确认阈值…</translation>
    </message>
    <message>
        <source>Reject Facts of a Kind…</source>
        <translation>驳回某类事实…</translation>
    </message>
    <message>
        <source>Reject every fact of one kind in this document, as one undoable step</source>
        <translation>驳回本文档中某一类的全部事实，一步即可撤销</translation>
    </message>
    <message>
        <source>Override Checks…</source>
        <translation>覆盖检查…</translation>
    </message>
    <message>
        <source>Keep this fact despite its consistency problems, for a written reason</source>
        <translation>写明理由后保留此事实，不顾其一致性问题</translation>
    </message>
    <message>
        <source>Reject or Restore Fact</source>
        <translation>驳回或恢复事实</translation>
    </message>
    <message>
        <source>New Fact from Selection</source>
        <translation>从选中文本新建事实</translation>
    </message>
    <message>
        <source>Fill Field from Selection</source>
        <translation>用选中文本填写字段</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Write a comment on the current fact; press again for the document&apos;s comment (the queue&apos;s search finds comments; the workbook exports them)</source>
        <translation>为当前事实写评论；再按一次写文档的评论（队列搜索能找到评论，工作簿会导出评论）</translation>
    </message>
    <message>
        <source>Extend Evidence by a Word</source>
        <translation>证据向后扩展一个词</translation>
    </message>
    <message>
        <source>Shrink Evidence by a Word</source>
        <translation>证据向前收缩一个词</translation>
    </message>
    <message>
        <source>Extend Evidence by a Character</source>
        <translation>证据向后扩展一个字符</translation>
    </message>
    <message>
        <source>Shrink Evidence by a Character</source>
        <translation>证据向前收缩一个字符</translation>
    </message>
    <message>
        <source>Start Evidence a Word Earlier</source>
        <translation>证据起点前移一个词</translation>
    </message>
    <message>
        <source>Start Evidence a Word Later</source>
        <translation>证据起点后移一个词</translation>
    </message>
    <message>
        <source>Set Evidence from Selection</source>
        <translation>用选中文字设为证据</translation>
    </message>
    <message>
        <source>Add Evidence Span from Selection</source>
        <translation>把选中文字加为另一段证据</translation>
    </message>
    <message>
        <source>Go to Queue</source>
        <translation>转到队列</translation>
    </message>
    <message>
        <source>Go to Article</source>
        <translation>转到文章</translation>
    </message>
    <message>
        <source>Go to Facts</source>
        <translation>转到事实</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>下一窗格</translation>
    </message>
    <message>
        <source>Move to the next pane: queue, article, facts (Tab stays within a pane)</source>
        <translation>移到下一窗格：队列、文章、事实（Tab 只在窗格内移动）</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>上一窗格</translation>
    </message>
    <message>
        <source>Show Raw Text</source>
        <translation>显示原始文本</translation>
    </message>
    <message>
        <source>Knowledge…</source>
        <translation>知识库…</translation>
    </message>
    <message>
        <source>What extraction learned from your corrections: organisations, labels, regions</source>
        <translation>提取从您的更正中学到的内容：机构、指标名称、地区</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About FactDesk</source>
        <translation>关于 FactDesk</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>%1 of %2 articles imported</source>
        <translation>已导入 %1 / %2 篇文章</translation>
    </message>
    <message>
        <source>Reading the demo articles…</source>
        <translation>正在读取示例文章…</translation>
    </message>
    <message>
        <source>Importing the demo articles…</source>
        <translation>正在导入示例文章…</translation>
    </message>
    <message>
        <source>FactDesk</source>
        <translation>FactDesk</translation>
    </message>
    <message>
        <source>The team database was not opened: %1 — this is your local database</source>
        <translation>未能打开团队数据库：%1 — 当前为本地数据库</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>第 %1 处匹配，共 %2 处</translation>
    </message>
    <message>
        <source>Raw text as read from the file. Highlights refer to the cleaned text and are hidden here (Ctrl+R to go back).</source>
        <translation>这是从文件读取的原始文本。高亮对应清理后的文本，因此此处不显示（按 Ctrl+R 返回）。</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>没有文档</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>No title stated: these are the article&apos;s first words</source>
        <translation>原文未给出标题：这是文章开头的文字</translation>
    </message>
    <message>
        <source>No document matches the filter</source>
        <translation>没有符合筛选条件的文档</translation>
    </message>
    <message>
        <source>Clear the filter (Ctrl+Shift+L) to see every document.</source>
        <translation>清除筛选（Ctrl+Shift+L）以查看所有文档。</translation>
    </message>
    <message>
        <source>Import articles with File ▸ Import Folder… or drop files here.</source>
        <translation>请通过“文件 ▸ 导入文件夹…”导入文章，或将文件拖放到这里。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Ctrl+Enter to save, Escape to cancel</source>
        <translation>Ctrl+Enter 保存，Esc 取消</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation>不是数字：%1</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices</source>
        <translation>“%1”不在可选项中</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Pick a date (F4)</source>
        <translation>选择日期（F4）</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>不是有效日期（年-月-日）：%1</translation>
    </message>
    <message>
        <source>Kind of fact</source>
        <translation>事实类型</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm this fact (Ctrl+Shift+C)</source>
        <translation>确认这条事实（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Reject or restore this fact (Ctrl+Shift+X)</source>
        <translation>驳回或恢复这条事实（Ctrl+Shift+X）</translation>
    </message>
    <message>
        <source>No fact selected</source>
        <translation>未选择事实</translation>
    </message>
    <message>
        <source>(no evidence)</source>
        <translation>（无证据）</translation>
    </message>
    <message>
        <source>Approved — reopen to edit (Document ▸ Reopen for Review, Ctrl+Shift+O)</source>
        <translation>已批准 — 重新打开审核后才能编辑（文档 ▸ 重新打开审核，Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Rejected — reopen to edit (Document ▸ Reopen for Review, Ctrl+Shift+O)</source>
        <translation>已驳回 — 重新打开审核后才能编辑（文档 ▸ 重新打开审核，Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>置信度 %1</translation>
    </message>
    <message>
        <source>LOW %1</source>
        <translation>偏低 %1</translation>
    </message>
    <message>
        <source>Low confidence: check this fact carefully</source>
        <translation>置信度偏低：请仔细核对这条事实</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Database → workbook, or why not</source>
        <translation>数据库 → 工作簿，或未应用的原因</translation>
    </message>
    <message>
        <source>change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Apply Corrections from %1</source>
        <translation>从 %1 应用更正</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Apply writes the changes below; rows in conflict or refused are left as they are in the database.</source>
        <translation>尚未更改任何内容。“应用”将写入下列更改；冲突或被拒绝的行在数据库中保持不变。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply corrections from workbook</source>
        <translation>从工作簿应用更正</translation>
    </message>
    <message>
        <source>Apply corrections from a workbook</source>
        <translation>从工作簿应用更正</translation>
    </message>
    <message>
        <source>Reading workbook</source>
        <translation>正在读取工作簿</translation>
    </message>
    <message>
        <source>Applying workbook</source>
        <translation>正在应用工作簿</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation>未选择文档。</translation>
    </message>
    <message>
        <source>No facts yet. Select text in the article and press Ctrl+N to add one.</source>
        <translation>尚无事实。在文章中选中文本后按 Ctrl+N 添加。</translation>
    </message>
    <message>
        <source>%n fact(s)</source>
        <translation>%n 条事实</translation>
    </message>
    <message>
        <source>%n rejected</source>
        <translation>%n 条已驳回</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>position in the article</source>
        <translation>在文章中的位置</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%n problem(s)</source>
        <translation>%n 个问题</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>比较符</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已竣工</translation>
    </message>
    <message>
        <source>operating</source>
        <translation>已投产</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>level</source>
        <translation>总量</translation>
    </message>
    <message>
        <source>year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>average growth</source>
        <translation>年均增长</translation>
    </message>
    <message>
        <source>CNY (yuan)</source>
        <translation>人民币（元）</translation>
    </message>
    <message>
        <source>USD (dollars)</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>HKD</source>
        <translation>港元</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>欧元</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>HK dollars</source>
        <translation>港元</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>欧元</translation>
    </message>
    <message>
        <source>items</source>
        <translation>个</translation>
    </message>
    <message>
        <source>English rules</source>
        <translation>英文规则</translation>
    </message>
    <message>
        <source>Chinese rules</source>
        <translation>中文规则</translation>
    </message>
    <message>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>the article&apos;s company</source>
        <translation>文章所述公司</translation>
    </message>
    <message>
        <source>a company the article names</source>
        <translation>文章提及的公司</translation>
    </message>
    <message>
        <source>the analyst</source>
        <translation>分析员</translation>
    </message>
    <message>
        <source>English rules, kind by the kind model</source>
        <translation>英文规则,类型由类型模型判定</translation>
    </message>
    <message>
        <source>Chinese rules, kind by the kind model</source>
        <translation>中文规则,类型由类型模型判定</translation>
    </message>
    <message>
        <source>Not saved to the database: %n edit(s) kept on this computer</source>
        <translation>未保存到数据库：%n 处修改保留在本机</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>%n edit(s) from the last session could not be saved to the database. Apply them now (each is checked against later changes)?</source>
        <translation>上次会话中有 %n 处修改未能保存到数据库。现在应用吗？（每处修改都会与之后的更改进行核对）</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>稍后再说</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>The unsaved edits were discarded.</source>
        <translation>未保存的修改已丢弃。</translation>
    </message>
    <message>
        <source>An unsaved edit could not be applied: %1</source>
        <translation>一处未保存的修改无法应用：%1</translation>
    </message>
    <message>
        <source>%n unsaved edit(s) were applied to the database</source>
        <translation>%n 处未保存的修改已应用到数据库</translation>
    </message>
    <message>
        <source>All changes are saved as you make them</source>
        <translation>所有更改均已随时自动保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>文章 (*.txt *.md *.html *.htm *.pdf *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>导入文章文件夹</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, failed %3</source>
        <translation>已导入 %1 篇，重复 %2 篇，失败 %3 篇</translation>
    </message>
    <message>
        <source>, skipped %1 outside the folder</source>
        <translation>，跳过文件夹外的 %1 个</translation>
    </message>
    <message>
        <source>(stopped: %1)</source>
        <translation>（已停止：%1）</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Learned from</source>
        <translation>学习来源</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Indicator label</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>document %1, fact %2</source>
        <translation>文档 %1，事实 %2</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Search names, labels and aliases</source>
        <translation>搜索名称、指标名称和别名</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Forget the selected entry (Delete)</source>
        <translation>删除所选条目（Delete）</translation>
    </message>
    <message>
        <source>Extraction uses these entries in documents imported or re-extracted from now on. F2 edits a value or the aliases (separated by semicolons).</source>
        <translation>此后导入或重新提取的文档将使用这些条目。按 F2 编辑值或别名（以分号分隔）。</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 个条目</translation>
    </message>
    <message>
        <source>Nothing learned yet: confirm or type a project&apos;s investor, or correct an indicator label or a region, and it is remembered here.</source>
        <translation>尚未学到任何条目：确认或填写项目的投资方，或更正指标名称或地区，即会记在这里。</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy every line of the report (Ctrl+C copies the selected lines)</source>
        <translation>复制报告的全部内容（Ctrl+C 复制所选行）</translation>
    </message>
    <message>
        <source>Extraction added %1 suggestions</source>
        <translation>抽取新增了 %1 条建议</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>正在抽取</translation>
    </message>
    <message>
        <source>Export approved records</source>
        <translation>导出已批准的记录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Exported %1 facts from %2 documents to %3</source>
        <translation>已导出 %2 篇文档的 %1 条事实到 %3</translation>
    </message>
    <message>
        <source>(%1 undated documents left out by the date filter)</source>
        <translation>（日期筛选排除了 %1 篇无日期的文档）</translation>
    </message>
    <message>
        <source>Wait for the current background work to finish, or cancel it.</source>
        <translation>请等待当前后台任务完成，或将其取消。</translation>
    </message>
    <message>
        <source>Undone: %1. The fact leaves the form; it stays in the database as rejected, and the audit log keeps its history.</source>
        <translation>已撤销：%1。该事实已从表单移除；它仍以“已驳回”状态保留在数据库中，审计日志保留其全部记录。</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Filter cleared: every document is shown</source>
        <translation>已清除筛选：显示所有文档</translation>
    </message>
    <message>
        <source>Not approved: %n problem(s) to fix first (shown on the fields)</source>
        <translation>未批准：需先修正 %n 个问题（已在字段上标出）</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Approved. That was the last document in the queue.</source>
        <translation>已批准。这是队列中的最后一篇文档。</translation>
    </message>
    <message>
        <source>Flag document</source>
        <translation>标记文档</translation>
    </message>
    <message>
        <source>Why does this document need another look?</source>
        <translation>这篇文档为什么需要再看一遍？</translation>
    </message>
    <message>
        <source>Document rejected</source>
        <translation>文档已驳回</translation>
    </message>
    <message>
        <source>Document reopened for review</source>
        <translation>文档已重新打开审核</translation>
    </message>
    <message>
        <source>The queue cannot be sorted by this column; move to another with Left or Right.</source>
        <translation>队列不能按此列排序；请用左右方向键移到其他列。</translation>
    </message>
    <message>
        <source>Queue sorted by %1</source>
        <translation>队列已按%1排序</translation>
    </message>
    <message>
        <source>Being reviewed by %1 — read-only until they are done</source>
        <translation>%1 正在审核 — 在其完成前为只读</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Two-step review: a reviewer approves; when your work on a document is done, mark it ready for review (Ctrl+Shift+Y)</source>
        <translation>两步审核：由复核人批准；完成一篇文档的工作后，请将其标记为待复核（Ctrl+Shift+Y）</translation>
    </message>
    <message>
        <source>Every document in the queue has been reviewed.</source>
        <translation>队列中的文档已全部审核。</translation>
    </message>
    <message>
        <source>Marked ready for review</source>
        <translation>已标记为待复核</translation>
    </message>
    <message>
        <source>Assign Documents</source>
        <translation>分配文档</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>无人（取消分配）</translation>
    </message>
    <message>
        <source>Assign %n document(s) to:</source>
        <translation>将 %n 篇文档分配给：</translation>
    </message>
    <message>
        <source>Assignments need a team database (PostgreSQL)</source>
        <translation>分配需要团队数据库（PostgreSQL）</translation>
    </message>
    <message>
        <source>Only a reviewer or an admin assigns documents</source>
        <translation>只有复核人或管理员可以分配文档</translation>
    </message>
    <message>
        <source>Assigned %n document(s)</source>
        <translation>已分配 %n 篇文档</translation>
    </message>
    <message>
        <source>Every fact in the documents under review has been reviewed.</source>
        <translation>待审文档中的所有事实均已审核。</translation>
    </message>
    <message>
        <source>Facts sorted by %1</source>
        <translation>事实已按%1排序</translation>
    </message>
    <message>
        <source>Confirm Facts ≥ %1 %</source>
        <translation>确认置信度 ≥ %1% 的事实</translation>
    </message>
    <message>
        <source>Confirmed %n fact(s) at or above %1 % (one undo step)</source>
        <translation>已确认 %n 条置信度不低于 %1% 的事实（可一步撤销）</translation>
    </message>
    <message>
        <source>No suggested fact is at or above %1 %.</source>
        <translation>没有置信度不低于 %1% 的建议事实。</translation>
    </message>
    <message>
        <source>Confirm threshold</source>
        <translation>确认阈值</translation>
    </message>
    <message>
        <source>Confirm suggested facts at or above this confidence (percent):</source>
        <translation>确认置信度不低于此值（百分比）的建议事实：</translation>
    </message>
    <message>
        <source>Confirm threshold set to %1 %</source>
        <translation>确认阈值已设为 %1%</translation>
    </message>
    <message>
        <source>This fact has no consistency problem to override.</source>
        <translation>此事实没有需要覆盖的一致性问题。</translation>
    </message>
    <message>
        <source>Override checks</source>
        <translation>覆盖检查</translation>
    </message>
    <message>
        <source>Keep this fact despite:
%1

Reason (audited and exported; empty withdraws the override):</source>
        <translation>保留此事实，尽管：
%1

理由（记入审计并导出；留空则撤销覆盖）：</translation>
    </message>
    <message>
        <source>(no problem now)</source>
        <translation>（目前没有问题）</translation>
    </message>
    <message>
        <source>Checks overridden: the reason is kept with the fact and exported</source>
        <translation>已覆盖检查：理由随事实保存并导出</translation>
    </message>
    <message>
        <source>Override withdrawn: the problems block approval again</source>
        <translation>已撤销覆盖：这些问题再次阻止批准</translation>
    </message>
    <message>
        <source>Approved %n document(s)</source>
        <translation>已批准 %n 篇文档</translation>
    </message>
    <message>
        <source>Rejected %n document(s)</source>
        <translation>已驳回 %n 篇文档</translation>
    </message>
    <message>
        <source>Flagged %n document(s)</source>
        <translation>已标记 %n 篇文档</translation>
    </message>
    <message>
        <source>No fact left to reject in this document.</source>
        <translation>本文档已没有可驳回的事实。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reject Facts of a Kind</source>
        <translation>驳回某类事实</translation>
    </message>
    <message>
        <source>Reject every fact of this kind in the document:</source>
        <translation>驳回本文档中这一类的全部事实：</translation>
    </message>
    <message>
        <source>Rejected %n fact(s) (one undo step)</source>
        <translation>已驳回 %n 条事实（一步即可撤销）</translation>
    </message>
    <message>
        <source>Flag %n document(s)</source>
        <translation>标记 %n 篇文档</translation>
    </message>
    <message>
        <source>Why do these documents need another look?</source>
        <translation>这些文档为什么需要再看一遍？</translation>
    </message>
    <message>
        <source>; %n left as they were</source>
        <translation>；%n 篇保持原样</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2：%3</translation>
    </message>
    <message>
        <source>Some documents were left as they were</source>
        <translation>部分文档保持原样</translation>
    </message>
    <message>
        <source>%n document(s) could not be decided and were left as they were:</source>
        <translation>%n 篇文档无法处理，已保持原样：</translation>
    </message>
    <message>
        <source>This fact has no evidence to move; select it in the article and press Ctrl+Shift+G.</source>
        <translation>这条事实没有可移动的证据；请在文章中选中证据后按 Ctrl+Shift+G。</translation>
    </message>
    <message>
        <source>Select the evidence in the article first (it must not be the raw text).</source>
        <translation>请先在文章中选中证据文本（不能在原始文本视图中选择）。</translation>
    </message>
    <message>
        <source>Evidence added from the selection</source>
        <translation>已把选中文字加为证据</translation>
    </message>
    <message>
        <source>Evidence set from the selection</source>
        <translation>已用选中文字设为证据</translation>
    </message>
    <message>
        <source>Fact added from the selection</source>
        <translation>已根据选中文本添加事实</translation>
    </message>
    <message>
        <source>The extractor failed on this selection: %1</source>
        <translation>抽取器处理所选文本时出错：%1</translation>
    </message>
    <message>
        <source>Select text in the article and put the cursor in a field first.</source>
        <translation>请先在文章中选中文本，并将光标放在某个字段中。</translation>
    </message>
    <message>
        <source>FactDesk %1
Review facts extracted from news articles and export them to Excel.</source>
        <translation>FactDesk %1
审核从新闻文章中抽取的事实，并导出到 Excel。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>待查</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lowest confidence of the document&apos;s facts</source>
        <translation>本文档事实的最低置信度</translation>
    </message>
    <message>
        <source>Facts still to check: suggested, below the confirm threshold</source>
        <translation>仍需检查的事实：建议状态且低于确认阈值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>按%1排序</translation>
    </message>
    <message>
        <source>Being reviewed by %1</source>
        <translation>%1 正在审核</translation>
    </message>
    <message>
        <source>No title stated. The article begins: %1</source>
        <translation>原文未给出标题。文章开头：%1</translation>
    </message>
    <message>
        <source>Low confidence: check these facts first</source>
        <translation>置信度偏低：请优先核对这些事实</translation>
    </message>
    <message>
        <source>%n unreviewed fact(s) below the confirm threshold</source>
        <translation>%n 条低于确认阈值的未审核事实</translation>
    </message>
    <message>
        <source>[being reviewed by %1] %2</source>
        <translation>[%1 正在审核] %2</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Search article text (Ctrl+L)</source>
        <translation>搜索文章全文（Ctrl+L）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>To review (new, in review)</source>
        <translation>待审核（新建、审核中）</translation>
    </message>
    <message>
        <source>from: any</source>
        <translation>起：不限</translation>
    </message>
    <message>
        <source>to: any</source>
        <translation>止：不限</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%n document(s) shown</source>
        <translation>显示 %n 篇文档</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Confirm %n fact(s) at or above %1</source>
        <translation>确认 %n 条不低于 %1 的事实</translation>
    </message>
    <message>
        <source>Reject %n fact(s) of one kind</source>
        <translation>驳回同一类的 %n 条事实</translation>
    </message>
    <message>
        <source>%1 (%n document(s))</source>
        <translation>%1（%n 篇文档）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Press any key to close</source>
        <translation>按任意键关闭</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Confirm fact</source>
        <translation>确认事实</translation>
    </message>
    <message>
        <source>Reject fact</source>
        <translation>驳回事实</translation>
    </message>
    <message>
        <source>Restore fact</source>
        <translation>恢复事实</translation>
    </message>
    <message>
        <source>Change fact status</source>
        <translation>更改事实状态</translation>
    </message>
    <message>
        <source>Withdraw override</source>
        <translation>撤销覆盖</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Approve document</source>
        <translation>批准文档</translation>
    </message>
    <message>
        <source>Reject document</source>
        <translation>驳回文档</translation>
    </message>
    <message>
        <source>Reopen document</source>
        <translation>重新打开文档</translation>
    </message>
    <message>
        <source>Mark ready for review</source>
        <translation>标记为待复核</translation>
    </message>
    <message>
        <source>Change document status</source>
        <translation>更改文档状态</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>this document&apos;s %1</source>
        <translation>此文档的%1</translation>
    </message>
    <message>
        <source>this fact&apos;s %1</source>
        <translation>此事实的%1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you opened it.</source>
        <translation>%1 在 %3 修改了%2（在您打开之后）。</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>Their value:</source>
        <translation>对方的值：</translation>
    </message>
    <message>
        <source>Your value:</source>
        <translation>您的值：</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Errors since this one: %1 (each one is in the log)</source>
        <translation>此后又出现 %1 个错误(均已写入日志)</translation>
    </message>
    <message>
        <source>Hide Details</source>
        <translation>隐藏详细信息</translation>
    </message>
    <message>
        <source>FactDesk could not finish what it was doing:</source>
        <translation>FactDesk 未能完成当前操作:</translation>
    </message>
    <message>
        <source>(in %1)</source>
        <translation>(位于 %1)</translation>
    </message>
    <message>
        <source>Your work is saved: every edit was committed to the database when you made it. Check the last change you made, then go on working.</source>
        <translation>您的工作已保存:每次编辑在完成时都已提交到数据库。请检查您最后一次修改,然后继续工作。</translation>
    </message>
    <message>
        <source>The details are in the log: %1</source>
        <translation>详细信息已写入日志:%1</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>FactDesk stopped unexpectedly the last time it ran (%1).</source>
        <translation>FactDesk 上次运行时意外停止(%1)。</translation>
    </message>
    <message>
        <source>Work done before then is saved: every edit was committed to the database when it was made.</source>
        <translation>此前完成的工作已保存:每次编辑在完成时都已提交到数据库。</translation>
    </message>
    <message>
        <source>The crash report is in the log: %1</source>
        <translation>崩溃报告已写入日志:%1</translation>
    </message>
    <message>
        <source>FactDesk stopped unexpectedly</source>
        <translation>FactDesk 意外停止</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Type a date (2021-07-24), a month (2021-07), a quarter (2021 Q3) or a year; Alt+Down opens a calendar</source>
        <translation>输入日期（2021-07-24）、月份（2021-07）、季度（2021 Q3）或年份；Alt+Down 打开日历</translation>
    </message>
    <message>
        <source>Not a date: %1 (type 2021-07-24, 2021-07, 2021 Q3 or 2021)</source>
        <translation>不是日期：%1（请输入 2021-07-24、2021-07、2021 Q3 或 2021）</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1必须是以下之一：%2</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>需要填写数值</translation>
    </message>
    <message>
        <source>the value is not a number</source>
        <translation>数值不是数字</translation>
    </message>
    <message>
        <source>a unit is required</source>
        <translation>需要填写单位</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>未知单位 %1</translation>
    </message>
    <message>
        <source>a project&apos;s amount is money, a count or a percentage</source>
        <translation>项目的数值须为金额、个数或百分比</translation>
    </message>
    <message>
        <source>a percentage this large is implausible</source>
        <translation>百分比过大，不合理</translation>
    </message>
    <message>
        <source>an amount of money cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>a person has no value</source>
        <translation>人物没有数值</translation>
    </message>
    <message>
        <source>unknown kind %1</source>
        <translation>未知类型 %1</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>时期的结束（%1）早于开始（%2）</translation>
    </message>
    <message>
        <source>the horizon ended (%1) before the article was published (%2)</source>
        <translation>目标期限（%1）在文章发布（%2）之前已结束</translation>
    </message>
    <message>
        <source>the investor is the place (%1): name who invests</source>
        <translation>投资方就是地点（%1）：请填写真正的投资者</translation>
    </message>
    <message>
        <source>a percentage beyond ±%1 (%2)</source>
        <translation>百分比超出 ±%1（%2）</translation>
    </message>
    <message>
        <source>written as %1 (%2), but the unit is %3</source>
        <translation>原文写作 %1（%2），但单位是 %3</translation>
    </message>
    <message>
        <source>%1 is not the magnitude written (%2)</source>
        <translation>%1 与原文数量级不符（%2）</translation>
    </message>
    <message>
        <source>the published date is needed to resolve %1: set it in the document&apos;s details</source>
        <translation>需要发布日期才能确定 %1：请在文档信息中填写</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等（另有 %2 项）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>skipped (a link leading outside the folder): %1</source>
        <translation>已跳过（指向文件夹外的链接）：%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>duplicate: %1</source>
        <translation>重复：%1</translation>
    </message>
    <message>
        <source>invalid %1 text after its byte order mark</source>
        <translation>字节顺序标记之后的 %1 文本无效</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1; not stored: %2</source>
        <translation>%1；未保存：%2</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>empty file (only whitespace)</source>
        <translation>空文件（只有空白）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>unsupported file type %1 (supported: %2)</source>
        <translation>不支持的文件类型 %1（支持：%2）</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>文件过大（上限 %1 MB）</translation>
    </message>
    <message>
        <source>no article text left after removing boilerplate</source>
        <translation>去除模板内容后没有正文</translation>
    </message>
    <message>
        <source>not enough memory to read the file</source>
        <translation>内存不足，无法读取文件</translation>
    </message>
    <message>
        <source>cannot read file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>cannot read file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>cannot read folder (%1), skipped: %2</source>
        <translation>无法读取文件夹（%1），已跳过：%2</translation>
    </message>
    <message>
        <source>binary content, not text</source>
        <translation>二进制内容，不是文本</translation>
    </message>
    <message>
        <source>binary content or unknown text encoding</source>
        <translation>二进制内容或未知的文本编码</translation>
    </message>
    <message>
        <source>Other fields (kept from another kind; exported in Notes):
%1</source>
        <translation>其他字段（保留自另一类型；导出到“备注”）：
%1</translation>
    </message>
    <message>
        <source>Checks overridden (Ctrl+Shift+K to change): %1</source>
        <translation>已覆盖检查（按 Ctrl+Shift+K 修改）：%1</translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation>涵盖：%1</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>将密码保存在系统密钥环中</translation>
    </message>
    <message>
        <source>No system keyring on this computer: the password is not stored and is asked for each time.</source>
        <translation>本机没有系统密钥环：密码不会被保存，每次连接时都需要输入。</translation>
    </message>
    <message>
        <source>Server (host)</source>
        <translation>服务器（主机）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS 模式</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
    <message>
        <source>This document was changed elsewhere; your edit is checked against that change when it is saved.</source>
        <translation>此文档已在别处被修改；保存您的修改时会与该更改进行核对。</translation>
    </message>
    <message>
        <source>The database cannot be reached; the window is read-only and your unsaved edits are kept on this computer. Trying again…</source>
        <translation>无法连接数据库；窗口为只读，未保存的修改保留在本机。正在重试…</translation>
    </message>
    <message>
        <source>Database unreachable</source>
        <translation>数据库无法连接</translation>
    </message>
    <message>
        <source>The database is reachable again.</source>
        <translation>数据库已重新连接。</translation>
    </message>
</context>
</TS>
