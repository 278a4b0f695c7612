<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <extracomment>Shown for a value the transfer service could not tell</extracomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 bytes transferred so far, %2 the total (&quot;12.0 MB of 48.0 MB&quot;)</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>a transfer rate, %1 is a size such as &quot;1.2 MB&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>seconds left</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds left</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes left</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>BITS job state: waiting its turn</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retrying</source>
        <extracomment>BITS job state: a temporary error, BITS retries by itself</extracomment>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Transferred</source>
        <extracomment>BITS job state: all bytes are here, waiting for Complete</extracomment>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>BITS job state: completed, files are in place</extracomment>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Foreground</source>
        <extracomment>BITS job priority</extracomment>
        <translation>Premier plan</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <source>unknown context</source>
        <translation>contexte inconnu</translation>
    </message>
    <message>
        <source>the transfer queue manager</source>
        <translation>le gestionnaire de la file de transferts</translation>
    </message>
    <message>
        <source>notifying the application</source>
        <translation>la notification de l&apos;application</translation>
    </message>
    <message>
        <source>the local file</source>
        <translation>le fichier local</translation>
    </message>
    <message>
        <source>the remote file</source>
        <translation>le fichier distant</translation>
    </message>
    <message>
        <source>the network transport</source>
        <translation>le transport réseau</translation>
    </message>
    <message>
        <source>the server application</source>
        <translation>l&apos;application serveur</translation>
    </message>
    <message>
        <source>Error in %1.</source>
        <extracomment>%1 is where an error happened, e.g. &quot;the remote file&quot;</extracomment>
        <translation>Erreur dans %1.</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <extracomment>status bar counts</extracomment>
        <translation>Tâches : %1</translation>
    </message>
    <message>
        <source>transferring: %1</source>
        <translation>en transfert : %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>en échec : %1</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête invalide</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Proxy login needed</source>
        <translation>Connexion au proxy requise</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Range not satisfiable</source>
        <translation>Plage non satisfaisable</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Mauvaise passerelle</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>Gateway timeout</source>
        <translation>Délai de la passerelle dépassé</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <extracomment>%1 is an HTTP status code, %2 its meaning: &quot;HTTP 404: Not found&quot;</extracomment>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Mémoire insuffisante</translation>
    </message>
    <message>
        <source>Read-only disk</source>
        <translation>Disque en lecture seule</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Disque plein</translation>
    </message>
    <message>
        <source>Path too long</source>
        <translation>Chemin trop long</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Fichier en cours d’utilisation</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Redirected from https to http</source>
        <translation>Redirigé de https vers http</translation>
    </message>
    <message>
        <source>Transfer service unreachable</source>
        <translation>Service de transfert injoignable</translation>
    </message>
    <message>
        <source>Transfer service disabled</source>
        <translation>Service de transfert désactivé</translation>
    </message>
    <message>
        <source>Unsupported protocol</source>
        <translation>Protocole non pris en charge</translation>
    </message>
    <message>
        <source>Network disconnected</source>
        <translation>Réseau déconnecté</translation>
    </message>
    <message>
        <source>Server gave no file size</source>
        <translation>Taille du fichier non fournie</translation>
    </message>
    <message>
        <source>Server lacks HTTP/1.1</source>
        <translation>Serveur sans HTTP/1.1</translation>
    </message>
    <message>
        <source>Server ignores ranges</source>
        <translation>Le serveur ignore les plages</translation>
    </message>
    <message>
        <source>No progress</source>
        <translation>Aucune progression</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>Unknown server name</source>
        <translation>Nom de serveur inconnu</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Blocked by policy</source>
        <translation>Bloqué par une stratégie</translation>
    </message>
    <message>
        <source>Wrong credentials</source>
        <translation>Identifiants incorrects</translation>
    </message>
    <message>
        <source>Too many jobs</source>
        <translation>Trop de tâches</translation>
    </message>
    <message>
        <source>Checksum mismatch</source>
        <translation>Somme de contrôle différente</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <extracomment>an upload&apos;s progress: %1 bytes sent so far, %2 the file&apos;s size (&quot;12.0 MB of 48.0 MB sent&quot;)</extracomment>
        <translation>%1 sur %2 envoyés</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <extracomment>an upload-reply&apos;s reply from the server: %1 bytes received so far, %2 its size</extracomment>
        <translation>%1 sur %2 reçus</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>a job&apos;s type (BITS_JOB_TYPE_DOWNLOAD)</extracomment>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Upload</source>
        <extracomment>a job&apos;s type (BITS_JOB_TYPE_UPLOAD): a file sent to a server</extracomment>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Upload-reply</source>
        <extracomment>a job&apos;s type (BITS_JOB_TYPE_UPLOAD_REPLY): a file sent, and the server&apos;s reply brought back</extracomment>
        <translation>Envoi-réponse</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>Download finished: %1</source>
        <extracomment>notification title; %1 is the job&apos;s name</extracomment>
        <translation>Téléchargement terminé : %1</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Échec du téléchargement : %1</translation>
    </message>
    <message>
        <source>Only the files that were fully transferred were kept; the others were not, and were removed.</source>
        <translation>Seuls les fichiers entièrement transférés ont été conservés ; les autres ne l&apos;ont pas été et ont été supprimés.</translation>
    </message>
    <message>
        <source>The files are in place, but some temporary files could not be deleted; they remain beside them.</source>
        <translation>Les fichiers sont en place, mais certains fichiers temporaires n&apos;ont pas pu être supprimés ; ils restent à côté d&apos;eux.</translation>
    </message>
    <message>
        <source>Download finished with a note: %1</source>
        <extracomment>notification title; %1 is the job&apos;s name</extracomment>
        <translation>Téléchargement terminé, avec une remarque : %1</translation>
    </message>
    <message>
        <source>Could not complete: %1</source>
        <extracomment>notification title; %1 is the job&apos;s name</extracomment>
        <translation>Impossible de terminer : %1</translation>
    </message>
    <message>
        <source>Upload finished: %1</source>
        <extracomment>notification title; %1 is the job&apos;s name</extracomment>
        <translation>Téléversement terminé : %1</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <extracomment>notification title; %1 is the job&apos;s name</extracomment>
        <translation>Échec du téléversement : %1</translation>
    </message>
</context>
<context>
    <name>ServedJobs</name>
    <message>
        <source>Download transferred: %1</source>
        <extracomment>notification title; %1 is the job&apos;s name</extracomment>
        <translation>Téléchargement transféré : %1</translation>
    </message>
    <message>
        <source>Open bitsmon to complete it: the files are not in place until then.</source>
        <translation>Ouvrez bitsmon pour le terminer : d’ici là, les fichiers ne sont pas en place.</translation>
    </message>
    <message>
        <source>Files are already at:
%1
Open bitsmon to replace them and complete it.</source>
        <translation>Des fichiers sont déjà à :
%1
Ouvrez bitsmon pour les remplacer et le terminer.</translation>
    </message>
</context>
<context>
    <name>bits</name>
    <message>
        <source>The operation succeeded.</source>
        <translation>L&apos;opération a réussi.</translation>
    </message>
    <message>
        <source>This version of the transfer service does not implement the operation; the value is unknown.</source>
        <translation>Cette version du service de transfert n&apos;implémente pas l&apos;opération ; la valeur est inconnue.</translation>
    </message>
    <message>
        <source>This version of the transfer service lacks the interface needed; a newer Windows provides it.</source>
        <translation>Il manque à cette version du service de transfert l&apos;interface nécessaire ; une version plus récente de Windows la fournit.</translation>
    </message>
    <message>
        <source>The operation failed for an unspecified reason; try again, and look at the job&apos;s error if it persists.</source>
        <translation>L&apos;opération a échoué pour une raison non précisée ; réessayez, et consultez l&apos;erreur de la tâche si cela persiste.</translation>
    </message>
    <message>
        <source>The file was not found; check that it still exists.</source>
        <translation>Le fichier est introuvable ; vérifiez qu&apos;il existe toujours.</translation>
    </message>
    <message>
        <source>The destination folder does not exist; create it or pick another folder.</source>
        <translation>Le dossier de destination n&apos;existe pas ; créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Access was denied; pick a location you may write to, or run with the rights the job needs.</source>
        <translation>Accès refusé ; choisissez un emplacement où vous pouvez écrire, ou lancez le programme avec les droits nécessaires à la tâche.</translation>
    </message>
    <message>
        <source>The system ran out of memory; close some programs and try again.</source>
        <translation>Le système manque de mémoire ; fermez quelques programmes et réessayez.</translation>
    </message>
    <message>
        <source>The destination is on a read-only volume; pick a writable folder.</source>
        <translation>La destination se trouve sur un volume en lecture seule ; choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>The destination disk is full; free some space and resume the job.</source>
        <translation>Le disque de destination est plein ; libérez de l&apos;espace et reprenez la tâche.</translation>
    </message>
    <message>
        <source>A value passed to the transfer service is not valid; check the URL and destination.</source>
        <translation>Une valeur transmise au service de transfert n&apos;est pas valide ; vérifiez l&apos;URL et la destination.</translation>
    </message>
    <message>
        <source>The destination path is too long; pick a shorter path.</source>
        <translation>Le chemin de destination est trop long ; choisissez un chemin plus court.</translation>
    </message>
    <message>
        <source>The transfer service&apos;s process has gone away; bitsmon reconnects when it is back.</source>
        <translation>Le processus du service de transfert a disparu ; bitsmon se reconnecte dès son retour.</translation>
    </message>
    <message>
        <source>The transfer service&apos;s process ended during the call; bitsmon reconnects when it is back.</source>
        <translation>Le processus du service de transfert s&apos;est arrêté pendant l&apos;appel ; bitsmon se reconnecte dès son retour.</translation>
    </message>
    <message>
        <source>The transfer service no longer holds this object; bitsmon reconnects when the service is back.</source>
        <translation>Le service de transfert ne détient plus cet objet ; bitsmon se reconnecte dès le retour du service.</translation>
    </message>
    <message>
        <source>The transfer service is not running or cannot be reached; check that the BITS service is enabled.</source>
        <translation>Le service de transfert n&apos;est pas lancé ou est injoignable ; vérifiez que le service BITS est activé.</translation>
    </message>
    <message>
        <source>The call to the transfer service failed on the way; bitsmon tries again.</source>
        <translation>L&apos;appel au service de transfert a échoué en chemin ; bitsmon réessaie.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not trusted or the secure connection failed; check the server&apos;s certificate.</source>
        <translation>Le certificat TLS du serveur n&apos;est pas approuvé ou la connexion sécurisée a échoué ; vérifiez le certificat du serveur.</translation>
    </message>
    <message>
        <source>The server redirected a secure (https) download to an insecure (http) address, which is refused; ask for an https link.</source>
        <translation>Le serveur a redirigé un téléchargement sécurisé (https) vers une adresse non sécurisée (http), ce qui est refusé ; demandez un lien https.</translation>
    </message>
    <message>
        <source>The job no longer exists; it was completed or cancelled meanwhile.</source>
        <translation>La tâche n&apos;existe plus ; elle a été terminée ou annulée entre-temps.</translation>
    </message>
    <message>
        <source>The job&apos;s state does not allow this action; refresh and choose an action the state offers.</source>
        <translation>L&apos;état de la tâche ne permet pas cette action ; actualisez et choisissez une action que cet état propose.</translation>
    </message>
    <message>
        <source>The job has no files; add a file before resuming it.</source>
        <translation>La tâche n&apos;a aucun fichier ; ajoutez un fichier avant de la reprendre.</translation>
    </message>
    <message>
        <source>The file is not available yet; complete the job first.</source>
        <translation>Le fichier n&apos;est pas encore disponible ; terminez d&apos;abord la tâche.</translation>
    </message>
    <message>
        <source>The URL&apos;s protocol is not supported; use an http:// or https:// URL.</source>
        <translation>Le protocole de l&apos;URL n&apos;est pas pris en charge ; utilisez une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>The destination file is open in another program; close it and complete the job again.</source>
        <translation>Le fichier de destination est ouvert dans un autre programme ; fermez-le et terminez à nouveau la tâche.</translation>
    </message>
    <message>
        <source>The service gave no details about this error; retry the job.</source>
        <translation>Le service n&apos;a donné aucun détail sur cette erreur ; relancez la tâche.</translation>
    </message>
    <message>
        <source>The network is disconnected; the job resumes when it is back.</source>
        <translation>Le réseau est déconnecté ; la tâche reprend à son retour.</translation>
    </message>
    <message>
        <source>The server did not tell the file&apos;s size, which a background download needs; retry at foreground priority.</source>
        <translation>Le serveur n&apos;a pas indiqué la taille du fichier, dont un téléchargement en arrière-plan a besoin ; relancez en priorité premier plan.</translation>
    </message>
    <message>
        <source>The server does not support HTTP 1.1 as background downloads need; retry at foreground priority.</source>
        <translation>Le serveur ne prend pas en charge HTTP 1.1 comme l&apos;exigent les téléchargements en arrière-plan ; relancez en priorité premier plan.</translation>
    </message>
    <message>
        <source>The server ignores HTTP range requests, which background downloads use; retry at foreground priority.</source>
        <translation>Le serveur ignore les requêtes de plage HTTP qu&apos;utilisent les téléchargements en arrière-plan ; relancez en priorité premier plan.</translation>
    </message>
    <message>
        <source>Only the files that were fully transferred were kept; the others were removed.</source>
        <translation>Seuls les fichiers entièrement transférés ont été conservés ; les autres ont été supprimés.</translation>
    </message>
    <message>
        <source>The job ended, but some temporary files could not be deleted.</source>
        <translation>La tâche est terminée, mais certains fichiers temporaires n&apos;ont pas pu être supprimés.</translation>
    </message>
    <message>
        <source>The job has more files than the policy allows (200 by default); split it into several jobs.</source>
        <translation>La tâche a plus de fichiers que la stratégie ne l&apos;autorise (200 par défaut) ; répartissez-la en plusieurs tâches.</translation>
    </message>
    <message>
        <source>The job made no progress for too long and stopped retrying; check the server and retry.</source>
        <translation>La tâche n&apos;a pas progressé depuis trop longtemps et a cessé de réessayer ; vérifiez le serveur et relancez.</translation>
    </message>
    <message>
        <source>The server could not be reached; check that it is running and the address is right. The job retries by itself.</source>
        <translation>Le serveur est injoignable ; vérifiez qu&apos;il fonctionne et que l&apos;adresse est juste. La tâche réessaie d&apos;elle-même.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved; check the URL&apos;s host name.</source>
        <translation>Le nom du serveur n&apos;a pas pu être résolu ; vérifiez le nom d&apos;hôte de l&apos;URL.</translation>
    </message>
    <message>
        <source>The server took too long to answer; the job retries by itself.</source>
        <translation>Le serveur a mis trop de temps à répondre ; la tâche réessaie d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Group policy blocks this transfer; ask your administrator.</source>
        <translation>Une stratégie de groupe bloque ce transfert ; adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>You have as many jobs as the policy allows (60 by default); complete or cancel some first.</source>
        <translation>Vous avez autant de tâches que la stratégie l&apos;autorise (60 par défaut) ; terminez-en ou annulez-en d&apos;abord quelques-unes.</translation>
    </message>
    <message>
        <source>The downloaded file does not have the expected SHA-256, so it was not kept; check the expected hash and retry.</source>
        <translation>Le fichier téléchargé n&apos;a pas le SHA-256 attendu, il n&apos;a donc pas été conservé ; vérifiez l&apos;empreinte attendue et relancez.</translation>
    </message>
    <message>
        <source>The transfer service no longer holds the record of this file, so it could not be told whether the file is valid; bitsmon checks it once the job is complete.</source>
        <translation>Le service de transfert ne détient plus l&apos;enregistrement de ce fichier, il n&apos;a donc pas pu être informé de sa validité ; bitsmon le vérifie une fois la tâche terminée.</translation>
    </message>
    <message>
        <source>The downloaded file did not pass the check (it does not have the expected SHA-256) and was discarded; retry to download it again, or cancel the job.</source>
        <translation>Le fichier téléchargé n&apos;a pas passé la vérification (il n&apos;a pas le SHA-256 attendu) et a été écarté ; relancez pour le télécharger à nouveau, ou annulez la tâche.</translation>
    </message>
    <message>
        <source>The transfer service is not ready to take the answer yet (the file is not fully transferred); bitsmon checks the file once the job is complete.</source>
        <translation>Le service de transfert n&apos;est pas encore prêt à recevoir la réponse (le fichier n&apos;est pas entièrement transféré) ; bitsmon vérifie le fichier une fois la tâche terminée.</translation>
    </message>
    <message>
        <source>Another program holds the file open; close it and try again.</source>
        <translation>Un autre programme garde le fichier ouvert ; fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The Background Intelligent Transfer Service is disabled; enable it (services.msc, &quot;Background Intelligent Transfer Service&quot;, startup type Manual).</source>
        <translation>Le service de transfert intelligent en arrière-plan est désactivé ; activez-le (services.msc, « Service de transfert intelligent en arrière-plan », type de démarrage Manuel).</translation>
    </message>
    <message>
        <source>The transfer service did not start in time; bitsmon tries again by itself.</source>
        <translation>Le service de transfert n&apos;a pas démarré à temps ; bitsmon réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The credentials given for the job are not valid; set them again.</source>
        <translation>Les identifiants donnés pour la tâche ne sont pas valides ; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>The server answered %1: the server wants credentials; set them and retry.</source>
        <translation>Le serveur a répondu %1 : le serveur demande des identifiants ; saisissez-les et relancez.</translation>
    </message>
    <message>
        <source>The server answered %1: the server refuses access to the file; check the URL or your rights.</source>
        <translation>Le serveur a répondu %1 : le serveur refuse l&apos;accès au fichier ; vérifiez l&apos;URL ou vos droits.</translation>
    </message>
    <message>
        <source>The server answered %1: the file is not on the server; check the URL.</source>
        <translation>Le serveur a répondu %1 : le fichier n&apos;est pas sur le serveur ; vérifiez l&apos;URL.</translation>
    </message>
    <message>
        <source>The server answered %1: the server failed; retry later.</source>
        <translation>Le serveur a répondu %1 : le serveur a échoué ; relancez plus tard.</translation>
    </message>
    <message>
        <source>The server answered %1: check the URL and retry.</source>
        <translation>Le serveur a répondu %1 : vérifiez l&apos;URL et relancez.</translation>
    </message>
    <message>
        <source>%1: an error this version of bitsmon has no description for.</source>
        <translation>%1 : une erreur que cette version de bitsmon ne sait pas décrire.</translation>
    </message>
    <message>
        <source>No URL was given. Enter an http:// or https:// address.</source>
        <translation>Aucune URL n&apos;a été donnée. Saisissez une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>The URL is %1 characters long; the limit is %2. Use a shorter URL.</source>
        <translation>L&apos;URL compte %1 caractères ; la limite est de %2. Utilisez une URL plus courte.</translation>
    </message>
    <message>
        <source>The URL contains a space or control character. Encode spaces as %1 and try again.</source>
        <translation>L&apos;URL contient une espace ou un caractère de contrôle. Encodez les espaces en %1 et réessayez.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; has no scheme. Start it with http:// or https://.</source>
        <translation>L&apos;URL « %1 » n&apos;a pas de schéma. Commencez-la par http:// ou https://.</translation>
    </message>
    <message>
        <source>The URL uses %1:, which background transfers do not support. Use an http:// or https:// URL.</source>
        <translation>L&apos;URL utilise %1:, que les transferts en arrière-plan ne prennent pas en charge. Utilisez une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no server. Check the address.</source>
        <translation>L&apos;URL « %1 » ne nomme aucun serveur. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>No destination was given. Choose where to save the file.</source>
        <translation>Aucune destination n&apos;a été donnée. Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; is not an absolute path. Give the full path.</source>
        <translation>La destination « %1 » n&apos;est pas un chemin absolu. Donnez le chemin complet.</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; names a folder, not a file. Add a file name.</source>
        <translation>La destination « %1 » désigne un dossier, pas un fichier. Ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; is an existing folder. Give a file name inside it.</source>
        <translation>La destination « %1 » est un dossier existant. Donnez un nom de fichier à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Create it or choose another.</source>
        <translation>Le dossier « %1 » n&apos;existe pas. Créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder. Choose an existing folder.</source>
        <translation>« %1 » n&apos;est pas un dossier. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written to. Choose a folder you may write to.</source>
        <translation>Impossible d&apos;écrire dans le dossier « %1 ». Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The job has no files. Add at least one URL.</source>
        <translation>La tâche n&apos;a aucun fichier. Ajoutez au moins une URL.</translation>
    </message>
    <message numerus="yes">
        <source>The job has %n files; the limit is %1. Split it into several jobs.</source>
        <translation>
            <numerusform>La tâche a %n fichier ; la limite est de %1. Répartissez-la en plusieurs tâches.</numerusform>
            <numerusform>La tâche a %n fichiers ; la limite est de %1. Répartissez-la en plusieurs tâches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two files of the job go to &quot;%1&quot;. Give each file its own destination.</source>
        <translation>Deux fichiers de la tâche vont vers « %1 ». Donnez à chaque fichier sa propre destination.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256: give the 64 hexadecimal digits of the file&apos;s hash.</source>
        <translation>« %1 » n&apos;est pas un SHA-256 : donnez les 64 chiffres hexadécimaux de l&apos;empreinte du fichier.</translation>
    </message>
    <message>
        <source>The job %1 does not exist.</source>
        <translation>La tâche %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is %2, which does not allow this.</source>
        <translation>La tâche « %1 » est à l&apos;état %2, qui ne le permet pas.</translation>
    </message>
    <message numerus="yes">
        <source>There are already %n jobs; the limit is %1. Complete or cancel some, then try again.</source>
        <translation>
            <numerusform>Il y a déjà %n tâche ; la limite est de %1. Terminez-en ou annulez-en, puis réessayez.</numerusform>
            <numerusform>Il y a déjà %n tâches ; la limite est de %1. Terminez-en ou annulez-en quelques-unes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Jobs may not survive a restart.</source>
        <translation>%1 Les tâches risquent de ne pas survivre à un redémarrage.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; was replaced since the job was created (it now leads to &quot;%2&quot;), so the file is not put there. Cancel the job and start it again.</source>
        <translation>Le dossier de « %1 » a été remplacé depuis la création de la tâche (il mène maintenant à « %2 »), le fichier n&apos;y est donc pas placé. Annulez la tâche et relancez-la.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now a folder, so the file cannot be put there. Move the folder away and complete the job again.</source>
        <translation>« %1 » est désormais un dossier, le fichier ne peut donc pas y être placé. Déplacez ce dossier et terminez à nouveau la tâche.</translation>
    </message>
    <message>
        <source>The file could not be moved into place at &quot;%1&quot;: %2. Fix that and complete the job again.</source>
        <translation>Le fichier n&apos;a pas pu être mis en place à « %1 » : %2. Corrigez cela et terminez à nouveau la tâche.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; no longer exists. Create it and retry.</source>
        <translation>Le dossier « %1 » n&apos;existe plus. Créez-le et relancez.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; was replaced since the job was created; bitsmon does not write through it. Cancel the job and start it again.</source>
        <translation>Le dossier « %1 » a été remplacé depuis la création de la tâche ; bitsmon n&apos;écrit pas à travers lui. Annulez la tâche et relancez-la.</translation>
    </message>
    <message>
        <source>The temporary file for &quot;%1&quot; could not be created in &quot;%2&quot;: %3.</source>
        <translation>Le fichier temporaire de « %1 » n&apos;a pas pu être créé dans « %2 » : %3.</translation>
    </message>
    <message>
        <source>The server answered the range request for %1 with the wrong part of the file (%2).</source>
        <translation>Le serveur a répondu à la requête de plage pour %1 avec la mauvaise partie du fichier (%2).</translation>
    </message>
    <message>
        <source>The server ignores range requests for %1.</source>
        <translation>Le serveur ignore les requêtes de plage pour %1.</translation>
    </message>
    <message>
        <source>The server did not tell the size of %1.</source>
        <translation>Le serveur n&apos;a pas indiqué la taille de %1.</translation>
    </message>
    <message>
        <source>Writing the temporary file of &quot;%1&quot; failed: %2. What was downloaded is kept; free some space and retry.</source>
        <translation>L&apos;écriture du fichier temporaire de « %1 » a échoué : %2. Ce qui a été téléchargé est conservé ; libérez de l&apos;espace et relancez.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2. bitsmon retries later.</source>
        <translation>Le serveur a répondu HTTP %1 pour %2. bitsmon réessaie plus tard.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2.</source>
        <translation>Le serveur a répondu HTTP %1 pour %2.</translation>
    </message>
    <message>
        <source>The server closed the connection after %1 of %2 bytes of %3. bitsmon resumes from there later.</source>
        <translation>Le serveur a fermé la connexion après %1 octets sur %2 de %3. bitsmon reprendra de là plus tard.</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 is %2, not the expected %3; the download was discarded. Check the expected hash, or retry to download it again.</source>
        <translation>Le SHA-256 de %1 est %2, et non %3 comme attendu ; le téléchargement a été écarté. Vérifiez l&apos;empreinte attendue, ou relancez pour le télécharger à nouveau.</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 could not be read, so it is not the expected %2; the download was discarded. Retry to download it again.</source>
        <translation>Le SHA-256 de %1 n&apos;a pas pu être lu, il n&apos;est donc pas le %2 attendu ; le téléchargement a été écarté. Relancez pour le télécharger à nouveau.</translation>
    </message>
    <message>
        <source>The job list &quot;%1&quot; could not be read (%2); bitsmon leaves it as it is and keeps new jobs in memory only.</source>
        <translation>La liste des tâches « %1 » n&apos;a pas pu être lue (%2) ; bitsmon la laisse telle quelle et ne garde les nouvelles tâches qu&apos;en mémoire.</translation>
    </message>
    <message>
        <source>The job list &quot;%1&quot; was written by a newer bitsmon (format %2). This version does not read it and leaves it untouched; update bitsmon to see those jobs. New jobs are kept in memory only.</source>
        <translation>La liste des tâches « %1 » a été écrite par un bitsmon plus récent (format %2). Cette version ne la lit pas et n&apos;y touche pas ; mettez bitsmon à jour pour voir ces tâches. Les nouvelles tâches ne sont gardées qu&apos;en mémoire.</translation>
    </message>
    <message>
        <source>The job list &quot;%1&quot; was damaged; it was moved to &quot;%2&quot; and bitsmon started with an empty list.</source>
        <translation>La liste des tâches « %1 » était endommagée ; elle a été déplacée vers « %2 » et bitsmon a démarré avec une liste vide.</translation>
    </message>
    <message>
        <source>The job list &quot;%1&quot; could not be saved: %2.</source>
        <translation>La liste des tâches « %1 » n&apos;a pas pu être enregistrée : %2.</translation>
    </message>
    <message>
        <source>The transfer service answers again; the list is up to date.</source>
        <translation>Le service de transfert répond à nouveau ; la liste est à jour.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 says what failed, %2 why: an error&apos;s name, code and meaning</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>COM could not be initialised on the worker thread</source>
        <translation>COM n&apos;a pas pu être initialisé sur le fil de travail</translation>
    </message>
    <message>
        <source>The Background Intelligent Transfer Service stopped answering (%1). bitsmon keeps showing the jobs as it last saw them and reconnects when the service is back.</source>
        <translation>Le service de transfert intelligent en arrière-plan a cessé de répondre (%1). bitsmon continue d&apos;afficher les tâches telles qu&apos;il les a vues en dernier et se reconnecte au retour du service.</translation>
    </message>
    <message>
        <source>BITS cannot be reached (%1); bitsmon keeps trying. If it lasts, check in services.msc that BITS is not disabled.</source>
        <translation>BITS est injoignable (%1) ; bitsmon continue d&apos;essayer. Si cela dure, vérifiez dans services.msc que BITS n&apos;est pas désactivé.</translation>
    </message>
    <message>
        <source>Only your own jobs are listed: listing every user&apos;s jobs needs bitsmon to run as administrator.</source>
        <translation>Seules vos propres tâches sont listées : lister celles de tous les utilisateurs exige de lancer bitsmon en administrateur.</translation>
    </message>
    <message>
        <source>The jobs could not be listed</source>
        <translation>Les tâches n&apos;ont pas pu être listées</translation>
    </message>
    <message>
        <source>The list of jobs was cut short, so no job is taken as gone; the next poll reads it again</source>
        <translation>La liste des tâches a été interrompue, aucune tâche n&apos;est donc considérée comme disparue ; la prochaine interrogation la relit</translation>
    </message>
    <message>
        <source>The job %1 could not be read</source>
        <translation>La tâche %1 n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>The job could not be created</source>
        <translation>La tâche n&apos;a pas pu être créée</translation>
    </message>
    <message>
        <source>The job&apos;s description could not be set</source>
        <translation>La description de la tâche n&apos;a pas pu être définie</translation>
    </message>
    <message>
        <source>The job&apos;s priority could not be set</source>
        <translation>La priorité de la tâche n&apos;a pas pu être définie</translation>
    </message>
    <message>
        <source>The job&apos;s retry delay could not be set</source>
        <translation>Le délai de nouvelle tentative de la tâche n&apos;a pas pu être défini</translation>
    </message>
    <message>
        <source>The job&apos;s no-progress timeout could not be set</source>
        <translation>Le délai d&apos;inactivité de la tâche n&apos;a pas pu être défini</translation>
    </message>
    <message>
        <source>The file %1 could not be added</source>
        <translation>Le fichier %1 n&apos;a pas pu être ajouté</translation>
    </message>
    <message>
        <source>The SHA-256 check of %1 is undecided: the transfer service did not take the answer (%2). bitsmon checks the file again once the job is complete.</source>
        <translation>La vérification SHA-256 de %1 est indécise : le service de transfert n&apos;a pas pris la réponse (%2). bitsmon vérifie à nouveau le fichier une fois la tâche terminée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was completed but could not be read to check its SHA-256 (%2). It was kept, NOT checked: check it yourself before you use it.</source>
        <translation>« %1 » a été terminé mais n&apos;a pas pu être lu pour vérifier son SHA-256 (%2). Il a été conservé, NON vérifié : vérifiez-le vous-même avant de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 is %2, not the expected %3; &quot;%4&quot; was removed. Check the expected hash and download it again.</source>
        <translation>Le SHA-256 de %1 est %2, et non %3 comme attendu ; « %4 » a été supprimé. Vérifiez l&apos;empreinte attendue et téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The job could not be resumed</source>
        <translation>La tâche n&apos;a pas pu être reprise</translation>
    </message>
    <message>
        <source>The job could not be suspended</source>
        <translation>La tâche n&apos;a pas pu être suspendue</translation>
    </message>
    <message>
        <source>The job could not be cancelled</source>
        <translation>La tâche n&apos;a pas pu être annulée</translation>
    </message>
    <message>
        <source>The job could not be completed</source>
        <translation>La tâche n&apos;a pas pu être terminée</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 does not match the expected one; the job is not completed. Retry to download it again, or cancel it and check the expected hash.</source>
        <translation>Le SHA-256 de %1 ne correspond pas à celui attendu ; la tâche n&apos;est pas terminée. Relancez pour le télécharger à nouveau, ou annulez-la et vérifiez l&apos;empreinte attendue.</translation>
    </message>
    <message>
        <source>The job&apos;s priority could not be changed</source>
        <translation>La priorité de la tâche n&apos;a pas pu être changée</translation>
    </message>
    <message>
        <source>The job could not be watched</source>
        <translation>La tâche n&apos;a pas pu être surveillée</translation>
    </message>
    <message>
        <source>The job&apos;s notifications could not be released</source>
        <translation>Les notifications de la tâche n&apos;ont pas pu être libérées</translation>
    </message>
    <message>
        <source>The file of expected SHA-256 values (%1) is not one this bitsmon reads; jobs from an earlier run are completed without their check.</source>
        <translation>Le fichier des SHA-256 attendus (%1) n&apos;est pas d&apos;un format que ce bitsmon lit ; les tâches d&apos;une exécution précédente sont terminées sans leur vérification.</translation>
    </message>
    <message>
        <source>The expected SHA-256 values could not be saved to %1 (%2); if bitsmon restarts before these jobs finish, they are completed without their check.</source>
        <translation>Les SHA-256 attendus n&apos;ont pas pu être enregistrés dans %1 (%2) ; si bitsmon redémarre avant la fin de ces tâches, elles seront terminées sans leur vérification.</translation>
    </message>
    <message>
        <source>The file to upload &quot;%1&quot; could not be read: %2.</source>
        <translation>Le fichier à téléverser « %1 » n&apos;a pas pu être lu : %2.</translation>
    </message>
    <message>
        <source>The server did not open an upload session for %1.</source>
        <translation>Le serveur n&apos;a pas ouvert de session de téléversement pour %1.</translation>
    </message>
    <message>
        <source>The server at %1 does not speak the BITS Upload Protocol (no session, or another protocol); upload to a server with BITS uploads enabled.</source>
        <translation>Le serveur de %1 ne parle pas le protocole de téléversement BITS (pas de session, ou un autre protocole) ; téléversez vers un serveur où les téléversements BITS sont activés.</translation>
    </message>
    <message>
        <source>The server refused bytes %1 to %2 of %3.</source>
        <translation>Le serveur a refusé les octets %1 à %2 de %3.</translation>
    </message>
    <message>
        <source>The server gave no reply for the upload to %1.</source>
        <translation>Le serveur n&apos;a donné aucune réponse au téléversement vers %1.</translation>
    </message>
    <message>
        <source>The reply to the upload to %1 could not be fetched (HTTP %2).</source>
        <translation>La réponse au téléversement vers %1 n&apos;a pas pu être récupérée (HTTP %2).</translation>
    </message>
    <message>
        <source>The reply could not be written to &quot;%1&quot;: %2.</source>
        <translation>La réponse n&apos;a pas pu être écrite dans « %1 » : %2.</translation>
    </message>
    <message>
        <source>The server did not close the upload session for %1.</source>
        <translation>Le serveur n&apos;a pas fermé la session de téléversement pour %1.</translation>
    </message>
    <message>
        <source>The file to upload &quot;%1&quot; is not an absolute path. Give the full path.</source>
        <translation>Le fichier à téléverser « %1 » n&apos;est pas un chemin absolu. Donnez le chemin complet.</translation>
    </message>
    <message>
        <source>The file to upload &quot;%1&quot; does not exist. Check its name.</source>
        <translation>Le fichier à téléverser « %1 » n&apos;existe pas. Vérifiez son nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file. An upload sends one file.</source>
        <translation>« %1 » n&apos;est pas un fichier. Un téléversement envoie un fichier.</translation>
    </message>
    <message>
        <source>The file to upload &quot;%1&quot; cannot be read. Check its permissions.</source>
        <translation>Le fichier à téléverser « %1 » ne peut pas être lu. Vérifiez ses autorisations.</translation>
    </message>
    <message numerus="yes">
        <source>An upload job sends exactly one file; this one has %n. Make one upload job per file.</source>
        <translation>
            <numerusform>Une tâche de téléversement envoie exactement un fichier ; celle-ci en a %n. Créez une tâche de téléversement par fichier.</numerusform>
            <numerusform>Une tâche de téléversement envoie exactement un fichier ; celle-ci en a %n. Créez une tâche de téléversement par fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>An upload-reply job needs a file for the reply. Choose where to save it.</source>
        <translation>Une tâche de téléversement avec réponse a besoin d&apos;un fichier pour la réponse. Choisissez où l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The reply file %1 could not be set</source>
        <translation>Le fichier de réponse %1 n&apos;a pas pu être défini</translation>
    </message>
    <message>
        <source>Wine&apos;s BITS cannot send files (and cancelling such a job deletes the file). Start bitsmon with --embedded to upload with its own transfer service.</source>
        <translation>Le BITS de Wine ne sait pas envoyer de fichiers (et annuler une telle tâche supprime le fichier). Lancez bitsmon avec --embedded pour envoyer avec son propre service de transfert.</translation>
    </message>
    <message>
        <source>The file being uploaded changed after the upload began; cancel the job and upload the file again.</source>
        <translation>Le fichier envoyé a changé après le début de l&apos;envoi ; annulez la tâche et envoyez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>The server no longer knows the upload&apos;s session (it restarted or expired it); the upload starts over in a new session.</source>
        <translation>Le serveur ne connaît plus la session de l&apos;envoi (il a redémarré ou l&apos;a expirée) ; l&apos;envoi reprend depuis le début dans une nouvelle session.</translation>
    </message>
    <message>
        <source>The reply is larger than the 1 MB BITS keeps in memory; complete the job to get the whole reply in its reply file.</source>
        <translation>La réponse dépasse le 1 Mo que BITS garde en mémoire ; terminez la tâche pour obtenir toute la réponse dans son fichier.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is not an upload-reply job: it has no reply.</source>
        <translation>La tâche « %1 » n&apos;est pas un envoi avec réponse : elle n&apos;a pas de réponse.</translation>
    </message>
    <message>
        <source>The reply of &quot;%1&quot; can be read only once the job is transferred and before it is completed; it is %2.</source>
        <translation>La réponse de « %1 » ne peut être lue qu&apos;une fois la tâche transférée et avant qu&apos;elle soit terminée ; elle est %2.</translation>
    </message>
    <message>
        <source>The reply of &quot;%1&quot; could not be read from &quot;%2&quot;: %3.</source>
        <translation>La réponse de « %1 » n&apos;a pas pu être lue depuis « %2 » : %3.</translation>
    </message>
    <message>
        <source>The job&apos;s reply could not be read</source>
        <translation>La réponse de la tâche n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>The file to upload &quot;%1&quot; is empty: there is nothing to send. Choose a file with content.</source>
        <translation>Le fichier à téléverser « %1 » est vide : il n&apos;y a rien à envoyer. Choisissez un fichier qui a un contenu.</translation>
    </message>
    <message>
        <source>The file to upload &quot;%1&quot; changed after its upload began, so the server cannot get one whole file of it; cancel the job and upload the file again.</source>
        <translation>Le fichier à téléverser « %1 » a changé après le début de son envoi, le serveur ne peut donc pas en recevoir un fichier entier ; annulez la tâche et envoyez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>The reply is %1 bytes, more than the 1 MB BITS keeps in memory; complete the job to get it in &quot;%2&quot;.</source>
        <translation>La réponse fait %1 octets, plus que le 1 Mo que BITS garde en mémoire ; terminez la tâche pour l&apos;obtenir dans « %2 ».</translation>
    </message>
</context>
<context>
    <name>bitsmon::Application</name>
    <message>
        <source>The download could not be started: %1</source>
        <translation>Le téléchargement n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Download started.</source>
        <translation>Téléchargement démarré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is transferred and waits: complete it when the old file may go.</source>
        <translation>« %1 » est transféré et attend : terminez-le quand l&apos;ancien fichier peut partir.</translation>
    </message>
    <message>
        <source>The upload could not be started: %1</source>
        <translation>Le téléversement n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Upload started.</source>
        <translation>Téléversement démarré.</translation>
    </message>
</context>
<context>
    <name>bitsmon::ClosedAppServer</name>
    <message>
        <source>bitsmon is not registered with BITS: when a download finishes while bitsmon is closed, nothing happens until you start it. Run bitsmon --register-server from an elevated prompt, or install bitsmon with its installer.</source>
        <translation>bitsmon n’est pas inscrit auprès de BITS : quand un téléchargement se termine pendant que bitsmon est fermé, rien ne se passe avant que vous le lanciez. Lancez bitsmon --register-server depuis une invite élevée, ou installez bitsmon avec son programme d’installation.</translation>
    </message>
    <message>
        <source>bitsmon is registered with BITS as &quot;%1&quot;, which no longer exists: run bitsmon --register-server from an elevated prompt, or reinstall bitsmon.</source>
        <translation>bitsmon est inscrit auprès de BITS comme « %1 », qui n’existe plus : lancez bitsmon --register-server depuis une invite élevée, ou réinstallez bitsmon.</translation>
    </message>
    <message>
        <source>BITS starts another copy of bitsmon, &quot;%1&quot;, not this one, when a download finishes while bitsmon is closed.</source>
        <translation>BITS lance une autre copie de bitsmon, « %1 », et non celle-ci, quand un téléchargement se termine pendant que bitsmon est fermé.</translation>
    </message>
    <message>
        <source>bitsmon is registered with BITS, but not to run as the signed-in user: run bitsmon --register-server from an elevated prompt.</source>
        <translation>bitsmon est inscrit auprès de BITS, mais pas pour s’exécuter en tant qu’utilisateur connecté : lancez bitsmon --register-server depuis une invite élevée.</translation>
    </message>
    <message>
        <source>BITS starts this bitsmon (&quot;%1&quot;) when one of its downloads finishes while it is closed.</source>
        <translation>BITS lance ce bitsmon (« %1 ») quand l’un de ses téléchargements se termine pendant qu’il est fermé.</translation>
    </message>
</context>
<context>
    <name>bitsmon::DetailsPane</name>
    <message>
        <source>none</source>
        <extracomment>notification flags of a job when none is set</extracomment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Sélectionnez une tâche pour en voir le détail.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Created by bitsmon</source>
        <translation>Créée par bitsmon</translation>
    </message>
    <message>
        <source>Remote URL</source>
        <translation>URL distante</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Nom local</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>created %1, modified %2, transferred %3</source>
        <extracomment>created, last modified and transfer-completed times</extracomment>
        <translation>créée le %1, modifiée le %2, transférée : %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>yes: bitsmon takes its notifications</source>
        <translation>oui : bitsmon reçoit ses notifications</translation>
    </message>
    <message>
        <source>no: another program&apos;s job, polled</source>
        <translation>non : tâche d&apos;un autre programme, consultée périodiquement</translation>
    </message>
    <message>
        <source>its owner&apos;s concern</source>
        <translation>l’affaire de son propriétaire</translation>
    </message>
    <message>
        <source>bitsmon picks it up when it next starts</source>
        <translation>bitsmon le reprend à son prochain démarrage</translation>
    </message>
    <message>
        <source>BITS starts bitsmon when it finishes or fails</source>
        <translation>BITS lance bitsmon quand il se termine ou échoue</translation>
    </message>
    <message>
        <source>closed-app notification: not supported by this BITS (no IBackgroundCopyJob5); bitsmon picks it up when it next starts</source>
        <translation>notification application fermée : non prise en charge par ce BITS (pas d’IBackgroundCopyJob5) ; bitsmon le reprend à son prochain démarrage</translation>
    </message>
    <message>
        <source>While bitsmon is closed</source>
        <translation>Pendant que bitsmon est fermé</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>an upload-reply job&apos;s reply from the server: its file and progress</extracomment>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>a field&apos;s label in the details pane (&quot;State:&quot;); French puts a space before the colon</extracomment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bitsmon::JobActions</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Retry at &amp;foreground priority</source>
        <translation>Réessayer en priorité de &amp;premier plan</translation>
    </message>
    <message>
        <source>Download in one request, for servers that do not support the range requests background transfers use</source>
        <translation>Télécharger en une seule requête, pour les serveurs qui ne gèrent pas les requêtes partielles qu&apos;utilisent les transferts en arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Put the downloaded files in place</source>
        <translation>Mettre les fichiers téléchargés en place</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l&apos;&amp;URL</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>%1 of the selected jobs were created by other programs. Cancelling deletes what they downloaded, and those programs will not get their files. Cancel them anyway?</source>
        <translation>%1 des tâches sélectionnées ont été créées par d&apos;autres programmes. Les annuler supprime ce qu&apos;elles ont téléchargé, et ces programmes n&apos;auront pas leurs fichiers. Les annuler quand même ?</translation>
    </message>
    <message>
        <source>%1 of the selected jobs were created by other programs. Completing puts their files in place before those programs have checked them, and they will not be told. Complete them anyway?</source>
        <translation>%1 des tâches sélectionnées ont été créées par d&apos;autres programmes. Les terminer met leurs fichiers en place avant que ces programmes les aient vérifiés, sans les prévenir. Les terminer quand même ?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be retried at foreground priority: the server does not tell the file&apos;s size (dynamic content), and BITS needs range requests for it anyway. Download it with a browser instead.</source>
        <translation>« %1 » ne peut pas être réessayé en priorité de premier plan : le serveur n&apos;indique pas la taille du fichier (contenu dynamique), et BITS a de toute façon besoin de requêtes partielles. Téléchargez-le plutôt avec un navigateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be retried at foreground priority: files of 2 GB or more are downloaded in ranges even then. Ask for a server that supports range requests.</source>
        <translation>« %1 » ne peut pas être réessayé en priorité de premier plan : les fichiers de 2 Go ou plus sont alors aussi téléchargés par parties. Demandez un serveur qui gère les requêtes partielles.</translation>
    </message>
    <message>
        <source>Clear &amp;gone jobs</source>
        <translation>Effacer les tâches &amp;disparues</translation>
    </message>
    <message>
        <source>Remove the greyed rows of jobs the transfer service no longer lists</source>
        <translation>Retirer les lignes grisées des tâches que le service de transfert ne liste plus</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;ropriétés</translation>
    </message>
    <message>
        <source>Save a copy of the server&apos;s reply now, before the job is completed</source>
        <translation>Enregistrer dès maintenant une copie de la réponse du serveur, avant que la tâche soit terminée</translation>
    </message>
    <message>
        <source>The reply of &quot;%1&quot; was not saved: %2</source>
        <translation>La réponse de « %1 » n&apos;a pas été enregistrée : %2</translation>
    </message>
    <message>
        <source>The reply of &quot;%1&quot; could not be saved as &quot;%2&quot;: %3. Choose another folder.</source>
        <translation>La réponse de « %1 » n&apos;a pas pu être enregistrée sous « %2 » : %3. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The reply of &quot;%1&quot; (%2) is saved as &quot;%3&quot;.</source>
        <translation>La réponse de « %1 » (%2) est enregistrée sous « %3 ».</translation>
    </message>
    <message>
        <source>Save rep&amp;ly as...</source>
        <translation>Enregistrer la &amp;réponse sous...</translation>
    </message>
    <message>
        <source>Save a copy of the reply...</source>
        <extracomment>the button under an upload-reply&apos;s reply in the details pane</extracomment>
        <translation>Enregistrer une copie de la réponse...</translation>
    </message>
</context>
<context>
    <name>bitsmon::JobTableModel</name>
    <message>
        <source>The transfer service no longer lists this job.</source>
        <extracomment>tooltip of a greyed row</extracomment>
        <translation>Le service de transfert ne liste plus cette tâche.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>files transferred of files in the job</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>column header: the job&apos;s display name</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Bytes</source>
        <extracomment>column header: bytes transferred of total</extracomment>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Rate</source>
        <extracomment>column header: transfer rate</extracomment>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 percent, %2</source>
        <extracomment>read aloud for a progress cell: %1 is a whole number, %2 &quot;2.1 MB of 4.6 MB&quot;</extracomment>
        <translation>%1 pour cent, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>read aloud for a failed job&apos;s state: &quot;Error: Server ignores ranges&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, no longer listed</source>
        <extracomment>read aloud for a greyed row&apos;s name</extracomment>
        <translation>%1, plus listée</translation>
    </message>
    <message>
        <source>Time left</source>
        <extracomment>column header: estimated time until the transfer ends</extracomment>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>column header: download, upload or upload-reply</extracomment>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>bitsmon::MainWindow</name>
    <message>
        <source>bitsmon — background transfers</source>
        <translation>bitsmon — transferts en arrière-plan</translation>
    </message>
    <message>
        <source>&amp;New download...</source>
        <translation>&amp;Nouveau téléchargement...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>bitsmon</source>
        <translation>bitsmon</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <extracomment>status bar: which transfer service bitsmon is watching</extracomment>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>status line: a job&apos;s name and its state</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>This copy of bitsmon came without its README.</source>
        <translation>Cette copie de bitsmon est livrée sans son README.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About bitsmon</source>
        <translation>À &amp;propos de bitsmon</translation>
    </message>
    <message>
        <source>About bitsmon</source>
        <translation>À propos de bitsmon</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;bitsmon %1&lt;/h3&gt;&lt;p&gt;Shows and controls background transfers (BITS jobs).&lt;/p&gt;&lt;p&gt;Transfer service: %2&lt;br&gt;Qt %3 (built with Qt %4)&lt;/p&gt;&lt;p&gt;© 2026 the bitsmon developers. All rights reserved: bitsmon is not yet published under a free licence. It uses Qt under the GNU LGPL, version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;bitsmon %1&lt;/h3&gt;&lt;p&gt;Affiche et pilote les transferts en arrière-plan (tâches BITS).&lt;/p&gt;&lt;p&gt;Service de transfert : %2&lt;br&gt;Qt %3 (compilé avec Qt %4)&lt;/p&gt;&lt;p&gt;© 2026 les développeurs de bitsmon. Tous droits réservés : bitsmon n’est pas encore publié sous une licence libre. Il utilise Qt sous la licence GNU LGPL, version 3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>pas encore démarré</translation>
    </message>
    <message>
        <source>Filter the jobs</source>
        <extracomment>a keyboard shortcut: moves the focus to the filter box</extracomment>
        <translation>Filtrer les tâches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>&amp;Paste links</source>
        <translation>Co&amp;ller des liens</translation>
    </message>
    <message>
        <source>Download the links on the clipboard</source>
        <translation>Télécharger les liens du presse-papiers</translation>
    </message>
    <message>
        <source>The clipboard holds no http:// or https:// link to download. Copy a link, then paste it here.</source>
        <translation>Le presse-papiers ne contient aucun lien http:// ou https:// à télécharger. Copiez un lien, puis collez-le ici.</translation>
    </message>
    <message>
        <source>No job matches “%1”.</source>
        <translation>Aucune tâche ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>Actions sur les tâches</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>Filtrer les tâches</translation>
    </message>
    <message>
        <source>One row per transfer. Enter shows its details; the context menu key lists what can be done.</source>
        <translation>Une ligne par transfert. Entrée affiche ses détails ; la touche du menu contextuel liste ce qui peut être fait.</translation>
    </message>
    <message>
        <source>Details of the selected job</source>
        <translation>Détails de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Files of the selected job</source>
        <translation>Fichiers de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Transfer service</source>
        <translation>Service de transfert</translation>
    </message>
    <message>
        <source>All transfers: %1</source>
        <extracomment>the rate graph&apos;s caption when no job is selected</extracomment>
        <translation>Tous les transferts : %1</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <extracomment>the rate graph&apos;s caption: &quot;1.5 MB/s · 3 min 20 s left&quot;</extracomment>
        <translation>%1 · reste %2</translation>
    </message>
    <message>
        <source>All jobs</source>
        <extracomment>the job-type filter: every job</extracomment>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Uploads</source>
        <extracomment>the job-type filter: uploads, with or without a reply</extracomment>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Show jobs of type</source>
        <translation>Afficher les tâches du type</translation>
    </message>
    <message>
        <source>No jobs of this type (%1).</source>
        <extracomment>the table when the job-type filter hides every job; %1 is &quot;Uploads&quot; or &quot;Downloads&quot;</extracomment>
        <translation>Aucune tâche de ce type (%1).</translation>
    </message>
    <message>
        <source>New &amp;upload...</source>
        <translation>Nouvel &amp;envoi...</translation>
    </message>
    <message>
        <source>Save a copy of the reply</source>
        <extracomment>the title of the file dialog that saves a copy of an upload-reply&apos;s reply</extracomment>
        <translation>Enregistrer une copie de la réponse</translation>
    </message>
    <message>
        <source>No transfers yet.

Start a download with New download (%1), or drop or paste (%2) a link here.
Send a file to a server with New upload (%3).</source>
        <extracomment>%1, %2 and %3 are shortcuts: Ctrl+N, Ctrl+V and Ctrl+U</extracomment>
        <translation>Aucun transfert pour l’instant.

Lancez un téléchargement avec Nouveau téléchargement (%1), ou déposez ou collez (%2) un lien ici.
Envoyez un fichier à un serveur avec Nouvel envoi (%3).</translation>
    </message>
    <message>
        <source>Filter by name, URL, file, owner or error</source>
        <translation>Filtrer par nom, URL, fichier, propriétaire ou erreur</translation>
    </message>
</context>
<context>
    <name>bitsmon::NewDownloadDialog</name>
    <message>
        <source>New download</source>
        <translation>Nouveau téléchargement</translation>
    </message>
    <message>
        <source>One URL per line (http:// or https://)</source>
        <translation>Une URL par ligne (http:// ou https://)</translation>
    </message>
    <message>
        <source>From the first file&apos;s name</source>
        <translation>Tiré du nom du premier fichier</translation>
    </message>
    <message>
        <source>Optional: 64 hexadecimal digits, checked when the file arrives</source>
        <translation>Facultatif : 64 chiffres hexadécimaux, vérifiés à l&apos;arrivée du fichier</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Save the files in</source>
        <translation>Enregistrer les fichiers dans</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Enregistrer &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SHA-256:</source>
        <translation>&amp;SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Enter at least one URL.</source>
        <translation>Saisissez au moins une URL.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is the line number, %2 the reason</extracomment>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Choose the folder to save the files in.</source>
        <translation>Choisissez le dossier où enregistrer les fichiers.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A SHA-256 checks one file: give one URL with it.</source>
        <translation>Un SHA-256 vérifie un seul fichier : donnez une seule URL avec lui.</translation>
    </message>
    <message>
        <source>Two URLs end in &quot;%1&quot;: they would be saved over each other.</source>
        <translation>Deux URL se terminent par « %1 » : elles s&apos;écraseraient l&apos;une l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>bitsmon::NewUploadDialog</name>
    <message>
        <source>Bring back the server&apos;s &amp;reply (an upload-reply job)</source>
        <translation>Rapporter la &amp;réponse du serveur (tâche envoi-réponse)</translation>
    </message>
    <message>
        <source>New upload</source>
        <translation>Nouvel envoi</translation>
    </message>
    <message>
        <source>The file to send</source>
        <translation>Le fichier à envoyer</translation>
    </message>
    <message>
        <source>http:// or https:// URL of a BITS upload server</source>
        <translation>URL http:// ou https:// d&apos;un serveur d&apos;envoi BITS</translation>
    </message>
    <message>
        <source>From the file&apos;s name</source>
        <translation>Tiré du nom du fichier</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>File to upload</source>
        <translation>Fichier à envoyer</translation>
    </message>
    <message>
        <source>Save the reply as</source>
        <translation>Enregistrer la réponse sous</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Reply &amp;saved as:</source>
        <translation>Réponse &amp;enregistrée sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>Choisissez le fichier à envoyer.</translation>
    </message>
    <message>
        <source>Enter the URL of the upload server.</source>
        <translation>Saisissez l&apos;URL du serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>Choose where to save the server&apos;s reply.</source>
        <translation>Choisissez où enregistrer la réponse du serveur.</translation>
    </message>
</context>
<context>
    <name>bitsmon::RateGraph</name>
    <message>
        <source>Transfer rate</source>
        <translation>Débit de transfert</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <extracomment>under the rate graph, at its left: how far back it goes</extracomment>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>under the rate graph, at its right</extracomment>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Nothing transferred in the last minutes</source>
        <translation>Rien de transféré ces dernières minutes</translation>
    </message>
</context>
<context>
    <name>bitsmon::ReplaceQuestions</name>
    <message>
        <source>Replace existing files?</source>
        <translation>Remplacer les fichiers existants ?</translation>
    </message>
    <message>
        <source>Completing &quot;%1&quot; replaces what is already at:
%2

Replace it?</source>
        <translation>Terminer « %1 » remplace ce qui se trouve déjà à :
%2

Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>bitsmon::SettingsDialog</name>
    <message>
        <source>Retry bitsmon&apos;s own downloads at foreground priority when the server does not support range requests</source>
        <translation>Réessayer les téléchargements de bitsmon en priorité de premier plan quand le serveur ne gère pas les requêtes partielles</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Every user&apos;s (when allowed)</source>
        <translation>De tous les utilisateurs (si autorisé)</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>Les miennes seulement</translation>
    </message>
    <message>
        <source>bitsmon&apos;s own downloads</source>
        <translation>Les téléchargements de bitsmon</translation>
    </message>
    <message>
        <source>Every download</source>
        <translation>Tous les téléchargements</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Refresh the table every:</source>
        <translation>Actualiser le tableau toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Re-read every job every:</source>
        <translation>Relire chaque tâche toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Show the jobs of:</source>
        <translation>Afficher les tâches&#xa0;:</translation>
    </message>
    <message>
        <source>Notify when these finish or fail:</source>
        <translation>Notifier la fin ou l&apos;échec de&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Complete it and notify me</source>
        <translation>Le terminer et me prévenir</translation>
    </message>
    <message>
        <source>Only notify me</source>
        <translation>Seulement me prévenir</translation>
    </message>
    <message>
        <source>Do nothing (leave the job for me)</source>
        <translation>Ne rien faire (me laisser la tâche)</translation>
    </message>
    <message>
        <source>When bitsmon quits, its transfer service stops with it: downloads pause and carry on where they were at the next start.</source>
        <translation>Quand bitsmon se ferme, son service de transfert s’arrête avec lui : les téléchargements s’interrompent et reprennent là où ils en étaient au prochain démarrage.</translation>
    </message>
    <message>
        <source>When a download finishes while bitsmon is closed:</source>
        <translation>Quand un téléchargement se termine pendant que bitsmon est fermé&#xa0;:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>The refresh times, the language and the colours apply from the next start.</source>
        <translation>Les intervalles, la langue et les couleurs prennent effet au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>bitsmon::TrayIcon</name>
    <message>
        <source>Show or hide the window</source>
        <translation>Afficher ou masquer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;New download...</source>
        <translation>&amp;Nouveau téléchargement...</translation>
    </message>
    <message>
        <source>&amp;Pause all of mine</source>
        <extracomment>pause (suspend) every job bitsmon created</extracomment>
        <translation>&amp;Suspendre toutes les miennes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
</TS>
