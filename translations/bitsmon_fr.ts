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
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Upload with reply</source>
        <translation>Envoi avec réponse</translation>
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
        <translation>%1 : %2</translation>
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
</context>
<context>
    <name>bitsmon::MainWindow</name>
    <message>
        <source>bitsmon — background transfers</source>
        <translation>bitsmon — transferts en arrière-plan</translation>
    </message>
    <message>
        <source>Filter by name, URL, file or owner</source>
        <translation>Filtrer par nom, URL, fichier ou propriétaire</translation>
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
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>status line: a job&apos;s name and its state</extracomment>
        <translation>%1 : %2</translation>
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
        <source>No downloads yet.

Start one with New download (%1), or drop or paste (%2) a link here.</source>
        <extracomment>%1 and %2 are shortcuts: Ctrl+N and Ctrl+V</extracomment>
        <translation>Aucun téléchargement pour l’instant.

Lancez-en un avec Nouveau téléchargement (%1), ou déposez ou collez (%2) un lien ici.</translation>
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
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Enregistrer &amp;dans :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;SHA-256:</source>
        <translation>&amp;SHA-256 :</translation>
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
        <translation>Actualiser le tableau toutes les :</translation>
    </message>
    <message>
        <source>Re-read every job every:</source>
        <translation>Relire chaque tâche toutes les :</translation>
    </message>
    <message>
        <source>Show the jobs of:</source>
        <translation>Afficher les tâches :</translation>
    </message>
    <message>
        <source>Notify when these finish or fail:</source>
        <translation>Notifier la fin ou l&apos;échec de :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
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
        <translation>Quand un téléchargement se termine pendant que bitsmon est fermé :</translation>
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
        <translation>Couleurs :</translation>
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
