#!/usr/bin/env bash
# The WordPress plugin on a real WordPress (issue 25): Debian's wordpress, mariadb-server, apache2 and
# libapache2-mod-php; a site set up from PHP (scripts/wordpress/setup-site.php); the plugin installed
# from release/provincial-widgets-wordpress.zip; a post with every shortcode published by an Author;
# then headless Chromium (scripts/wordpress-check.mjs). Needs `npm run build` first.
#
# Apache runs as its own instance from a generated config (apache2 -f "$STATE/apache.conf"), on
# 127.0.0.1:$PW_WP_PORT (8081) with its own PidFile, and is stopped at the end: the system's Apache
# and any other instance are left alone. WordPress reads /etc/wordpress/config-pwcheck.php, chosen
# by SetEnv WORDPRESS_CONFIG, so no other site's config is touched. The widget host is a copy of
# dist/cdn/ under /widgets/ on the same server, with the sample feed under /widgets/feeds/.
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s)
PORT=${PW_WP_PORT:-8081}
ORIGIN="http://localhost:$PORT"
STATE=${PW_WP_STATE:-/tmp/pw-wordpress}
CONTENT=/var/lib/wordpress/wp-content

need=()
for p in wordpress mariadb-server apache2 libapache2-mod-php php-mysql php-codesniffer; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
echo "installed: $(dpkg-query -W -f='wordpress ${Version}, ' wordpress)$(php -r 'echo "PHP ", PHP_VERSION;')"
for f in release/provincial-widgets-wordpress.zip dist/cdn/autoloader.js; do
  [ -f "$f" ] || { echo "$f is missing: run npm run build first"; exit 1; }
done

echo "php -l:"
find integrations/wordpress scripts/wordpress -name '*.php' -print0 | xargs -0 -n1 php -l | sed 's/^/  /'
echo "phpcs (Debian's PHP_CodeSniffer; WordPress's own standard is not packaged, see integrations/wordpress/phpcs.xml.dist):"
phpcs --standard=integrations/wordpress/phpcs.xml.dist -q --report=summary integrations/wordpress/provincial-widgets &&
  echo "  no problems"

service mariadb status >/dev/null 2>&1 || service mariadb start >/dev/null
pass=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
mysql -u root <<SQL
DROP DATABASE IF EXISTS pwcheck;
CREATE DATABASE pwcheck CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS 'pwcheck'@'localhost' IDENTIFIED BY '$pass';
ALTER USER 'pwcheck'@'localhost' IDENTIFIED BY '$pass';
GRANT ALL ON pwcheck.* TO 'pwcheck'@'localhost';
SQL

if [ -f "$STATE/apache.pid" ]; then /usr/sbin/apache2 -f "$STATE/apache.conf" -k stop 2>/dev/null || true; sleep 1; fi
rm -rf "$STATE"
mkdir -p "$STATE/widgets/feeds"
cp -r dist/cdn/. "$STATE/widgets/"
cp demo/feeds/portal.vi.json demo/feeds/portal.en.json "$STATE/widgets/feeds/"
cp -r demo/feeds/images "$STATE/widgets/feeds/"
touch "$STATE/debug.log"
chown www-data "$STATE/debug.log"

cat >/etc/wordpress/config-pwcheck.php <<PHP
<?php
define( 'DB_NAME', 'pwcheck' );
define( 'DB_USER', 'pwcheck' );
define( 'DB_PASSWORD', '$pass' );
define( 'DB_HOST', 'localhost' );
define( 'WP_HOME', '$ORIGIN' );
define( 'WP_SITEURL', '$ORIGIN' );
define( 'WP_CONTENT_DIR', '$CONTENT' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$STATE/debug.log' );
PHP
chmod 640 /etc/wordpress/config-pwcheck.php
chgrp www-data /etc/wordpress/config-pwcheck.php

rm -rf "$CONTENT/plugins/provincial-widgets"
unzip -q release/provincial-widgets-wordpress.zip -d "$CONTENT/plugins/"

cat >"$STATE/apache.conf" <<CONF
ServerName localhost
Listen 127.0.0.1:$PORT
PidFile $STATE/apache.pid
Mutex file:$STATE default
ErrorLog $STATE/error.log
LogFormat "%h %t \"%r\" %>s %b" common
CustomLog $STATE/access.log common
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so
TypesConfig /etc/mime.types
AddType text/javascript .js .mjs
DirectoryIndex index.php index.html
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
SetEnv WORDPRESS_CONFIG pwcheck
DocumentRoot /usr/share/wordpress
Alias /wp-content $CONTENT
Alias /widgets $STATE/widgets
<Directory />
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory $CONTENT>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory $STATE/widgets>
  Require all granted
</Directory>
CONF
/usr/sbin/apache2 -f "$STATE/apache.conf" -k start
trap '/usr/sbin/apache2 -f "$STATE/apache.conf" -k stop 2>/dev/null || true' EXIT

PW_WP_CONFIG=pwcheck PW_WP_ORIGIN="$ORIGIN" PW_WP_WIDGETS="$ORIGIN/widgets" \
  php scripts/wordpress/setup-site.php scripts/wordpress/post.html scripts/wordpress/editor-safe.html >"$STATE/site.json"
node scripts/wordpress-check.mjs "$STATE/site.json" "$STATE/debug.log"
echo "WordPress check took $(( $(date +%s) - t0 ))s"
