<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <extracomment>Shown for a value the transfer service could not tell</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 bytes transferred so far, %2 the total (&quot;12.0 MB of 48.0 MB&quot;)</extracomment>
        <translation>%1／%2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>a transfer rate, %1 is a size such as &quot;1.2 MB&quot;</extracomment>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>seconds left</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds left</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes left</extracomment>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>BITS job state: waiting its turn</extracomment>
        <translation>排隊中</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>連線中</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>傳輸中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Retrying</source>
        <extracomment>BITS job state: a temporary error, BITS retries by itself</extracomment>
        <translation>重試中</translation>
    </message>
    <message>
        <source>Transferred</source>
        <extracomment>BITS job state: all bytes are here, waiting for Complete</extracomment>
        <translation>已傳輸</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>BITS job state: completed, files are in place</extracomment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Foreground</source>
        <extracomment>BITS job priority</extracomment>
        <translation>前景</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>沒有錯誤</translation>
    </message>
    <message>
        <source>unknown context</source>
        <translation>未知的情境</translation>
    </message>
    <message>
        <source>the transfer queue manager</source>
        <translation>傳輸佇列管理員</translation>
    </message>
    <message>
        <source>notifying the application</source>
        <translation>通知應用程式時</translation>
    </message>
    <message>
        <source>the local file</source>
        <translation>本機檔案</translation>
    </message>
    <message>
        <source>the remote file</source>
        <translation>遠端檔案</translation>
    </message>
    <message>
        <source>the network transport</source>
        <translation>網路傳輸</translation>
    </message>
    <message>
        <source>the server application</source>
        <translation>伺服器應用程式</translation>
    </message>
    <message>
        <source>Error in %1.</source>
        <extracomment>%1 is where an error happened, e.g. &quot;the remote file&quot;</extracomment>
        <translation>錯誤發生於%1。</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <extracomment>status bar counts</extracomment>
        <translation>工作：%1</translation>
    </message>
    <message>
        <source>transferring: %1</source>
        <translation>傳輸中：%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>錯誤的要求</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>未經授權</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>禁止存取</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>Proxy login needed</source>
        <translation>需要登入 Proxy</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Range not satisfiable</source>
        <translation>無法滿足範圍</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>要求過多</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>伺服器錯誤</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>閘道錯誤</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>服務無法使用</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>閘道逾時</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <extracomment>%1 is an HTTP status code, %2 its meaning: &quot;HTTP 404: Not found&quot;</extracomment>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>找不到檔案</translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation>找不到資料夾</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>存取遭拒</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>記憶體不足</translation>
    </message>
    <message>
        <source>Read-only disk</source>
        <translation>唯讀磁碟</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>Path too long</source>
        <translation>路徑過長</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>檔案使用中</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>憑證不受信任</translation>
    </message>
    <message>
        <source>Redirected from https to http</source>
        <translation>從 https 重新導向至 http</translation>
    </message>
    <message>
        <source>Transfer service unreachable</source>
        <translation>無法連線至傳輸服務</translation>
    </message>
    <message>
        <source>Transfer service disabled</source>
        <translation>傳輸服務已停用</translation>
    </message>
    <message>
        <source>Unsupported protocol</source>
        <translation>不支援的通訊協定</translation>
    </message>
    <message>
        <source>Network disconnected</source>
        <translation>網路已中斷</translation>
    </message>
    <message>
        <source>Server gave no file size</source>
        <translation>伺服器未提供檔案大小</translation>
    </message>
    <message>
        <source>Server lacks HTTP/1.1</source>
        <translation>伺服器不支援 HTTP/1.1</translation>
    </message>
    <message>
        <source>Server ignores ranges</source>
        <translation>伺服器忽略範圍要求</translation>
    </message>
    <message>
        <source>No progress</source>
        <translation>沒有進度</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>無法連線</translation>
    </message>
    <message>
        <source>Unknown server name</source>
        <translation>不明的伺服器名稱</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>逾時</translation>
    </message>
    <message>
        <source>Blocked by policy</source>
        <translation>遭原則封鎖</translation>
    </message>
    <message>
        <source>Wrong credentials</source>
        <translation>認證錯誤</translation>
    </message>
    <message>
        <source>Too many jobs</source>
        <translation>工作過多</translation>
    </message>
    <message>
        <source>Checksum mismatch</source>
        <translation>總和檢查碼不符</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>Download finished: %1</source>
        <extracomment>notification title; %1 is the job&apos;s name</extracomment>
        <translation>下載完成：%1</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 個檔案</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>下載失敗：%1</translation>
    </message>
    <message>
        <source>Only the files that were fully transferred were kept; the others were not, and were removed.</source>
        <translation>只保留了已完整傳輸的檔案；其餘檔案未保留，已被移除。</translation>
    </message>
    <message>
        <source>The files are in place, but some temporary files could not be deleted; they remain beside them.</source>
        <translation>檔案已就位，但部分暫存檔無法刪除，仍留在檔案旁邊。</translation>
    </message>
    <message>
        <source>Download finished with a note: %1</source>
        <extracomment>notification title; %1 is the job&apos;s name</extracomment>
        <translation>下載完成（附註）：%1</translation>
    </message>
    <message>
        <source>Could not complete: %1</source>
        <extracomment>notification title; %1 is the job&apos;s name</extracomment>
        <translation>無法完成：%1</translation>
    </message>
</context>
<context>
    <name>ServedJobs</name>
    <message>
        <source>Download transferred: %1</source>
        <extracomment>notification title; %1 is the job&apos;s name</extracomment>
        <translation>下載已傳輸：%1</translation>
    </message>
    <message>
        <source>Open bitsmon to complete it: the files are not in place until then.</source>
        <translation>開啟 bitsmon 以完成它：在此之前檔案不會就位。</translation>
    </message>
    <message>
        <source>Files are already at:
%1
Open bitsmon to replace them and complete it.</source>
        <translation>下列位置已有檔案：
%1
開啟 bitsmon 以取代它們並完成下載。</translation>
    </message>
</context>
<context>
    <name>bitsmon::Application</name>
    <message>
        <source>The download could not be started: %1</source>
        <translation>無法開始下載：%1</translation>
    </message>
    <message>
        <source>Download started.</source>
        <translation>已開始下載。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is transferred and waits: complete it when the old file may go.</source>
        <translation>「%1」已傳輸完畢並在等待：舊檔案可以移除時再完成它。</translation>
    </message>
</context>
<context>
    <name>bitsmon::ClosedAppServer</name>
    <message>
        <source>bitsmon is not registered with BITS: when a download finishes while bitsmon is closed, nothing happens until you start it. Run bitsmon --register-server from an elevated prompt, or install bitsmon with its installer.</source>
        <translation>bitsmon 未向 BITS 註冊：bitsmon 關閉時若有下載完成，在您啟動它之前不會有任何動作。請在系統管理員命令提示字元中執行 bitsmon --register-server，或使用安裝程式安裝 bitsmon。</translation>
    </message>
    <message>
        <source>bitsmon is registered with BITS as &quot;%1&quot;, which no longer exists: run bitsmon --register-server from an elevated prompt, or reinstall bitsmon.</source>
        <translation>bitsmon 以「%1」向 BITS 註冊，但該檔案已不存在：請在系統管理員命令提示字元中執行 bitsmon --register-server，或重新安裝 bitsmon。</translation>
    </message>
    <message>
        <source>BITS starts another copy of bitsmon, &quot;%1&quot;, not this one, when a download finishes while bitsmon is closed.</source>
        <translation>bitsmon 關閉時若有下載完成，BITS 會啟動另一份 bitsmon「%1」，而不是這一份。</translation>
    </message>
    <message>
        <source>bitsmon is registered with BITS, but not to run as the signed-in user: run bitsmon --register-server from an elevated prompt.</source>
        <translation>bitsmon 已向 BITS 註冊，但不是以登入的使用者身分執行：請在系統管理員命令提示字元中執行 bitsmon --register-server。</translation>
    </message>
    <message>
        <source>BITS starts this bitsmon (&quot;%1&quot;) when one of its downloads finishes while it is closed.</source>
        <translation>此 bitsmon（「%1」）關閉時若有其下載完成，BITS 會啟動它。</translation>
    </message>
</context>
<context>
    <name>bitsmon::DetailsPane</name>
    <message>
        <source>none</source>
        <extracomment>notification flags of a job when none is set</extracomment>
        <translation>無</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>選取一項工作以檢視詳細資訊。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>擁有者</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>位元組</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>錯誤次數</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近的錯誤</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Created by bitsmon</source>
        <translation>由 bitsmon 建立</translation>
    </message>
    <message>
        <source>Remote URL</source>
        <translation>遠端 URL</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>本機名稱</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上傳</translation>
    </message>
    <message>
        <source>Upload with reply</source>
        <translation>上傳並回覆</translation>
    </message>
    <message>
        <source>created %1, modified %2, transferred %3</source>
        <extracomment>created, last modified and transfer-completed times</extracomment>
        <translation>建立於 %1，修改於 %2，傳輸完成：%3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1／%2</translation>
    </message>
    <message>
        <source>yes: bitsmon takes its notifications</source>
        <translation>是：bitsmon 接收其通知</translation>
    </message>
    <message>
        <source>no: another program&apos;s job, polled</source>
        <translation>否：其他程式的工作，以輪詢方式讀取</translation>
    </message>
    <message>
        <source>its owner&apos;s concern</source>
        <translation>由其擁有者處理</translation>
    </message>
    <message>
        <source>bitsmon picks it up when it next starts</source>
        <translation>bitsmon 下次啟動時接手</translation>
    </message>
    <message>
        <source>BITS starts bitsmon when it finishes or fails</source>
        <translation>完成或失敗時 BITS 會啟動 bitsmon</translation>
    </message>
    <message>
        <source>closed-app notification: not supported by this BITS (no IBackgroundCopyJob5); bitsmon picks it up when it next starts</source>
        <translation>關閉時通知：此 BITS 不支援（沒有 IBackgroundCopyJob5）；bitsmon 下次啟動時接手</translation>
    </message>
    <message>
        <source>While bitsmon is closed</source>
        <translation>bitsmon 關閉時</translation>
    </message>
</context>
<context>
    <name>bitsmon::JobActions</name>
    <message>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <source>Retry at &amp;foreground priority</source>
        <translation>以前景優先順序重試(&amp;F)</translation>
    </message>
    <message>
        <source>Download in one request, for servers that do not support the range requests background transfers use</source>
        <translation>以單一要求下載，適用於不支援背景傳輸所用範圍要求的伺服器</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>暫停(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>完成(&amp;O)</translation>
    </message>
    <message>
        <source>Put the downloaded files in place</source>
        <translation>將下載的檔案放到目的地</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>複製 URL(&amp;U)</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>開啟資料夾(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>優先順序(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>%1 of the selected jobs were created by other programs. Cancelling deletes what they downloaded, and those programs will not get their files. Cancel them anyway?</source>
        <translation>選取的工作中有 %1 項由其他程式建立。取消會刪除已下載的內容，那些程式將拿不到檔案。仍要取消嗎？</translation>
    </message>
    <message>
        <source>%1 of the selected jobs were created by other programs. Completing puts their files in place before those programs have checked them, and they will not be told. Complete them anyway?</source>
        <translation>選取的工作中有 %1 項由其他程式建立。完成會在那些程式檢查前就把檔案放到目的地，且不會通知它們。仍要完成嗎？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be retried at foreground priority: the server does not tell the file&apos;s size (dynamic content), and BITS needs range requests for it anyway. Download it with a browser instead.</source>
        <translation>「%1」無法以前景優先順序重試：伺服器未提供檔案大小（動態內容），BITS 仍需要範圍要求。請改用瀏覽器下載。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be retried at foreground priority: files of 2 GB or more are downloaded in ranges even then. Ask for a server that supports range requests.</source>
        <translation>「%1」無法以前景優先順序重試：2 GB 以上的檔案即使如此仍以範圍下載。請改用支援範圍要求的伺服器。</translation>
    </message>
    <message>
        <source>Clear &amp;gone jobs</source>
        <translation>清除已消失的工作(&amp;G)</translation>
    </message>
    <message>
        <source>Remove the greyed rows of jobs the transfer service no longer lists</source>
        <translation>移除傳輸服務已不再列出之工作的灰色列</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>內容(&amp;R)</translation>
    </message>
</context>
<context>
    <name>bitsmon::JobTableModel</name>
    <message>
        <source>The transfer service no longer lists this job.</source>
        <extracomment>tooltip of a greyed row</extracomment>
        <translation>傳輸服務已不再列出這項工作。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>files transferred of files in the job</extracomment>
        <translation>%1／%2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>column header: the job&apos;s display name</extracomment>
        <translation>名稱</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Bytes</source>
        <extracomment>column header: bytes transferred of total</extracomment>
        <translation>位元組</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Rate</source>
        <extracomment>column header: transfer rate</extracomment>
        <translation>速率</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>擁有者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>%1 percent, %2</source>
        <extracomment>read aloud for a progress cell: %1 is a whole number, %2 &quot;2.1 MB of 4.6 MB&quot;</extracomment>
        <translation>百分之 %1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>read aloud for a failed job&apos;s state: &quot;Error: Server ignores ranges&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, no longer listed</source>
        <extracomment>read aloud for a greyed row&apos;s name</extracomment>
        <translation>%1，已不在清單中</translation>
    </message>
    <message>
        <source>Time left</source>
        <extracomment>column header: estimated time until the transfer ends</extracomment>
        <translation>剩餘時間</translation>
    </message>
</context>
<context>
    <name>bitsmon::MainWindow</name>
    <message>
        <source>bitsmon — background transfers</source>
        <translation>bitsmon — 背景傳輸</translation>
    </message>
    <message>
        <source>Filter by name, URL, file or owner</source>
        <translation>依名稱、URL、檔案或擁有者篩選</translation>
    </message>
    <message>
        <source>&amp;New download...</source>
        <translation>新增下載(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>工作(&amp;J)</translation>
    </message>
    <message>
        <source>bitsmon</source>
        <translation>bitsmon</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <extracomment>status bar: which transfer service bitsmon is watching</extracomment>
        <translation>服務：%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>status line: a job&apos;s name and its state</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>文件(&amp;D)</translation>
    </message>
    <message>
        <source>This copy of bitsmon came without its README.</source>
        <translation>這份 bitsmon 未附帶 README。</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About bitsmon</source>
        <translation>關於 bitsmon(&amp;A)</translation>
    </message>
    <message>
        <source>About bitsmon</source>
        <translation>關於 bitsmon</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;bitsmon %1&lt;/h3&gt;&lt;p&gt;Shows and controls background transfers (BITS jobs).&lt;/p&gt;&lt;p&gt;Transfer service: %2&lt;br&gt;Qt %3 (built with Qt %4)&lt;/p&gt;&lt;p&gt;© 2026 the bitsmon developers. All rights reserved: bitsmon is not yet published under a free licence. It uses Qt under the GNU LGPL, version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;bitsmon %1&lt;/h3&gt;&lt;p&gt;顯示並控制背景傳輸（BITS 工作）。&lt;/p&gt;&lt;p&gt;傳輸服務：%2&lt;br&gt;Qt %3（以 Qt %4 建置）&lt;/p&gt;&lt;p&gt;© 2026 bitsmon 開發者。保留所有權利：bitsmon 尚未以自由授權發布。它依 GNU LGPL 第 3 版使用 Qt。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>尚未啟動</translation>
    </message>
    <message>
        <source>Filter the jobs</source>
        <extracomment>a keyboard shortcut: moves the focus to the filter box</extracomment>
        <translation>篩選工作</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>&amp;Paste links</source>
        <translation>貼上連結(&amp;P)</translation>
    </message>
    <message>
        <source>Download the links on the clipboard</source>
        <translation>下載剪貼簿中的連結</translation>
    </message>
    <message>
        <source>The clipboard holds no http:// or https:// link to download. Copy a link, then paste it here.</source>
        <translation>剪貼簿中沒有可下載的 http:// 或 https:// 連結。請先複製連結，再貼到這裡。</translation>
    </message>
    <message>
        <source>No downloads yet.

Start one with New download (%1), or drop or paste (%2) a link here.</source>
        <extracomment>%1 and %2 are shortcuts: Ctrl+N and Ctrl+V</extracomment>
        <translation>尚無下載。

使用「新增下載」(%1) 開始，或將連結拖放或貼上 (%2) 到這裡。</translation>
    </message>
    <message>
        <source>No job matches “%1”.</source>
        <translation>沒有符合「%1」的工作。</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>工作動作</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>篩選工作</translation>
    </message>
    <message>
        <source>One row per transfer. Enter shows its details; the context menu key lists what can be done.</source>
        <translation>每個傳輸一列。按 Enter 顯示詳細資料；按快顯功能表鍵列出可執行的動作。</translation>
    </message>
    <message>
        <source>Details of the selected job</source>
        <translation>所選工作的詳細資料</translation>
    </message>
    <message>
        <source>Files of the selected job</source>
        <translation>所選工作的檔案</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Transfer service</source>
        <translation>傳輸服務</translation>
    </message>
    <message>
        <source>All transfers: %1</source>
        <extracomment>the rate graph&apos;s caption when no job is selected</extracomment>
        <translation>所有傳輸：%1</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <extracomment>the rate graph&apos;s caption: &quot;1.5 MB/s · 3 min 20 s left&quot;</extracomment>
        <translation>%1 · 剩餘 %2</translation>
    </message>
</context>
<context>
    <name>bitsmon::NewDownloadDialog</name>
    <message>
        <source>New download</source>
        <translation>新增下載</translation>
    </message>
    <message>
        <source>One URL per line (http:// or https://)</source>
        <translation>每行一個 URL（http:// 或 https://）</translation>
    </message>
    <message>
        <source>From the first file&apos;s name</source>
        <translation>取自第一個檔案的名稱</translation>
    </message>
    <message>
        <source>Optional: 64 hexadecimal digits, checked when the file arrives</source>
        <translation>選填：64 位十六進位數字，檔案下載完成時檢查</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>瀏覽...</translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation>將檔案儲存於</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>儲存於(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>優先順序(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;SHA-256:</source>
        <translation>SHA-256(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下載(&amp;D)</translation>
    </message>
    <message>
        <source>Enter at least one URL.</source>
        <translation>請至少輸入一個 URL。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is the line number, %2 the reason</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Choose the folder to save the files in.</source>
        <translation>請選擇要儲存檔案的資料夾。</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>這個資料夾不存在。</translation>
    </message>
    <message>
        <source>A SHA-256 checks one file: give one URL with it.</source>
        <translation>SHA-256 只能檢查一個檔案：請只提供一個 URL。</translation>
    </message>
    <message>
        <source>Two URLs end in &quot;%1&quot;: they would be saved over each other.</source>
        <translation>有兩個 URL 都以「%1」結尾：它們會互相覆蓋。</translation>
    </message>
</context>
<context>
    <name>bitsmon::RateGraph</name>
    <message>
        <source>Transfer rate</source>
        <translation>傳輸速率</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>under the rate graph, at its left: how far back it goes</extracomment>
        <translation>
            <numerusform>%n 分鐘前</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>under the rate graph, at its right</extracomment>
        <translation>現在</translation>
    </message>
    <message>
        <source>Nothing transferred in the last minutes</source>
        <translation>最近幾分鐘沒有傳輸</translation>
    </message>
</context>
<context>
    <name>bitsmon::ReplaceQuestions</name>
    <message>
        <source>Replace existing files?</source>
        <translation>要取代現有的檔案嗎？</translation>
    </message>
    <message>
        <source>Completing &quot;%1&quot; replaces what is already at:
%2

Replace it?</source>
        <translation>完成「%1」會取代下列位置已有的檔案：
%2

要取代嗎？</translation>
    </message>
</context>
<context>
    <name>bitsmon::SettingsDialog</name>
    <message>
        <source>Retry bitsmon&apos;s own downloads at foreground priority when the server does not support range requests</source>
        <translation>當伺服器不支援範圍要求時，以前景優先順序重試 bitsmon 自己的下載</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Every user&apos;s (when allowed)</source>
        <translation>所有使用者的（如有權限）</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>僅限我的</translation>
    </message>
    <message>
        <source>bitsmon&apos;s own downloads</source>
        <translation>bitsmon 自己的下載</translation>
    </message>
    <message>
        <source>Every download</source>
        <translation>所有下載</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>與系統相同</translation>
    </message>
    <message>
        <source>Refresh the table every:</source>
        <translation>表格更新間隔：</translation>
    </message>
    <message>
        <source>Re-read every job every:</source>
        <translation>重新讀取所有工作的間隔：</translation>
    </message>
    <message>
        <source>Show the jobs of:</source>
        <translation>顯示哪些工作：</translation>
    </message>
    <message>
        <source>Notify when these finish or fail:</source>
        <translation>完成或失敗時通知：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Complete it and notify me</source>
        <translation>完成並通知我</translation>
    </message>
    <message>
        <source>Only notify me</source>
        <translation>只通知我</translation>
    </message>
    <message>
        <source>Do nothing (leave the job for me)</source>
        <translation>不做任何事（把工作留給我）</translation>
    </message>
    <message>
        <source>When bitsmon quits, its transfer service stops with it: downloads pause and carry on where they were at the next start.</source>
        <translation>bitsmon 結束時，其傳輸服務也隨之停止：下載會暫停，並在下次啟動時從中斷處繼續。</translation>
    </message>
    <message>
        <source>When a download finishes while bitsmon is closed:</source>
        <translation>bitsmon 關閉時若有下載完成：</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>色彩：</translation>
    </message>
    <message>
        <source>The refresh times, the language and the colours apply from the next start.</source>
        <translation>更新間隔、語言與色彩會在下次啟動時生效。</translation>
    </message>
</context>
<context>
    <name>bitsmon::TrayIcon</name>
    <message>
        <source>Show or hide the window</source>
        <translation>顯示或隱藏視窗</translation>
    </message>
    <message>
        <source>&amp;New download...</source>
        <translation>新增下載(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Pause all of mine</source>
        <extracomment>pause (suspend) every job bitsmon created</extracomment>
        <translation>暫停我的所有工作(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
</context>
</TS>
