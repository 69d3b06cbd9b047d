@echo off
rem edxml: starts the edxml command (edxml-java). Installed layout: bin\edxml.cmd, lib\edxml.jar, lib\edxml.jsa.
rem Java: %JAVA_HOME%\bin\java.exe if JAVA_HOME is set, else java on the PATH (17 or later).
rem Extra JVM options: EDXML_JAVA_OPTS. lib\edxml.jsa is the build's class-data-sharing archive; another JDK or a
rem changed jar makes the JVM ignore it silently.
setlocal
set "EDXML_HOME=%~dp0.."
set "EDXML_JAVA=java"
if defined JAVA_HOME set "EDXML_JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%EDXML_HOME%\lib\edxml.jar" (
  echo edxml: %EDXML_HOME%\lib\edxml.jar is missing ^(the launcher expects lib\edxml.jar next to bin\^) 1>&2
  exit /b 2
)
set "EDXML_CDS="
if exist "%EDXML_HOME%\lib\edxml.jsa" set EDXML_CDS="-XX:SharedArchiveFile=%EDXML_HOME%\lib\edxml.jsa" -Xshare:auto -Xlog:cds=off,cds+dynamic=off,class+path=off
"%EDXML_JAVA%" %EDXML_CDS% -XX:+UseSerialGC %EDXML_JAVA_OPTS% -jar "%EDXML_HOME%\lib\edxml.jar" %*
exit /b %ERRORLEVEL%
