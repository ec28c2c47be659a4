<?xml version="1.0" encoding="UTF-8"?>
<!--
  Qonun: the work page (metadata, languages, a timeline of versions, amending acts, consultations).
  Input: the work view <work uri href status repealed-on doc-type number date ui-lang> with <title>, <expression>,
  <amendment>, <amends> and <consultation> children (see the publisher's view contract).

  Parameters: site-root (default '/'), ui-lang (default: the view's @ui-lang, else eng).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:svg="http://www.w3.org/2000/svg"
    exclude-result-prefixes="svg">

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:key name="ex-ls" match="expression" use="concat(@lang, '|', @script)"/>
  <xsl:key name="am-by" match="amendment" use="@by"/>
  <xsl:key name="am-by-date" match="amendment" use="concat(@by, '|', @date)"/>
  <xsl:key name="amends-work" match="amends" use="@work"/>

  <xsl:variable name="w" select="/work"/>
  <xsl:variable name="L">
    <xsl:variable name="p"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:variable name="v"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$w/@ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$p != ''"><xsl:value-of select="$p"/></xsl:when>
      <xsl:when test="$v != ''"><xsl:value-of select="$v"/></xsl:when>
      <xsl:otherwise>eng</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="ui-tag"><xsl:call-template name="ui-lang-tag"/></xsl:variable>
  <xsl:variable name="title-el" select="($w/title[@lang = $L][normalize-space()] | $w/title[normalize-space()])[1]"/>
  <xsl:variable name="title">
    <xsl:choose>
      <xsl:when test="$title-el"><xsl:value-of select="normalize-space($title-el)"/></xsl:when>
      <xsl:when test="$w/expression[@current = 'true'][normalize-space(@title) != '']">
        <xsl:value-of select="normalize-space($w/expression[@current = 'true'][normalize-space(@title) != ''][1]/@title)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$w/@uri"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <!-- The version provisions are linked to: current in the interface language, else any current, else the last. -->
  <xsl:variable name="target-expr" select="($w/expression[@current = 'true'][@lang = $L] | $w/expression[@current = 'true'] | $w/expression[last()])[1]"/>
  <!-- The lanes of the timeline: one per language (and script). -->
  <xsl:variable name="lanes" select="$w/expression[generate-id() = generate-id(key('ex-ls', concat(@lang, '|', @script))[1])]"/>
  <xsl:variable name="acts" select="$w/amendment[generate-id() = generate-id(key('am-by', @by)[1])]"/>

  <xsl:template match="/">
    <html lang="{$ui-tag}" data-site-root="{$site-root}">
      <xsl:call-template name="html-head"><xsl:with-param name="title" select="$title"/></xsl:call-template>
      <body class="page-work">
        <xsl:call-template name="site-header"><xsl:with-param name="current" select="'acts'"/></xsl:call-template>
        <main id="main">
          <p class="doc-kind">
            <xsl:call-template name="doc-type-name"><xsl:with-param name="type" select="$w/@doc-type"/></xsl:call-template>
          </p>
          <h1 class="doc-title">
            <xsl:call-template name="lang-attr-of"><xsl:with-param name="code" select="$title-el/@lang"/></xsl:call-template>
            <xsl:value-of select="$title"/>
          </h1>
          <xsl:if test="$w/@status = 'repealed'">
            <div class="banner banner-repealed" role="note">
              <p>
                <strong><xsl:call-template name="t"><xsl:with-param name="k" select="'banner.repealed'"/></xsl:call-template></strong>
                <xsl:if test="normalize-space($w/@repealed-on) != ''">
                  <xsl:text> </xsl:text>
                  <xsl:call-template name="t"><xsl:with-param name="k" select="'banner.repealed-on'"/></xsl:call-template>
                  <xsl:text> </xsl:text>
                  <xsl:call-template name="time"><xsl:with-param name="d" select="$w/@repealed-on"/></xsl:call-template>
                  <xsl:text>.</xsl:text>
                </xsl:if>
              </p>
            </div>
          </xsl:if>
          <xsl:call-template name="work-meta"/>
          <xsl:if test="$w/expression">
            <xsl:call-template name="timeline"/>
          </xsl:if>
          <xsl:call-template name="versions"/>
          <xsl:if test="$w/amendment">
            <xsl:call-template name="amended-by"/>
          </xsl:if>
          <xsl:if test="$w/amends">
            <xsl:call-template name="amends"/>
          </xsl:if>
          <xsl:if test="$w/consultation">
            <section class="work-consultations" aria-labelledby="q-consultations">
              <h2 id="q-consultations"><xsl:call-template name="t"><xsl:with-param name="k" select="'work.consultations'"/></xsl:call-template></h2>
              <ul class="plain-list">
                <xsl:for-each select="$w/consultation">
                  <xsl:call-template name="consultation-item"/>
                </xsl:for-each>
              </ul>
            </section>
          </xsl:if>
        </main>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- lang attribute for text in a language other than the interface's. -->
  <xsl:template name="lang-attr-of">
    <xsl:param name="code"/>
    <xsl:param name="script" select="''"/>
    <xsl:if test="normalize-space($code) != ''">
      <xsl:variable name="tag">
        <xsl:call-template name="lang-tag">
          <xsl:with-param name="code" select="$code"/>
          <xsl:with-param name="script" select="substring($script, 1, 4 * ($code = 'uzb'))"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="$tag != $ui-tag and not($code = $L and $code != 'uzb')">
        <xsl:attribute name="lang"><xsl:value-of select="$tag"/></xsl:attribute>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template name="lane-name">
    <xsl:call-template name="lang-name">
      <xsl:with-param name="code" select="@lang"/>
      <xsl:with-param name="script" select="substring(@script, 1, 4 * (@lang = 'uzb'))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ metadata -->

  <xsl:template name="work-meta">
    <dl class="work-meta">
      <xsl:if test="normalize-space($w/@number) != ''">
        <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.number'"/></xsl:call-template></dt>
        <dd><xsl:value-of select="$w/@number"/></dd>
      </xsl:if>
      <xsl:if test="normalize-space($w/@date) != ''">
        <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.date'"/></xsl:call-template></dt>
        <dd><xsl:call-template name="time"><xsl:with-param name="d" select="$w/@date"/></xsl:call-template></dd>
      </xsl:if>
      <xsl:if test="normalize-space($w/@status) != ''">
        <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.status'"/></xsl:call-template></dt>
        <dd>
          <span class="badge badge-{$w/@status}"><xsl:call-template name="status-name"><xsl:with-param name="status" select="$w/@status"/></xsl:call-template></span>
          <xsl:if test="$w/@status = 'repealed' and normalize-space($w/@repealed-on) != ''">
            <xsl:text> </xsl:text>
            <xsl:call-template name="time"><xsl:with-param name="d" select="$w/@repealed-on"/></xsl:call-template>
          </xsl:if>
        </dd>
      </xsl:if>
      <xsl:if test="$lanes">
        <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.languages'"/></xsl:call-template></dt>
        <dd>
          <xsl:for-each select="$lanes">
            <xsl:variable name="cur" select="(key('ex-ls', concat(@lang, '|', @script))[@current = 'true'] | key('ex-ls', concat(@lang, '|', @script))[last()])[1]"/>
            <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
            <a href="{$site-root}{$cur/@href}">
              <xsl:call-template name="lang-attr-of">
                <xsl:with-param name="code" select="@lang"/>
                <xsl:with-param name="script" select="@script"/>
              </xsl:call-template>
              <xsl:if test="@lang = 'uzb' and normalize-space(@script) != '' and $L = 'uzb' and @script = 'Latn'">
                <xsl:attribute name="lang">uz-Latn</xsl:attribute>
              </xsl:if>
              <xsl:call-template name="lane-name"/>
            </a>
          </xsl:for-each>
        </dd>
      </xsl:if>
      <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.uri'"/></xsl:call-template></dt>
      <dd><code><xsl:value-of select="$w/@uri"/></code></dd>
    </dl>
  </xsl:template>

  <!-- ============================================================ timeline -->

  <!-- A date as a number of years (YYYY + fraction), for drawing. -->
  <xsl:template name="years">
    <xsl:param name="d"/>
    <xsl:variable name="y" select="number(substring($d, 1, 4))"/>
    <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
    <xsl:variable name="day" select="number(substring($d, 9, 2))"/>
    <xsl:choose>
      <xsl:when test="string($y) = 'NaN'">0</xsl:when>
      <xsl:when test="string($m) = 'NaN'"><xsl:value-of select="$y"/></xsl:when>
      <xsl:when test="string($day) = 'NaN'"><xsl:value-of select="$y + ($m - 1) div 12"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$y + ($m - 1) div 12 + ($day - 1) div 372"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:variable name="tl-dates" select="$w/expression/@date[string-length(.) &gt;= 4] | $w/expression/@until[string-length(.) &gt;= 4]
      | $w/amendment/@date[string-length(.) &gt;= 4] | $w/@date[string-length(.) &gt;= 4] | $w/@repealed-on[string-length(.) &gt;= 4]"/>
  <xsl:variable name="tl-first">
    <xsl:for-each select="$tl-dates"><xsl:sort select="."/><xsl:if test="position() = 1"><xsl:value-of select="."/></xsl:if></xsl:for-each>
  </xsl:variable>
  <xsl:variable name="tl-last">
    <xsl:for-each select="$tl-dates"><xsl:sort select="." order="descending"/><xsl:if test="position() = 1"><xsl:value-of select="."/></xsl:if></xsl:for-each>
  </xsl:variable>
  <xsl:variable name="tl-lo"><xsl:call-template name="years"><xsl:with-param name="d" select="$tl-first"/></xsl:call-template></xsl:variable>
  <xsl:variable name="tl-hi0"><xsl:call-template name="years"><xsl:with-param name="d" select="$tl-last"/></xsl:call-template></xsl:variable>
  <xsl:variable name="tl-span0" select="number($tl-hi0) - number($tl-lo)"/>
  <!-- Room after the last date for versions in force to date. -->
  <xsl:variable name="tl-pad">
    <xsl:choose>
      <xsl:when test="$tl-span0 * 0.15 &lt; 1">1</xsl:when>
      <xsl:otherwise><xsl:value-of select="$tl-span0 * 0.15"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="tl-min" select="number($tl-lo) - number($tl-pad) * 0.35"/>
  <xsl:variable name="tl-max" select="number($tl-hi0) + number($tl-pad)"/>
  <xsl:variable name="tl-left" select="170"/>
  <xsl:variable name="tl-right" select="24"/>
  <xsl:variable name="tl-width" select="860"/>
  <xsl:variable name="tl-top" select="44"/>
  <xsl:variable name="tl-lane-h" select="54"/>
  <xsl:variable name="tl-plot" select="$tl-width - $tl-left - $tl-right"/>
  <xsl:variable name="tl-height" select="$tl-top + count($lanes) * $tl-lane-h + 36"/>

  <xsl:template name="x">
    <xsl:param name="d"/>
    <xsl:variable name="v"><xsl:call-template name="years"><xsl:with-param name="d" select="$d"/></xsl:call-template></xsl:variable>
    <xsl:value-of select="round(($tl-left + (number($v) - $tl-min) div ($tl-max - $tl-min) * $tl-plot) * 10) div 10"/>
  </xsl:template>

  <xsl:template name="timeline">
    <section class="timeline" aria-labelledby="q-timeline">
      <h2 id="q-timeline"><xsl:call-template name="t"><xsl:with-param name="k" select="'work.timeline'"/></xsl:call-template></h2>
      <figure class="timeline-figure">
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {$tl-width} {$tl-height}" width="{$tl-width}" height="{$tl-height}"
             role="img" aria-labelledby="q-tl-title q-tl-desc" focusable="false">
          <title id="q-tl-title">
            <xsl:call-template name="t"><xsl:with-param name="k" select="'work.timeline'"/></xsl:call-template>
            <xsl:text>: </xsl:text>
            <xsl:value-of select="$title"/>
          </title>
          <desc id="q-tl-desc"><xsl:call-template name="timeline-summary"/></desc>
          <!-- lanes -->
          <xsl:for-each select="$lanes">
            <xsl:variable name="y" select="$tl-top + (position() - 1) * $tl-lane-h"/>
            <rect class="tl-lane-bg" x="0" y="{$y + 4}" width="{$tl-width}" height="{$tl-lane-h - 8}" rx="4"/>
            <text class="tl-lane-label" x="10" y="{$y + $tl-lane-h div 2 + 4}"><xsl:call-template name="lane-name"/></text>
          </xsl:for-each>
          <!-- year ticks and axis -->
          <xsl:variable name="axis-y" select="$tl-top + count($lanes) * $tl-lane-h + 6"/>
          <line class="tl-axis" x1="{$tl-left}" y1="{$axis-y}" x2="{$tl-width - $tl-right}" y2="{$axis-y}"/>
          <xsl:call-template name="ticks">
            <xsl:with-param name="year" select="floor($tl-min) + 1"/>
            <xsl:with-param name="step">
              <xsl:choose>
                <xsl:when test="$tl-max - $tl-min &lt;= 14">1</xsl:when>
                <xsl:when test="$tl-max - $tl-min &lt;= 30">2</xsl:when>
                <xsl:when test="$tl-max - $tl-min &lt;= 70">5</xsl:when>
                <xsl:otherwise>10</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="axis-y" select="$axis-y"/>
          </xsl:call-template>
          <!-- amending acts: a triangle in the top band and a dashed line across the lanes -->
          <xsl:for-each select="$w/amendment[generate-id() = generate-id(key('am-by-date', concat(@by, '|', @date))[1])][string-length(@date) &gt;= 4]">
            <xsl:variable name="x"><xsl:call-template name="x"><xsl:with-param name="d" select="@date"/></xsl:call-template></xsl:variable>
            <line class="tl-amend-line" x1="{$x}" y1="{$tl-top - 8}" x2="{$x}" y2="{$axis-y}"/>
            <polygon class="tl-amend" points="{$x - 7},{$tl-top - 26} {$x + 7},{$tl-top - 26} {$x},{$tl-top - 12}"/>
            <text class="tl-date" x="{$x + 10}" y="{$tl-top - 16}"><xsl:value-of select="@date"/></text>
          </xsl:for-each>
          <xsl:if test="$w/@status = 'repealed' and string-length($w/@repealed-on) &gt;= 4">
            <xsl:variable name="x"><xsl:call-template name="x"><xsl:with-param name="d" select="$w/@repealed-on"/></xsl:call-template></xsl:variable>
            <line class="tl-amend-line" x1="{$x}" y1="{$tl-top - 8}" x2="{$x}" y2="{$axis-y}"/>
            <text class="tl-date" x="{$x + 4}" y="{$tl-top - 16}">✕ <xsl:value-of select="$w/@repealed-on"/></text>
          </xsl:if>
          <!-- versions: a span from the version's date to the next one, and a dot at its date -->
          <xsl:for-each select="$lanes">
            <xsl:variable name="lane-y" select="$tl-top + (position() - 1) * $tl-lane-h + $tl-lane-h div 2"/>
            <xsl:for-each select="key('ex-ls', concat(@lang, '|', @script))[string-length(@date) &gt;= 4]">
              <xsl:sort select="@date"/>
              <xsl:variable name="x1"><xsl:call-template name="x"><xsl:with-param name="d" select="@date"/></xsl:call-template></xsl:variable>
              <xsl:variable name="x2">
                <xsl:choose>
                  <xsl:when test="string-length(@until) &gt;= 4"><xsl:call-template name="x"><xsl:with-param name="d" select="@until"/></xsl:call-template></xsl:when>
                  <xsl:when test="$w/@status = 'repealed' and string-length($w/@repealed-on) &gt;= 4"><xsl:call-template name="x"><xsl:with-param name="d" select="$w/@repealed-on"/></xsl:call-template></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$tl-width - $tl-right - 4"/></xsl:otherwise>
                </xsl:choose>
              </xsl:variable>
              <line x1="{$x1}" y1="{$lane-y}" x2="{$x2}" y2="{$lane-y}">
                <xsl:attribute name="class">tl-span<xsl:if test="@current = 'true'"> tl-span-current</xsl:if></xsl:attribute>
              </line>
              <circle cx="{$x1}" cy="{$lane-y}" r="7">
                <xsl:attribute name="class">tl-dot<xsl:if test="@current = 'true'"> tl-dot-current</xsl:if></xsl:attribute>
              </circle>
              <text class="tl-date" x="{$x1}" text-anchor="middle">
                <xsl:attribute name="y">
                  <xsl:choose>
                    <xsl:when test="position() mod 2 = 1"><xsl:value-of select="$lane-y + 20"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$lane-y - 12"/></xsl:otherwise>
                  </xsl:choose>
                </xsl:attribute>
                <xsl:value-of select="@date"/>
              </text>
            </xsl:for-each>
          </xsl:for-each>
        </svg>
        <figcaption>
          <p class="meta-line"><xsl:call-template name="t"><xsl:with-param name="k" select="'work.timeline-desc'"/></xsl:call-template></p>
          <div class="visually-hidden">
            <p><xsl:call-template name="t"><xsl:with-param name="k" select="'work.timeline-facts'"/></xsl:call-template></p>
            <ul>
              <xsl:for-each select="$lanes">
                <li>
                  <xsl:call-template name="lane-name"/>
                  <xsl:text>: </xsl:text>
                  <xsl:for-each select="key('ex-ls', concat(@lang, '|', @script))">
                    <xsl:sort select="@date"/>
                    <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
                    <xsl:call-template name="version-span"/>
                  </xsl:for-each>
                  <xsl:text>.</xsl:text>
                </li>
              </xsl:for-each>
              <xsl:for-each select="$w/amendment[generate-id() = generate-id(key('am-by-date', concat(@by, '|', @date))[1])]">
                <li>
                  <xsl:call-template name="t"><xsl:with-param name="k" select="'work.amending-act'"/></xsl:call-template>
                  <xsl:text>: </xsl:text>
                  <xsl:value-of select="normalize-space(@by-title)"/>
                  <xsl:if test="normalize-space(@by-title) = ''"><xsl:value-of select="@by"/></xsl:if>
                  <xsl:text>, </xsl:text>
                  <xsl:call-template name="date"><xsl:with-param name="d" select="@date"/></xsl:call-template>
                  <xsl:text>.</xsl:text>
                </li>
              </xsl:for-each>
            </ul>
          </div>
        </figcaption>
      </figure>
    </section>
  </xsl:template>

  <!-- "version of D, in force until U" / "(current), to date" for the current expression element. -->
  <xsl:template name="version-span">
    <xsl:call-template name="t"><xsl:with-param name="k" select="'work.version'"/></xsl:call-template>
    <xsl:text> </xsl:text>
    <xsl:call-template name="date"><xsl:with-param name="d" select="@date"/></xsl:call-template>
    <xsl:if test="@current = 'true'">
      <xsl:text> (</xsl:text>
      <xsl:call-template name="t"><xsl:with-param name="k" select="'work.current'"/></xsl:call-template>
      <xsl:text>)</xsl:text>
    </xsl:if>
    <xsl:text>, </xsl:text>
    <xsl:choose>
      <xsl:when test="normalize-space(@until) != ''">
        <xsl:call-template name="t"><xsl:with-param name="k" select="'work.until'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="date"><xsl:with-param name="d" select="@until"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t"><xsl:with-param name="k" select="'work.to-date'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="timeline-summary">
    <xsl:for-each select="$lanes">
      <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
      <xsl:call-template name="lane-name"/>
      <xsl:text>: </xsl:text>
      <xsl:for-each select="key('ex-ls', concat(@lang, '|', @script))">
        <xsl:sort select="@date"/>
        <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
        <xsl:value-of select="@date"/>
      </xsl:for-each>
      <xsl:text>.</xsl:text>
    </xsl:for-each>
    <xsl:if test="$w/amendment">
      <xsl:text> </xsl:text>
      <xsl:call-template name="t"><xsl:with-param name="k" select="'work.amended-by'"/></xsl:call-template>
      <xsl:text>: </xsl:text>
      <xsl:for-each select="$acts">
        <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
        <xsl:value-of select="@date"/>
      </xsl:for-each>
      <xsl:text>.</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ticks">
    <xsl:param name="year"/>
    <xsl:param name="step" select="1"/>
    <xsl:param name="axis-y"/>
    <xsl:if test="$year &lt;= $tl-max">
      <xsl:if test="$year mod $step = 0 and $year &gt;= $tl-min">
        <xsl:variable name="x" select="round(($tl-left + ($year - $tl-min) div ($tl-max - $tl-min) * $tl-plot) * 10) div 10"/>
        <line xmlns="http://www.w3.org/2000/svg" class="tl-tick" x1="{$x}" y1="{$tl-top}" x2="{$x}" y2="{$axis-y + 5}"/>
        <text xmlns="http://www.w3.org/2000/svg" class="tl-label" x="{$x}" y="{$axis-y + 20}" text-anchor="middle"><xsl:value-of select="$year"/></text>
      </xsl:if>
      <xsl:call-template name="ticks">
        <xsl:with-param name="year" select="$year + 1"/>
        <xsl:with-param name="step" select="$step"/>
        <xsl:with-param name="axis-y" select="$axis-y"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ versions -->

  <xsl:template name="versions">
    <section class="versions" aria-labelledby="q-versions">
      <h2 id="q-versions"><xsl:call-template name="t"><xsl:with-param name="k" select="'work.versions'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="$w/expression">
          <div class="table-scroll">
            <table class="versions-table">
              <thead>
                <tr>
                  <th scope="col"><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.version'"/></xsl:call-template></th>
                  <th scope="col"><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.language'"/></xsl:call-template></th>
                  <th scope="col"><xsl:call-template name="t"><xsl:with-param name="k" select="'work.col-until'"/></xsl:call-template></th>
                  <th scope="col"><xsl:call-template name="t"><xsl:with-param name="k" select="'work.col-changes'"/></xsl:call-template></th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="$lanes">
                  <xsl:for-each select="key('ex-ls', concat(@lang, '|', @script))">
                    <xsl:sort select="@date" order="descending"/>
                    <tr>
                      <td>
                        <a href="{$site-root}{@href}">
                          <xsl:call-template name="date"><xsl:with-param name="d" select="@date"/></xsl:call-template>
                        </a>
                        <xsl:if test="@current = 'true'">
                          <xsl:text> </xsl:text>
                          <span class="badge badge-current"><xsl:call-template name="t"><xsl:with-param name="k" select="'work.current'"/></xsl:call-template></span>
                        </xsl:if>
                        <xsl:if test="normalize-space(@title) != '' and normalize-space(@title) != normalize-space($title)">
                          <br/>
                          <span class="meta-line">
                            <xsl:call-template name="lang-attr-of">
                              <xsl:with-param name="code" select="@lang"/>
                              <xsl:with-param name="script" select="@script"/>
                            </xsl:call-template>
                            <xsl:value-of select="@title"/>
                          </span>
                        </xsl:if>
                      </td>
                      <td><xsl:call-template name="lane-name"/></td>
                      <td>
                        <xsl:choose>
                          <xsl:when test="normalize-space(@until) != ''"><xsl:call-template name="time"><xsl:with-param name="d" select="@until"/></xsl:call-template></xsl:when>
                          <xsl:otherwise><xsl:call-template name="t"><xsl:with-param name="k" select="'work.to-date'"/></xsl:call-template></xsl:otherwise>
                        </xsl:choose>
                      </td>
                      <td>
                        <xsl:choose>
                          <xsl:when test="normalize-space(@diff-href) != ''">
                            <a href="{$site-root}{@diff-href}"><xsl:call-template name="t"><xsl:with-param name="k" select="'work.changes'"/></xsl:call-template></a>
                          </xsl:when>
                          <xsl:otherwise><xsl:text>—</xsl:text></xsl:otherwise>
                        </xsl:choose>
                      </td>
                    </tr>
                  </xsl:for-each>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:call-template name="t"><xsl:with-param name="k" select="'work.no-versions'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- ============================================================ amendments -->

  <xsl:template name="amend-type">
    <xsl:param name="type"/>
    <xsl:choose>
      <xsl:when test="$type = 'substitution' or $type = 'insertion' or $type = 'repeal' or $type = 'renumbering' or $type = 'amendment'">
        <xsl:call-template name="t"><xsl:with-param name="k" select="concat('amend.', $type)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$type"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="amended-by">
    <section class="amendments" aria-labelledby="q-amended-by">
      <h2 id="q-amended-by"><xsl:call-template name="t"><xsl:with-param name="k" select="'work.amended-by'"/></xsl:call-template></h2>
      <xsl:for-each select="$acts">
        <xsl:sort select="@date"/>
        <xsl:variable name="gdate" select="string(@date)"/>
        <div class="amendment-group">
          <h3>
            <a href="{$site-root}{@by-href}">
              <xsl:value-of select="normalize-space(@by-title)"/>
              <xsl:if test="normalize-space(@by-title) = ''"><xsl:value-of select="@by"/></xsl:if>
            </a>
          </h3>
          <p class="meta-line">
            <xsl:call-template name="time"><xsl:with-param name="d" select="@date"/></xsl:call-template>
          </p>
          <ul class="provisions" aria-label="{normalize-space(@by-title)}">
            <xsl:for-each select="key('am-by', @by)">
              <li>
                <xsl:choose>
                  <xsl:when test="normalize-space(@eId) != '' and $target-expr">
                    <a href="{$site-root}{$target-expr/@href}#{normalize-space(@eId)}"><code><xsl:value-of select="@eId"/></code></a>
                  </xsl:when>
                  <xsl:when test="normalize-space(@eId) != ''"><code><xsl:value-of select="@eId"/></code></xsl:when>
                  <xsl:otherwise><xsl:call-template name="t"><xsl:with-param name="k" select="'work.whole-act'"/></xsl:call-template></xsl:otherwise>
                </xsl:choose>
                <xsl:if test="normalize-space(@type) != ''">
                  <xsl:text> — </xsl:text>
                  <xsl:call-template name="amend-type"><xsl:with-param name="type" select="@type"/></xsl:call-template>
                </xsl:if>
                <xsl:if test="string(@date) != $gdate">
                  <xsl:text> (</xsl:text>
                  <xsl:call-template name="date"><xsl:with-param name="d" select="@date"/></xsl:call-template>
                  <xsl:text>)</xsl:text>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </div>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="amends">
    <section class="amends" aria-labelledby="q-amends">
      <h2 id="q-amends"><xsl:call-template name="t"><xsl:with-param name="k" select="'work.amends'"/></xsl:call-template></h2>
      <xsl:for-each select="$w/amends[generate-id() = generate-id(key('amends-work', @work)[1])]">
        <div class="amendment-group">
          <h3>
            <a href="{$site-root}{@href}">
              <xsl:value-of select="normalize-space(@title)"/>
              <xsl:if test="normalize-space(@title) = ''"><xsl:value-of select="@work"/></xsl:if>
            </a>
          </h3>
          <ul class="provisions">
            <xsl:for-each select="key('amends-work', @work)">
              <li>
                <xsl:choose>
                  <xsl:when test="normalize-space(@eId) != ''"><code><xsl:value-of select="@eId"/></code></xsl:when>
                  <xsl:otherwise><xsl:call-template name="t"><xsl:with-param name="k" select="'work.whole-act'"/></xsl:call-template></xsl:otherwise>
                </xsl:choose>
                <xsl:if test="normalize-space(@type) != ''">
                  <xsl:text> — </xsl:text>
                  <xsl:call-template name="amend-type"><xsl:with-param name="type" select="@type"/></xsl:call-template>
                </xsl:if>
                <xsl:if test="normalize-space(@date) != ''">
                  <xsl:text> (</xsl:text>
                  <xsl:call-template name="date"><xsl:with-param name="d" select="@date"/></xsl:call-template>
                  <xsl:text>)</xsl:text>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </div>
      </xsl:for-each>
    </section>
  </xsl:template>

</xsl:stylesheet>
