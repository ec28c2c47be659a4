<?xml version="1.0" encoding="UTF-8"?>
<!--
  Qonun: the layout and helpers shared by every page stylesheet (xsl:include'd).

  Parameters shared by every stylesheet:
    site-root  string prefixed to every site-relative href ('/' by default; '../../' style prefixes work too).
    ui-lang    interface language: uzb | rus | eng (each stylesheet computes its default from the input).

  The including stylesheet must define the global variable $L (the effective interface language).
  Interface strings come from strings.xml (same folder), looked up through the key 'q-str'.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:qs="https://qonun.uz/ns/strings"
    exclude-result-prefixes="qs">

  <xsl:param name="site-root" select="'/'"/>
  <xsl:param name="ui-lang" select="''"/>

  <xsl:variable name="q-strings" select="document('strings.xml')"/>
  <xsl:key name="q-str" match="qs:s" use="@k"/>

  <!-- The languages the interface speaks. Anything else falls back to English. -->
  <xsl:variable name="q-ui-langs" select="' uzb rus eng '"/>

  <!-- Interface string k in language lang (default $L); English when missing. -->
  <xsl:template name="t">
    <xsl:param name="k"/>
    <xsl:param name="lang" select="$L"/>
    <xsl:for-each select="$q-strings">
      <xsl:variable name="e" select="key('q-str', $k)"/>
      <xsl:choose>
        <xsl:when test="$e/qs:*[local-name() = $lang]">
          <xsl:value-of select="$e/qs:*[local-name() = $lang]"/>
        </xsl:when>
        <xsl:when test="$e/qs:eng">
          <xsl:value-of select="$e/qs:eng"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="$k"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- Whether an interface string exists for k (returns 'yes' or ''). -->
  <xsl:template name="t-exists">
    <xsl:param name="k"/>
    <xsl:for-each select="$q-strings">
      <xsl:if test="key('q-str', $k)">yes</xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- A supported interface language for code, else ''. -->
  <xsl:template name="ui-lang-of">
    <xsl:param name="code"/>
    <xsl:if test="string-length($code) = 3 and contains($q-ui-langs, concat(' ', $code, ' '))">
      <xsl:value-of select="$code"/>
    </xsl:if>
  </xsl:template>

  <!-- BCP 47 tag for an ISO 639-2 code (and, for Uzbek, a script). -->
  <xsl:template name="lang-tag">
    <xsl:param name="code"/>
    <xsl:param name="script" select="''"/>
    <xsl:variable name="c" select="translate($code, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:variable name="base">
      <xsl:choose>
        <xsl:when test="$c = 'uzb' or $c = 'uz'">uz</xsl:when>
        <xsl:when test="$c = 'rus' or $c = 'ru'">ru</xsl:when>
        <xsl:when test="$c = 'eng' or $c = 'en'">en</xsl:when>
        <xsl:when test="$c = 'kaa'">kaa</xsl:when>
        <xsl:when test="$c = 'spa' or $c = 'esp'">es</xsl:when>
        <xsl:when test="$c = 'ita'">it</xsl:when>
        <xsl:when test="$c = 'fra' or $c = 'fre'">fr</xsl:when>
        <xsl:when test="$c = 'deu' or $c = 'ger'">de</xsl:when>
        <xsl:when test="$c = 'por'">pt</xsl:when>
        <xsl:when test="$c = 'swa'">sw</xsl:when>
        <xsl:when test="$c = 'ara'">ar</xsl:when>
        <xsl:when test="$c = 'kaz'">kk</xsl:when>
        <xsl:when test="$c = 'kir'">ky</xsl:when>
        <xsl:when test="$c = 'tgk'">tg</xsl:when>
        <xsl:when test="$c = 'tuk'">tk</xsl:when>
        <xsl:when test="$c = 'tur'">tr</xsl:when>
        <xsl:when test="$c = 'zho' or $c = 'chi'">zh</xsl:when>
        <xsl:when test="$c = 'nld' or $c = 'dut'">nl</xsl:when>
        <xsl:when test="$c = ''">und</xsl:when>
        <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="$base"/>
    <xsl:if test="$script = 'Latn' or $script = 'Cyrl'">
      <xsl:value-of select="concat('-', $script)"/>
    </xsl:if>
  </xsl:template>

  <!-- The BCP 47 tag of an interface language: Uzbek interface strings are written in Latin script. -->
  <xsl:template name="ui-lang-tag">
    <xsl:param name="lang" select="$L"/>
    <xsl:choose>
      <xsl:when test="$lang = 'uzb'">uz-Latn</xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="lang-tag"><xsl:with-param name="code" select="$lang"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A language's own name (endonym), with the script for Uzbek when known. -->
  <xsl:template name="lang-name">
    <xsl:param name="code"/>
    <xsl:param name="script" select="''"/>
    <xsl:variable name="k" select="concat('lang.', $code, substring(concat('.', $script), 1, (string-length($script) &gt; 0) * 10))"/>
    <xsl:variable name="has">
      <xsl:call-template name="t-exists"><xsl:with-param name="k" select="$k"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="has-code">
      <xsl:call-template name="t-exists"><xsl:with-param name="k" select="concat('lang.', $code)"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$has = 'yes'">
        <xsl:call-template name="t"><xsl:with-param name="k" select="$k"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$has-code = 'yes'">
        <xsl:call-template name="t"><xsl:with-param name="k" select="concat('lang.', $code)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A date YYYY-MM-DD in words, per interface language; anything else is shown as given. -->
  <xsl:template name="date">
    <xsl:param name="d"/>
    <xsl:param name="lang" select="$L"/>
    <xsl:variable name="y" select="substring($d, 1, 4)"/>
    <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
    <xsl:variable name="day" select="number(substring($d, 9, 2))"/>
    <xsl:choose>
      <xsl:when test="string-length($d) &gt;= 10 and substring($d, 5, 1) = '-' and substring($d, 8, 1) = '-'
                      and string(number($y)) != 'NaN' and $m &gt;= 1 and $m &lt;= 12 and $day &gt;= 1 and $day &lt;= 31">
        <xsl:variable name="month">
          <xsl:call-template name="t">
            <xsl:with-param name="k" select="concat('month.', $m)"/>
            <xsl:with-param name="lang" select="$lang"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$lang = 'uzb'"><xsl:value-of select="concat($day, '-', $month, ' ', $y, '-yil')"/></xsl:when>
          <xsl:when test="$lang = 'rus'"><xsl:value-of select="concat($day, ' ', $month, ' ', $y, ' г.')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($day, ' ', $month, ' ', $y)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A <time> element for a date: machine-readable datetime when the value is YYYY-MM-DD. -->
  <xsl:template name="time">
    <xsl:param name="d"/>
    <xsl:param name="lang" select="$L"/>
    <xsl:choose>
      <xsl:when test="string-length($d) = 10 and substring($d, 5, 1) = '-' and substring($d, 8, 1) = '-'">
        <time datetime="{$d}">
          <xsl:call-template name="date">
            <xsl:with-param name="d" select="$d"/>
            <xsl:with-param name="lang" select="$lang"/>
          </xsl:call-template>
        </time>
      </xsl:when>
      <xsl:otherwise>
        <span><xsl:value-of select="$d"/><xsl:if test="$d = ''"><xsl:text>—</xsl:text></xsl:if></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A site-relative href (no leading slash) made absolute against site-root. -->
  <xsl:template name="href">
    <xsl:param name="path"/>
    <xsl:choose>
      <xsl:when test="starts-with($path, '/')"><xsl:value-of select="concat($site-root, substring($path, 2))"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($site-root, $path)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 'yes' when an href from a document is safe to emit as a link (no script: or data: URLs). -->
  <xsl:template name="href-is-safe">
    <xsl:param name="href"/>
    <xsl:variable name="h" select="translate(normalize-space($href), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ&#9;&#10;&#13; ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:variable name="scheme" select="substring-before($h, ':')"/>
    <xsl:choose>
      <xsl:when test="$h = ''"/>
      <xsl:when test="$scheme = ''">yes</xsl:when>
      <xsl:when test="contains($scheme, '/') or contains($scheme, '?') or contains($scheme, '#')">yes</xsl:when>
      <xsl:when test="$scheme = 'http' or $scheme = 'https' or $scheme = 'mailto' or $scheme = 'ftp' or $scheme = 'urn'">yes</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- <head>: title, viewport, stylesheet, favicon. -->
  <xsl:template name="html-head">
    <xsl:param name="title"/>
    <xsl:param name="description" select="''"/>
    <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>
        <xsl:value-of select="$title"/>
        <xsl:text> — </xsl:text>
        <xsl:call-template name="t"><xsl:with-param name="k" select="'site.name'"/></xsl:call-template>
      </title>
      <xsl:if test="normalize-space($description) != ''">
        <meta name="description" content="{normalize-space($description)}"/>
      </xsl:if>
      <link rel="stylesheet" href="{$site-root}assets/qonun.css"/>
      <link rel="icon" type="image/svg+xml" href="{$site-root}assets/favicon.svg"/>
    </head>
  </xsl:template>

  <!-- Skip link + site header with the main navigation. current: home | acts | consultations | search. -->
  <xsl:template name="site-header">
    <xsl:param name="current" select="''"/>
    <xsl:param name="content-lang" select="''"/>
    <xsl:variable name="ui-tag"><xsl:call-template name="ui-lang-tag"/></xsl:variable>
    <a class="skip-link" href="#main">
      <xsl:if test="$content-lang != '' and $content-lang != $ui-tag"><xsl:attribute name="lang"><xsl:value-of select="$ui-tag"/></xsl:attribute></xsl:if>
      <xsl:call-template name="t"><xsl:with-param name="k" select="'nav.skip'"/></xsl:call-template>
    </a>
    <header class="site-header">
      <xsl:if test="$content-lang != '' and $content-lang != $ui-tag"><xsl:attribute name="lang"><xsl:value-of select="$ui-tag"/></xsl:attribute></xsl:if>
      <div class="site-header-inner">
        <a class="brand" href="{$site-root}index.html">
          <img class="brand-mark" src="{$site-root}assets/favicon.svg" alt="" width="28" height="28"/>
          <span class="brand-name"><xsl:call-template name="t"><xsl:with-param name="k" select="'site.name'"/></xsl:call-template></span>
        </a>
        <nav class="site-nav">
          <xsl:attribute name="aria-label"><xsl:call-template name="t"><xsl:with-param name="k" select="'nav.label'"/></xsl:call-template></xsl:attribute>
          <ul>
            <xsl:call-template name="nav-item">
              <xsl:with-param name="href" select="'index.html'"/>
              <xsl:with-param name="k" select="'nav.home'"/>
              <xsl:with-param name="here" select="$current = 'home'"/>
            </xsl:call-template>
            <xsl:call-template name="nav-item">
              <xsl:with-param name="href" select="'acts/index.html'"/>
              <xsl:with-param name="k" select="'nav.acts'"/>
              <xsl:with-param name="here" select="$current = 'acts'"/>
            </xsl:call-template>
            <xsl:call-template name="nav-item">
              <xsl:with-param name="href" select="'consultations/index.html'"/>
              <xsl:with-param name="k" select="'nav.consultations'"/>
              <xsl:with-param name="here" select="$current = 'consultations'"/>
            </xsl:call-template>
            <xsl:call-template name="nav-item">
              <xsl:with-param name="href" select="'search.html'"/>
              <xsl:with-param name="k" select="'nav.search'"/>
              <xsl:with-param name="here" select="$current = 'search'"/>
            </xsl:call-template>
          </ul>
        </nav>
      </div>
    </header>
  </xsl:template>

  <xsl:template name="nav-item">
    <xsl:param name="href"/>
    <xsl:param name="k"/>
    <xsl:param name="here" select="false()"/>
    <li>
      <a href="{$site-root}{$href}">
        <xsl:if test="$here"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
        <xsl:call-template name="t"><xsl:with-param name="k" select="$k"/></xsl:call-template>
      </a>
    </li>
  </xsl:template>

  <!-- Site footer. -->
  <xsl:template name="site-footer">
    <xsl:param name="content-lang" select="''"/>
    <xsl:variable name="ui-tag"><xsl:call-template name="ui-lang-tag"/></xsl:variable>
    <footer class="site-footer">
      <xsl:if test="$content-lang != '' and $content-lang != $ui-tag"><xsl:attribute name="lang"><xsl:value-of select="$ui-tag"/></xsl:attribute></xsl:if>
      <div class="site-footer-inner">
        <p>
          <strong><xsl:call-template name="t"><xsl:with-param name="k" select="'site.name'"/></xsl:call-template></strong>
          <xsl:text> — </xsl:text>
          <xsl:call-template name="t"><xsl:with-param name="k" select="'site.tagline'"/></xsl:call-template>
        </p>
        <p><xsl:call-template name="t"><xsl:with-param name="k" select="'footer.disclaimer'"/></xsl:call-template></p>
        <p class="footer-links">
          <a href="{$site-root}index.html"><xsl:call-template name="t"><xsl:with-param name="k" select="'nav.home'"/></xsl:call-template></a>
          <xsl:text> · </xsl:text>
          <a href="{$site-root}acts/index.html"><xsl:call-template name="t"><xsl:with-param name="k" select="'nav.acts'"/></xsl:call-template></a>
          <xsl:text> · </xsl:text>
          <a href="{$site-root}search.html"><xsl:call-template name="t"><xsl:with-param name="k" select="'nav.search'"/></xsl:call-template></a>
        </p>
      </div>
    </footer>
  </xsl:template>

  <!-- The document type in words (doctype.<type>), else the type as given. -->
  <xsl:template name="doc-type-name">
    <xsl:param name="type"/>
    <xsl:variable name="has">
      <xsl:call-template name="t-exists"><xsl:with-param name="k" select="concat('doctype.', $type)"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$has = 'yes'">
        <xsl:call-template name="t"><xsl:with-param name="k" select="concat('doctype.', $type)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$type"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The status of a work in words. -->
  <xsl:template name="status-name">
    <xsl:param name="status"/>
    <xsl:choose>
      <xsl:when test="$status = 'in_force' or $status = 'repealed' or $status = 'draft' or $status = 'not_in_force'">
        <xsl:call-template name="t"><xsl:with-param name="k" select="concat('status.', $status)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$status"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The state of a consultation in words. -->
  <xsl:template name="consultation-state">
    <xsl:param name="state"/>
    <xsl:choose>
      <xsl:when test="$state = 'open' or $state = 'closed' or $state = 'scheduled'">
        <xsl:call-template name="t"><xsl:with-param name="k" select="concat('consultation.state.', $state)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$state"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One consultation as a list item (shared by the home page, the work page and the consultations page). -->
  <xsl:template name="consultation-item">
    <xsl:param name="c" select="."/>
    <li class="consultation consultation-{$c/@state}">
      <a href="{$site-root}{$c/@href}">
        <xsl:value-of select="$c/@title"/>
        <xsl:if test="normalize-space($c/@title) = ''">
          <xsl:call-template name="t"><xsl:with-param name="k" select="'consultation.untitled'"/></xsl:call-template>
          <xsl:value-of select="concat(' ', $c/@id)"/>
        </xsl:if>
      </a>
      <xsl:text> </xsl:text>
      <span class="badge badge-{$c/@state}">
        <xsl:call-template name="consultation-state"><xsl:with-param name="state" select="$c/@state"/></xsl:call-template>
      </span>
      <xsl:if test="$c/@opens != '' or $c/@closes != ''">
        <span class="consultation-dates">
          <xsl:if test="$c/@opens != ''">
            <xsl:text> </xsl:text>
            <xsl:call-template name="t"><xsl:with-param name="k" select="'consultation.opens'"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="time"><xsl:with-param name="d" select="substring($c/@opens, 1, 10)"/></xsl:call-template>
          </xsl:if>
          <xsl:if test="$c/@closes != ''">
            <xsl:text> </xsl:text>
            <xsl:call-template name="t"><xsl:with-param name="k" select="'consultation.closes'"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="time"><xsl:with-param name="d" select="substring($c/@closes, 1, 10)"/></xsl:call-template>
          </xsl:if>
        </span>
      </xsl:if>
      <xsl:if test="$c/@comments != ''">
        <span class="consultation-comments">
          <xsl:text> · </xsl:text>
          <xsl:value-of select="$c/@comments"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="t"><xsl:with-param name="k" select="'consultation.comments'"/></xsl:call-template>
        </span>
      </xsl:if>
    </li>
  </xsl:template>

</xsl:stylesheet>
