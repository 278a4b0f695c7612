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
    <message>
        <source>%1 of %2 sent</source>
        <extracomment>an upload&apos;s progress: %1 bytes sent so far, %2 the file&apos;s size (&quot;12.0 MB of 48.0 MB sent&quot;)</extracomment>
        <translation>已傳送 %1／%2</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <extracomment>an upload-reply&apos;s reply from the server: %1 bytes received so far, %2 its size</extracomment>
        <translation>已接收 %1／%2</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>a job&apos;s type (BITS_JOB_TYPE_DOWNLOAD)</extracomment>
        <translation>下載</translation>
    </message>
    <message>
        <source>Upload</source>
        <extracomment>a job&apos;s type (BITS_JOB_TYPE_UPLOAD): a file sent to a server</extracomment>
        <translation>上傳</translation>
    </message>
    <message>
        <source>Upload-reply</source>
        <extracomment>a job&apos;s type (BITS_JOB_TYPE_UPLOAD_REPLY): a file sent, and the server&apos;s reply brought back</extracomment>
        <translation>上傳並回覆</translation>
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
    <message>
        <source>Upload finished: %1</source>
        <extracomment>notification title; %1 is the job&apos;s name</extracomment>
        <translation>上傳完成：%1</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <extracomment>notification title; %1 is the job&apos;s name</extracomment>
        <translation>上傳失敗：%1</translation>
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
    <name>bits</name>
    <message>
        <source>The operation succeeded.</source>
        <translation>作業已成功。</translation>
    </message>
    <message>
        <source>This version of the transfer service does not implement the operation; the value is unknown.</source>
        <translation>此版本的傳輸服務未實作此作業；其值不明。</translation>
    </message>
    <message>
        <source>This version of the transfer service lacks the interface needed; a newer Windows provides it.</source>
        <translation>此版本的傳輸服務缺少所需的介面；較新的 Windows 提供此介面。</translation>
    </message>
    <message>
        <source>The operation failed for an unspecified reason; try again, and look at the job&apos;s error if it persists.</source>
        <translation>作業因不明原因失敗；請再試一次，若持續發生，請查看工作的錯誤。</translation>
    </message>
    <message>
        <source>The file was not found; check that it still exists.</source>
        <translation>找不到檔案；請確認檔案仍然存在。</translation>
    </message>
    <message>
        <source>The destination folder does not exist; create it or pick another folder.</source>
        <translation>目的地資料夾不存在；請建立它或選擇其他資料夾。</translation>
    </message>
    <message>
        <source>Access was denied; pick a location you may write to, or run with the rights the job needs.</source>
        <translation>存取遭拒；請選擇您可寫入的位置，或以工作所需的權限執行。</translation>
    </message>
    <message>
        <source>The system ran out of memory; close some programs and try again.</source>
        <translation>系統記憶體不足；請關閉一些程式後再試一次。</translation>
    </message>
    <message>
        <source>The destination is on a read-only volume; pick a writable folder.</source>
        <translation>目的地位於唯讀磁碟區；請選擇可寫入的資料夾。</translation>
    </message>
    <message>
        <source>The destination disk is full; free some space and resume the job.</source>
        <translation>目的地磁碟已滿；請釋出一些空間後繼續工作。</translation>
    </message>
    <message>
        <source>A value passed to the transfer service is not valid; check the URL and destination.</source>
        <translation>傳給傳輸服務的值無效；請檢查網址與目的地。</translation>
    </message>
    <message>
        <source>The destination path is too long; pick a shorter path.</source>
        <translation>目的地路徑太長；請選擇較短的路徑。</translation>
    </message>
    <message>
        <source>The transfer service&apos;s process has gone away; bitsmon reconnects when it is back.</source>
        <translation>傳輸服務的處理程序已消失；待其恢復後 bitsmon 會重新連線。</translation>
    </message>
    <message>
        <source>The transfer service&apos;s process ended during the call; bitsmon reconnects when it is back.</source>
        <translation>傳輸服務的處理程序在呼叫期間結束；待其恢復後 bitsmon 會重新連線。</translation>
    </message>
    <message>
        <source>The transfer service no longer holds this object; bitsmon reconnects when the service is back.</source>
        <translation>傳輸服務已不再持有此物件；待服務恢復後 bitsmon 會重新連線。</translation>
    </message>
    <message>
        <source>The transfer service is not running or cannot be reached; check that the BITS service is enabled.</source>
        <translation>傳輸服務未執行或無法連線；請確認 BITS 服務已啟用。</translation>
    </message>
    <message>
        <source>The call to the transfer service failed on the way; bitsmon tries again.</source>
        <translation>對傳輸服務的呼叫在途中失敗；bitsmon 會再試一次。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not trusted or the secure connection failed; check the server&apos;s certificate.</source>
        <translation>伺服器的 TLS 憑證不受信任，或安全連線失敗；請檢查伺服器的憑證。</translation>
    </message>
    <message>
        <source>The server redirected a secure (https) download to an insecure (http) address, which is refused; ask for an https link.</source>
        <translation>伺服器將安全的 (https) 下載重新導向到不安全的 (http) 位址，已拒絕；請索取 https 連結。</translation>
    </message>
    <message>
        <source>The job no longer exists; it was completed or cancelled meanwhile.</source>
        <translation>工作已不存在；它在此期間已完成或已取消。</translation>
    </message>
    <message>
        <source>The job&apos;s state does not allow this action; refresh and choose an action the state offers.</source>
        <translation>工作的狀態不允許此動作；請重新整理後選擇該狀態提供的動作。</translation>
    </message>
    <message>
        <source>The job has no files; add a file before resuming it.</source>
        <translation>工作沒有檔案；請先加入檔案再繼續。</translation>
    </message>
    <message>
        <source>The file is not available yet; complete the job first.</source>
        <translation>檔案尚無法使用；請先完成工作。</translation>
    </message>
    <message>
        <source>The URL&apos;s protocol is not supported; use an http:// or https:// URL.</source>
        <translation>不支援此網址的通訊協定；請使用 http:// 或 https:// 網址。</translation>
    </message>
    <message>
        <source>The destination file is open in another program; close it and complete the job again.</source>
        <translation>目的地檔案已在其他程式中開啟；請關閉它後再次完成工作。</translation>
    </message>
    <message>
        <source>The service gave no details about this error; retry the job.</source>
        <translation>服務未提供此錯誤的詳細資訊；請重試工作。</translation>
    </message>
    <message>
        <source>The network is disconnected; the job resumes when it is back.</source>
        <translation>網路已中斷；網路恢復後工作會繼續。</translation>
    </message>
    <message>
        <source>The server did not tell the file&apos;s size, which a background download needs; retry at foreground priority.</source>
        <translation>伺服器未告知檔案大小，而背景下載需要它；請以前景優先順序重試。</translation>
    </message>
    <message>
        <source>The server does not support HTTP 1.1 as background downloads need; retry at foreground priority.</source>
        <translation>伺服器不支援背景下載所需的 HTTP 1.1；請以前景優先順序重試。</translation>
    </message>
    <message>
        <source>The server ignores HTTP range requests, which background downloads use; retry at foreground priority.</source>
        <translation>伺服器忽略背景下載使用的 HTTP 範圍要求；請以前景優先順序重試。</translation>
    </message>
    <message>
        <source>Only the files that were fully transferred were kept; the others were removed.</source>
        <translation>只保留了完整傳輸的檔案；其他檔案已移除。</translation>
    </message>
    <message>
        <source>The job ended, but some temporary files could not be deleted.</source>
        <translation>工作已結束，但部分暫存檔無法刪除。</translation>
    </message>
    <message>
        <source>The job has more files than the policy allows (200 by default); split it into several jobs.</source>
        <translation>工作的檔案數超過原則允許的數量（預設 200 個）；請將它拆成多個工作。</translation>
    </message>
    <message>
        <source>The job made no progress for too long and stopped retrying; check the server and retry.</source>
        <translation>工作太久沒有進度，已停止重試；請檢查伺服器後重試。</translation>
    </message>
    <message>
        <source>The server could not be reached; check that it is running and the address is right. The job retries by itself.</source>
        <translation>無法連線到伺服器；請確認它正在執行且位址正確。工作會自行重試。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved; check the URL&apos;s host name.</source>
        <translation>無法解析伺服器名稱；請檢查網址中的主機名稱。</translation>
    </message>
    <message>
        <source>The server took too long to answer; the job retries by itself.</source>
        <translation>伺服器回應逾時；工作會自行重試。</translation>
    </message>
    <message>
        <source>Group policy blocks this transfer; ask your administrator.</source>
        <translation>群組原則封鎖了此傳輸；請洽詢您的系統管理員。</translation>
    </message>
    <message>
        <source>You have as many jobs as the policy allows (60 by default); complete or cancel some first.</source>
        <translation>您的工作數已達原則允許的上限（預設 60 個）；請先完成或取消一些。</translation>
    </message>
    <message>
        <source>The downloaded file does not have the expected SHA-256, so it was not kept; check the expected hash and retry.</source>
        <translation>下載的檔案不符合預期的 SHA-256，因此未保留；請檢查預期的雜湊值後重試。</translation>
    </message>
    <message>
        <source>The transfer service no longer holds the record of this file, so it could not be told whether the file is valid; bitsmon checks it once the job is complete.</source>
        <translation>傳輸服務已不再保有此檔案的記錄，因此無法告知它檔案是否有效；工作完成後 bitsmon 會檢查它。</translation>
    </message>
    <message>
        <source>The downloaded file did not pass the check (it does not have the expected SHA-256) and was discarded; retry to download it again, or cancel the job.</source>
        <translation>下載的檔案未通過檢查（不符合預期的 SHA-256），已捨棄；請重試以重新下載，或取消工作。</translation>
    </message>
    <message>
        <source>The transfer service is not ready to take the answer yet (the file is not fully transferred); bitsmon checks the file once the job is complete.</source>
        <translation>傳輸服務尚未準備好接收答覆（檔案尚未完整傳輸）；工作完成後 bitsmon 會檢查檔案。</translation>
    </message>
    <message>
        <source>Another program holds the file open; close it and try again.</source>
        <translation>另一個程式正開啟此檔案；請關閉它後再試一次。</translation>
    </message>
    <message>
        <source>The Background Intelligent Transfer Service is disabled; enable it (services.msc, &quot;Background Intelligent Transfer Service&quot;, startup type Manual).</source>
        <translation>背景智慧型傳送服務已停用；請啟用它（services.msc，「背景智慧型傳送服務」，啟動類型「手動」）。</translation>
    </message>
    <message>
        <source>The transfer service did not start in time; bitsmon tries again by itself.</source>
        <translation>傳輸服務未能及時啟動；bitsmon 會自行再試。</translation>
    </message>
    <message>
        <source>The credentials given for the job are not valid; set them again.</source>
        <translation>為工作提供的認證無效；請重新設定。</translation>
    </message>
    <message>
        <source>The server answered %1: the server wants credentials; set them and retry.</source>
        <translation>伺服器回應 %1：伺服器要求認證；請設定後重試。</translation>
    </message>
    <message>
        <source>The server answered %1: the server refuses access to the file; check the URL or your rights.</source>
        <translation>伺服器回應 %1：伺服器拒絕存取此檔案；請檢查網址或您的權限。</translation>
    </message>
    <message>
        <source>The server answered %1: the file is not on the server; check the URL.</source>
        <translation>伺服器回應 %1：伺服器上沒有此檔案；請檢查網址。</translation>
    </message>
    <message>
        <source>The server answered %1: the server failed; retry later.</source>
        <translation>伺服器回應 %1：伺服器發生錯誤；請稍後重試。</translation>
    </message>
    <message>
        <source>The server answered %1: check the URL and retry.</source>
        <translation>伺服器回應 %1：請檢查網址後重試。</translation>
    </message>
    <message>
        <source>%1: an error this version of bitsmon has no description for.</source>
        <translation>%1：此版本的 bitsmon 沒有此錯誤的說明。</translation>
    </message>
    <message>
        <source>No URL was given. Enter an http:// or https:// address.</source>
        <translation>未提供網址。請輸入 http:// 或 https:// 位址。</translation>
    </message>
    <message>
        <source>The URL is %1 characters long; the limit is %2. Use a shorter URL.</source>
        <translation>網址長 %1 個字元；上限為 %2。請使用較短的網址。</translation>
    </message>
    <message>
        <source>The URL contains a space or control character. Encode spaces as %1 and try again.</source>
        <translation>網址含有空格或控制字元。請將空格編碼為 %1 後再試一次。</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; has no scheme. Start it with http:// or https://.</source>
        <translation>網址「%1」沒有通訊協定。請以 http:// 或 https:// 開頭。</translation>
    </message>
    <message>
        <source>The URL uses %1:, which background transfers do not support. Use an http:// or https:// URL.</source>
        <translation>網址使用 %1:，背景傳輸不支援此通訊協定。請使用 http:// 或 https:// 網址。</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no server. Check the address.</source>
        <translation>網址「%1」未指定伺服器。請檢查位址。</translation>
    </message>
    <message>
        <source>No destination was given. Choose where to save the file.</source>
        <translation>未提供目的地。請選擇檔案的儲存位置。</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; is not an absolute path. Give the full path.</source>
        <translation>目的地「%1」不是絕對路徑。請提供完整路徑。</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; names a folder, not a file. Add a file name.</source>
        <translation>目的地「%1」指的是資料夾而非檔案。請加上檔案名稱。</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; is an existing folder. Give a file name inside it.</source>
        <translation>目的地「%1」是既有的資料夾。請提供其中的檔案名稱。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Create it or choose another.</source>
        <translation>資料夾「%1」不存在。請建立它或選擇其他資料夾。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder. Choose an existing folder.</source>
        <translation>「%1」不是資料夾。請選擇既有的資料夾。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written to. Choose a folder you may write to.</source>
        <translation>無法寫入資料夾「%1」。請選擇您可寫入的資料夾。</translation>
    </message>
    <message>
        <source>The job has no files. Add at least one URL.</source>
        <translation>工作沒有檔案。請至少加入一個網址。</translation>
    </message>
    <message numerus="yes">
        <source>The job has %n files; the limit is %1. Split it into several jobs.</source>
        <translation>
            <numerusform>工作有 %n 個檔案；上限為 %1。請將它拆成多個工作。</numerusform>
        </translation>
    </message>
    <message>
        <source>Two files of the job go to &quot;%1&quot;. Give each file its own destination.</source>
        <translation>工作中有兩個檔案都要存到「%1」。請為每個檔案指定各自的目的地。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256: give the 64 hexadecimal digits of the file&apos;s hash.</source>
        <translation>「%1」不是 SHA-256：請提供檔案雜湊值的 64 個十六進位數字。</translation>
    </message>
    <message>
        <source>The job %1 does not exist.</source>
        <translation>工作 %1 不存在。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is %2, which does not allow this.</source>
        <translation>工作「%1」目前為 %2，不允許此動作。</translation>
    </message>
    <message numerus="yes">
        <source>There are already %n jobs; the limit is %1. Complete or cancel some, then try again.</source>
        <translation>
            <numerusform>已有 %n 個工作；上限為 %1。請先完成或取消一些，再試一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Jobs may not survive a restart.</source>
        <translation>%1 工作可能無法在重新啟動後保留。</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; was replaced since the job was created (it now leads to &quot;%2&quot;), so the file is not put there. Cancel the job and start it again.</source>
        <translation>「%1」的資料夾在工作建立後已被取代（現在指向「%2」），因此不會將檔案放到那裡。請取消工作後重新開始。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now a folder, so the file cannot be put there. Move the folder away and complete the job again.</source>
        <translation>「%1」現在是資料夾，因此無法將檔案放到那裡。請移走該資料夾後再次完成工作。</translation>
    </message>
    <message>
        <source>The file could not be moved into place at &quot;%1&quot;: %2. Fix that and complete the job again.</source>
        <translation>無法將檔案移到「%1」：%2。請修正後再次完成工作。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; no longer exists. Create it and retry.</source>
        <translation>資料夾「%1」已不存在。請建立它後重試。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; was replaced since the job was created; bitsmon does not write through it. Cancel the job and start it again.</source>
        <translation>資料夾「%1」在工作建立後已被取代；bitsmon 不會透過它寫入。請取消工作後重新開始。</translation>
    </message>
    <message>
        <source>The temporary file for &quot;%1&quot; could not be created in &quot;%2&quot;: %3.</source>
        <translation>無法在「%2」中建立「%1」的暫存檔：%3。</translation>
    </message>
    <message>
        <source>The server answered the range request for %1 with the wrong part of the file (%2).</source>
        <translation>伺服器對 %1 的範圍要求回應了檔案中錯誤的部分 (%2)。</translation>
    </message>
    <message>
        <source>The server ignores range requests for %1.</source>
        <translation>伺服器忽略 %1 的範圍要求。</translation>
    </message>
    <message>
        <source>The server did not tell the size of %1.</source>
        <translation>伺服器未告知 %1 的大小。</translation>
    </message>
    <message>
        <source>Writing the temporary file of &quot;%1&quot; failed: %2. What was downloaded is kept; free some space and retry.</source>
        <translation>寫入「%1」的暫存檔失敗：%2。已下載的部分會保留；請釋出一些空間後重試。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2. bitsmon retries later.</source>
        <translation>伺服器對 %2 回應 HTTP %1。bitsmon 稍後會重試。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2.</source>
        <translation>伺服器對 %2 回應 HTTP %1。</translation>
    </message>
    <message>
        <source>The server closed the connection after %1 of %2 bytes of %3. bitsmon resumes from there later.</source>
        <translation>伺服器在傳送 %3 的 %2 位元組中的 %1 位元組後關閉了連線。bitsmon 稍後會從該處繼續。</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 is %2, not the expected %3; the download was discarded. Check the expected hash, or retry to download it again.</source>
        <translation>%1 的 SHA-256 為 %2，而非預期的 %3；下載內容已捨棄。請檢查預期的雜湊值，或重試以重新下載。</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 could not be read, so it is not the expected %2; the download was discarded. Retry to download it again.</source>
        <translation>無法讀取 %1 的 SHA-256，因此不符合預期的 %2；下載內容已捨棄。請重試以重新下載。</translation>
    </message>
    <message>
        <source>The job list &quot;%1&quot; could not be read (%2); bitsmon leaves it as it is and keeps new jobs in memory only.</source>
        <translation>無法讀取工作清單「%1」(%2)；bitsmon 會保持其原狀，新工作只保存在記憶體中。</translation>
    </message>
    <message>
        <source>The job list &quot;%1&quot; was written by a newer bitsmon (format %2). This version does not read it and leaves it untouched; update bitsmon to see those jobs. New jobs are kept in memory only.</source>
        <translation>工作清單「%1」是由較新版的 bitsmon 寫入的（格式 %2）。此版本不會讀取它，也不會更動它；請更新 bitsmon 以檢視那些工作。新工作只保存在記憶體中。</translation>
    </message>
    <message>
        <source>The job list &quot;%1&quot; was damaged; it was moved to &quot;%2&quot; and bitsmon started with an empty list.</source>
        <translation>工作清單「%1」已損毀；已將它移到「%2」，bitsmon 以空白清單啟動。</translation>
    </message>
    <message>
        <source>The job list &quot;%1&quot; could not be saved: %2.</source>
        <translation>無法儲存工作清單「%1」：%2。</translation>
    </message>
    <message>
        <source>The transfer service answers again; the list is up to date.</source>
        <translation>傳輸服務已恢復回應；清單已是最新。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 says what failed, %2 why: an error&apos;s name, code and meaning</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>COM could not be initialised on the worker thread</source>
        <translation>無法在工作執行緒上初始化 COM</translation>
    </message>
    <message>
        <source>The Background Intelligent Transfer Service stopped answering (%1). bitsmon keeps showing the jobs as it last saw them and reconnects when the service is back.</source>
        <translation>背景智慧型傳送服務已停止回應 (%1)。bitsmon 會繼續顯示最後一次看到的工作，並在服務恢復後重新連線。</translation>
    </message>
    <message>
        <source>BITS cannot be reached (%1); bitsmon keeps trying. If it lasts, check in services.msc that BITS is not disabled.</source>
        <translation>無法連線到 BITS (%1)；bitsmon 會持續嘗試。若持續如此，請在 services.msc 中確認 BITS 未停用。</translation>
    </message>
    <message>
        <source>Only your own jobs are listed: listing every user&apos;s jobs needs bitsmon to run as administrator.</source>
        <translation>只列出您自己的工作：要列出所有使用者的工作，bitsmon 必須以系統管理員身分執行。</translation>
    </message>
    <message>
        <source>The jobs could not be listed</source>
        <translation>無法列出工作</translation>
    </message>
    <message>
        <source>The list of jobs was cut short, so no job is taken as gone; the next poll reads it again</source>
        <translation>工作清單中途中斷，因此不會將任何工作視為已消失；下次輪詢會重新讀取</translation>
    </message>
    <message>
        <source>The job %1 could not be read</source>
        <translation>無法讀取工作 %1</translation>
    </message>
    <message>
        <source>The job could not be created</source>
        <translation>無法建立工作</translation>
    </message>
    <message>
        <source>The job&apos;s description could not be set</source>
        <translation>無法設定工作的描述</translation>
    </message>
    <message>
        <source>The job&apos;s priority could not be set</source>
        <translation>無法設定工作的優先順序</translation>
    </message>
    <message>
        <source>The job&apos;s retry delay could not be set</source>
        <translation>無法設定工作的重試延遲</translation>
    </message>
    <message>
        <source>The job&apos;s no-progress timeout could not be set</source>
        <translation>無法設定工作的無進度逾時</translation>
    </message>
    <message>
        <source>The file %1 could not be added</source>
        <translation>無法加入檔案 %1</translation>
    </message>
    <message>
        <source>The SHA-256 check of %1 is undecided: the transfer service did not take the answer (%2). bitsmon checks the file again once the job is complete.</source>
        <translation>%1 的 SHA-256 檢查尚未確定：傳輸服務未接受答覆 (%2)。工作完成後 bitsmon 會再次檢查檔案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was completed but could not be read to check its SHA-256 (%2). It was kept, NOT checked: check it yourself before you use it.</source>
        <translation>「%1」已完成，但無法讀取以檢查其 SHA-256 (%2)。檔案已保留但「未經檢查」：使用前請自行檢查。</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 is %2, not the expected %3; &quot;%4&quot; was removed. Check the expected hash and download it again.</source>
        <translation>%1 的 SHA-256 為 %2，而非預期的 %3；已移除「%4」。請檢查預期的雜湊值後重新下載。</translation>
    </message>
    <message>
        <source>The job could not be resumed</source>
        <translation>無法繼續工作</translation>
    </message>
    <message>
        <source>The job could not be suspended</source>
        <translation>無法暫停工作</translation>
    </message>
    <message>
        <source>The job could not be cancelled</source>
        <translation>無法取消工作</translation>
    </message>
    <message>
        <source>The job could not be completed</source>
        <translation>無法完成工作</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 does not match the expected one; the job is not completed. Retry to download it again, or cancel it and check the expected hash.</source>
        <translation>%1 的 SHA-256 與預期不符；工作未完成。請重試以重新下載，或取消工作並檢查預期的雜湊值。</translation>
    </message>
    <message>
        <source>The job&apos;s priority could not be changed</source>
        <translation>無法變更工作的優先順序</translation>
    </message>
    <message>
        <source>The job could not be watched</source>
        <translation>無法監看工作</translation>
    </message>
    <message>
        <source>The job&apos;s notifications could not be released</source>
        <translation>無法釋放工作的通知</translation>
    </message>
    <message>
        <source>The file of expected SHA-256 values (%1) is not one this bitsmon reads; jobs from an earlier run are completed without their check.</source>
        <translation>預期 SHA-256 值的檔案 (%1) 不是此版 bitsmon 能讀取的格式；先前執行留下的工作將在不檢查的情況下完成。</translation>
    </message>
    <message>
        <source>The expected SHA-256 values could not be saved to %1 (%2); if bitsmon restarts before these jobs finish, they are completed without their check.</source>
        <translation>無法將預期的 SHA-256 值儲存到 %1 (%2)；若 bitsmon 在這些工作結束前重新啟動，它們將在不檢查的情況下完成。</translation>
    </message>
    <message>
        <source>The file to upload &quot;%1&quot; could not be read: %2.</source>
        <translation>無法讀取要上傳的檔案「%1」：%2。</translation>
    </message>
    <message>
        <source>The server did not open an upload session for %1.</source>
        <translation>伺服器未為 %1 開啟上傳工作階段。</translation>
    </message>
    <message>
        <source>The server at %1 does not speak the BITS Upload Protocol (no session, or another protocol); upload to a server with BITS uploads enabled.</source>
        <translation>%1 的伺服器不支援 BITS 上傳通訊協定（沒有工作階段，或是其他通訊協定）；請上傳到已啟用 BITS 上傳的伺服器。</translation>
    </message>
    <message>
        <source>The server refused bytes %1 to %2 of %3.</source>
        <translation>伺服器拒絕了 %3 的第 %1 到 %2 位元組。</translation>
    </message>
    <message>
        <source>The server gave no reply for the upload to %1.</source>
        <translation>伺服器未對上傳到 %1 的內容提供回覆。</translation>
    </message>
    <message>
        <source>The reply to the upload to %1 could not be fetched (HTTP %2).</source>
        <translation>無法取得上傳到 %1 的回覆 (HTTP %2)。</translation>
    </message>
    <message>
        <source>The reply could not be written to &quot;%1&quot;: %2.</source>
        <translation>無法將回覆寫入「%1」：%2。</translation>
    </message>
    <message>
        <source>The server did not close the upload session for %1.</source>
        <translation>伺服器未關閉 %1 的上傳工作階段。</translation>
    </message>
    <message>
        <source>The file to upload &quot;%1&quot; is not an absolute path. Give the full path.</source>
        <translation>要上傳的檔案「%1」不是絕對路徑。請提供完整路徑。</translation>
    </message>
    <message>
        <source>The file to upload &quot;%1&quot; does not exist. Check its name.</source>
        <translation>要上傳的檔案「%1」不存在。請檢查其名稱。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file. An upload sends one file.</source>
        <translation>「%1」不是檔案。上傳會傳送一個檔案。</translation>
    </message>
    <message>
        <source>The file to upload &quot;%1&quot; cannot be read. Check its permissions.</source>
        <translation>無法讀取要上傳的檔案「%1」。請檢查其權限。</translation>
    </message>
    <message numerus="yes">
        <source>An upload job sends exactly one file; this one has %n. Make one upload job per file.</source>
        <translation>
            <numerusform>上傳工作只傳送一個檔案；此工作有 %n 個。請為每個檔案建立一個上傳工作。</numerusform>
        </translation>
    </message>
    <message>
        <source>An upload-reply job needs a file for the reply. Choose where to save it.</source>
        <translation>上傳並回覆工作需要一個檔案來存放回覆。請選擇儲存位置。</translation>
    </message>
    <message>
        <source>The reply file %1 could not be set</source>
        <translation>無法設定回覆檔案 %1</translation>
    </message>
    <message>
        <source>Wine&apos;s BITS cannot send files (and cancelling such a job deletes the file). Start bitsmon with --embedded to upload with its own transfer service.</source>
        <translation>Wine 的 BITS 無法傳送檔案（而且取消這類工作會刪除該檔案）。請以 --embedded 啟動 bitsmon，改用它自己的傳輸服務上傳。</translation>
    </message>
    <message>
        <source>The file being uploaded changed after the upload began; cancel the job and upload the file again.</source>
        <translation>上傳中的檔案在上傳開始後已變更；請取消工作並重新上傳檔案。</translation>
    </message>
    <message>
        <source>The server no longer knows the upload&apos;s session (it restarted or expired it); the upload starts over in a new session.</source>
        <translation>伺服器已不認得此上傳的工作階段（伺服器已重新啟動或使其過期）；上傳會在新的工作階段中從頭開始。</translation>
    </message>
    <message>
        <source>The reply is larger than the 1 MB BITS keeps in memory; complete the job to get the whole reply in its reply file.</source>
        <translation>回覆大於 BITS 保留在記憶體中的 1 MB；請完成工作，以在回覆檔案中取得完整回覆。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is not an upload-reply job: it has no reply.</source>
        <translation>工作「%1」不是上傳並回覆工作：它沒有回覆。</translation>
    </message>
    <message>
        <source>The reply of &quot;%1&quot; can be read only once the job is transferred and before it is completed; it is %2.</source>
        <translation>「%1」的回覆只能在工作傳輸完畢後、完成之前讀取；目前狀態為 %2。</translation>
    </message>
    <message>
        <source>The reply of &quot;%1&quot; could not be read from &quot;%2&quot;: %3.</source>
        <translation>無法從「%2」讀取「%1」的回覆：%3。</translation>
    </message>
    <message>
        <source>The job&apos;s reply could not be read</source>
        <translation>無法讀取工作的回覆</translation>
    </message>
    <message>
        <source>The file to upload &quot;%1&quot; is empty: there is nothing to send. Choose a file with content.</source>
        <translation>要上傳的檔案「%1」是空的：沒有可傳送的內容。請選擇有內容的檔案。</translation>
    </message>
    <message>
        <source>The file to upload &quot;%1&quot; changed after its upload began, so the server cannot get one whole file of it; cancel the job and upload the file again.</source>
        <translation>要上傳的檔案「%1」在上傳開始後已變更，伺服器無法取得完整的檔案；請取消工作並重新上傳檔案。</translation>
    </message>
    <message>
        <source>The reply is %1 bytes, more than the 1 MB BITS keeps in memory; complete the job to get it in &quot;%2&quot;.</source>
        <translation>回覆有 %1 位元組，超過 BITS 保留在記憶體中的 1 MB；請完成工作，以在「%2」中取得回覆。</translation>
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
    <message>
        <source>The upload could not be started: %1</source>
        <translation>無法開始上傳：%1</translation>
    </message>
    <message>
        <source>Upload started.</source>
        <translation>已開始上傳。</translation>
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
    <message>
        <source>Reply</source>
        <extracomment>an upload-reply job&apos;s reply from the server: its file and progress</extracomment>
        <translation>回覆</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>a field&apos;s label in the details pane (&quot;State:&quot;); French puts a space before the colon</extracomment>
        <translation>%1：</translation>
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
    <message>
        <source>Save a copy of the server&apos;s reply now, before the job is completed</source>
        <translation>在工作完成前，立即儲存伺服器回覆的複本</translation>
    </message>
    <message>
        <source>The reply of &quot;%1&quot; was not saved: %2</source>
        <translation>「%1」的回覆未儲存：%2</translation>
    </message>
    <message>
        <source>The reply of &quot;%1&quot; could not be saved as &quot;%2&quot;: %3. Choose another folder.</source>
        <translation>無法將「%1」的回覆儲存為「%2」：%3。請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>The reply of &quot;%1&quot; (%2) is saved as &quot;%3&quot;.</source>
        <translation>「%1」的回覆（%2）已儲存為「%3」。</translation>
    </message>
    <message>
        <source>Save rep&amp;ly as...</source>
        <translation>另存回覆(&amp;L)...</translation>
    </message>
    <message>
        <source>Save a copy of the reply...</source>
        <extracomment>the button under an upload-reply&apos;s reply in the details pane</extracomment>
        <translation>儲存回覆的複本...</translation>
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
    <message>
        <source>Type</source>
        <extracomment>column header: download, upload or upload-reply</extracomment>
        <translation>類型</translation>
    </message>
</context>
<context>
    <name>bitsmon::MainWindow</name>
    <message>
        <source>bitsmon — background transfers</source>
        <translation>bitsmon — 背景傳輸</translation>
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
    <message>
        <source>All jobs</source>
        <extracomment>the job-type filter: every job</extracomment>
        <translation>所有工作</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Uploads</source>
        <extracomment>the job-type filter: uploads, with or without a reply</extracomment>
        <translation>上傳</translation>
    </message>
    <message>
        <source>Show jobs of type</source>
        <translation>顯示此類型的工作</translation>
    </message>
    <message>
        <source>No jobs of this type (%1).</source>
        <extracomment>the table when the job-type filter hides every job; %1 is &quot;Uploads&quot; or &quot;Downloads&quot;</extracomment>
        <translation>沒有此類型的工作（%1）。</translation>
    </message>
    <message>
        <source>New &amp;upload...</source>
        <translation>新增上傳(&amp;U)...</translation>
    </message>
    <message>
        <source>Save a copy of the reply</source>
        <extracomment>the title of the file dialog that saves a copy of an upload-reply&apos;s reply</extracomment>
        <translation>儲存回覆的複本</translation>
    </message>
    <message>
        <source>No transfers yet.

Start a download with New download (%1), or drop or paste (%2) a link here.
Send a file to a server with New upload (%3).</source>
        <extracomment>%1, %2 and %3 are shortcuts: Ctrl+N, Ctrl+V and Ctrl+U</extracomment>
        <translation>尚無傳輸。

使用「新增下載」(%1) 開始下載，或將連結拖放或貼上 (%2) 到這裡。
使用「新增上傳」(%3) 將檔案傳送到伺服器。</translation>
    </message>
    <message>
        <source>Filter by name, URL, file, owner or error</source>
        <translation>依名稱、URL、檔案、擁有者或錯誤篩選</translation>
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
    <name>bitsmon::NewUploadDialog</name>
    <message>
        <source>Bring back the server&apos;s &amp;reply (an upload-reply job)</source>
        <translation>取回伺服器的回覆（上傳並回覆工作）(&amp;R)</translation>
    </message>
    <message>
        <source>New upload</source>
        <translation>新增上傳</translation>
    </message>
    <message>
        <source>The file to send</source>
        <translation>要傳送的檔案</translation>
    </message>
    <message>
        <source>http:// or https:// URL of a BITS upload server</source>
        <translation>BITS 上傳伺服器的 http:// 或 https:// 網址</translation>
    </message>
    <message>
        <source>From the file&apos;s name</source>
        <translation>取自檔案名稱</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>瀏覽...</translation>
    </message>
    <message>
        <source>File to upload</source>
        <translation>要上傳的檔案</translation>
    </message>
    <message>
        <source>Save the reply as</source>
        <translation>回覆另存為</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>上傳至(&amp;T)：</translation>
    </message>
    <message>
        <source>Reply &amp;saved as:</source>
        <translation>回覆儲存為(&amp;S)：</translation>
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
        <source>&amp;Upload</source>
        <translation>上傳(&amp;U)</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>請選擇要上傳的檔案。</translation>
    </message>
    <message>
        <source>Enter the URL of the upload server.</source>
        <translation>請輸入上傳伺服器的網址。</translation>
    </message>
    <message>
        <source>Choose where to save the server&apos;s reply.</source>
        <translation>請選擇伺服器回覆的儲存位置。</translation>
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
