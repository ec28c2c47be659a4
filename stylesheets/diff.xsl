<?xml version="1.0" encoding="UTF-8"?>
<!--
  Qonun: the changes between two consecutive versions of a work.
  Input: the diff view <diff work work-href lang [script] ui-lang title from from-href from-date to to-href to-date>
  with <changed eId href label> (runs <equal>/<delete>/<insert>), <added eId href label><text/></added>,
  <removed eId label><text/></removed> and <renumbered from to from-num to-num/>.
  Changed provisions are listed first; deletions and insertions are marked with <del> and <ins>
  (struck through / underlined, not by colour alone, and announced to screen readers).

  Parameters: site-root (default '/'), ui-lang (default: the view's @ui-lang, else its @lang, else eng).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml">

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:variable name="d" select="/diff"/>
  <xsl:variable name="L">
    <xsl:variable name="p"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:variable name="v"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$d/@ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:variable name="c"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$d/@lang"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$p != ''"><xsl:value-of select="$p"/></xsl:when>
      <xsl:when test="$v != ''"><xsl:value-of select="$v"/></xsl:when>
      <xsl:when test="$c != ''"><xsl:value-of select="$c"/></xsl:when>
      <xsl:otherwise>eng</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="ui-tag"><xsl:call-template name="ui-lang-tag"/></xsl:variable>
  <!-- The language of the compared text. -->
  <xsl:variable name="text-tag">
    <xsl:choose>
      <xsl:when test="$d/@lang = 'uzb' and normalize-space($d/@script) = ''">
        <xsl:choose>
          <xsl:when test="$L = 'uzb'">uz-Latn</xsl:when>
          <xsl:otherwise>uz</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="lang-tag">
          <xsl:with-param name="code" select="$d/@lang"/>
          <xsl:with-param name="script" select="$d/@script"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="heading">
    <xsl:variable name="pattern"><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.heading'"/></xsl:call-template></xsl:variable>
    <xsl:variable name="date"><xsl:call-template name="date"><xsl:with-param name="d" select="$d/@to-date"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="contains($pattern, '{date}')">
        <xsl:value-of select="concat(substring-before($pattern, '{date}'), $date, substring-after($pattern, '{date}'))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($pattern, ' ', $date)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <html lang="{$ui-tag}" data-site-root="{$site-root}">
      <xsl:call-template name="html-head">
        <xsl:with-param name="title" select="concat($heading, ': ', normalize-space($d/@title))"/>
      </xsl:call-template>
      <body class="page-diff">
        <xsl:call-template name="site-header"><xsl:with-param name="current" select="'acts'"/></xsl:call-template>
        <main id="main" class="diff">
          <h1>
            <xsl:value-of select="$heading"/>
            <xsl:if test="normalize-space($d/@title) != ''">
              <span class="visually-hidden">: </span>
              <span class="h1-sub">
                <xsl:call-template name="text-lang"/>
                <xsl:value-of select="normalize-space($d/@title)"/>
              </span>
            </xsl:if>
          </h1>
          <p class="diff-between">
            <xsl:call-template name="t"><xsl:with-param name="k" select="'diff.between'"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="version-link">
              <xsl:with-param name="href" select="$d/@from-href"/>
              <xsl:with-param name="date" select="$d/@from-date"/>
            </xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="t"><xsl:with-param name="k" select="'diff.and'"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="version-link">
              <xsl:with-param name="href" select="$d/@to-href"/>
              <xsl:with-param name="date" select="$d/@to-date"/>
            </xsl:call-template>
            <xsl:text>.</xsl:text>
            <xsl:if test="normalize-space($d/@work-href) != ''">
              <xsl:text> </xsl:text>
              <a href="{$site-root}{$d/@work-href}"><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.work'"/></xsl:call-template></a>
            </xsl:if>
          </p>

          <h2><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.summary'"/></xsl:call-template></h2>
          <xsl:choose>
            <xsl:when test="$d/changed or $d/added or $d/removed or $d/renumbered">
              <ul class="diff-summary">
                <xsl:call-template name="count"><xsl:with-param name="n" select="count($d/changed)"/><xsl:with-param name="k" select="'diff.changed'"/><xsl:with-param name="target" select="'q-changed'"/></xsl:call-template>
                <xsl:call-template name="count"><xsl:with-param name="n" select="count($d/added)"/><xsl:with-param name="k" select="'diff.added'"/><xsl:with-param name="target" select="'q-added'"/></xsl:call-template>
                <xsl:call-template name="count"><xsl:with-param name="n" select="count($d/removed)"/><xsl:with-param name="k" select="'diff.removed'"/><xsl:with-param name="target" select="'q-removed'"/></xsl:call-template>
                <xsl:call-template name="count"><xsl:with-param name="n" select="count($d/renumbered)"/><xsl:with-param name="k" select="'diff.renumbered'"/><xsl:with-param name="target" select="'q-renumbered'"/></xsl:call-template>
              </ul>
              <p class="diff-legend"><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.legend'"/></xsl:call-template></p>
            </xsl:when>
            <xsl:otherwise>
              <p><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.none'"/></xsl:call-template></p>
            </xsl:otherwise>
          </xsl:choose>

          <xsl:if test="$d/changed">
            <section class="diff-section" aria-labelledby="q-changed">
              <h2 id="q-changed"><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.changed'"/></xsl:call-template></h2>
              <xsl:apply-templates select="$d/changed"/>
            </section>
          </xsl:if>
          <xsl:if test="$d/added">
            <section class="diff-section" aria-labelledby="q-added">
              <h2 id="q-added"><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.added'"/></xsl:call-template></h2>
              <xsl:apply-templates select="$d/added"/>
            </section>
          </xsl:if>
          <xsl:if test="$d/removed">
            <section class="diff-section" aria-labelledby="q-removed">
              <h2 id="q-removed"><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.removed'"/></xsl:call-template></h2>
              <xsl:apply-templates select="$d/removed"/>
            </section>
          </xsl:if>
          <xsl:if test="$d/renumbered">
            <section class="diff-section" aria-labelledby="q-renumbered">
              <h2 id="q-renumbered"><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.renumbered'"/></xsl:call-template></h2>
              <ul class="renumbered-list">
                <xsl:apply-templates select="$d/renumbered"/>
              </ul>
            </section>
          </xsl:if>
        </main>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="text-lang">
    <xsl:if test="$text-tag != $ui-tag and $text-tag != 'und'">
      <xsl:attribute name="lang"><xsl:value-of select="$text-tag"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template name="version-link">
    <xsl:param name="href"/>
    <xsl:param name="date"/>
    <xsl:variable name="label">
      <xsl:call-template name="date"><xsl:with-param name="d" select="$date"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($href) != ''"><a href="{$site-root}{$href}"><xsl:value-of select="$label"/></a></xsl:when>
      <xsl:otherwise><xsl:value-of select="$label"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="count">
    <xsl:param name="n"/>
    <xsl:param name="k"/>
    <xsl:param name="target"/>
    <li>
      <strong><xsl:value-of select="$n"/></strong>
      <xsl:text> </xsl:text>
      <xsl:choose>
        <xsl:when test="$n &gt; 0">
          <a href="#{$target}"><xsl:call-template name="t"><xsl:with-param name="k" select="$k"/></xsl:call-template></a>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="t"><xsl:with-param name="k" select="$k"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- The label of a provision, linked to it when the view gives an href. -->
  <xsl:template name="item-heading">
    <xsl:param name="href" select="@href"/>
    <h3>
      <xsl:variable name="label">
        <xsl:choose>
          <xsl:when test="normalize-space(@label) != ''"><xsl:value-of select="normalize-space(@label)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@eId"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="normalize-space($href) != ''">
          <a href="{$site-root}{$href}"><xsl:call-template name="text-lang"/><xsl:value-of select="$label"/></a>
        </xsl:when>
        <xsl:otherwise><span><xsl:call-template name="text-lang"/><xsl:value-of select="$label"/></span></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="normalize-space(@label) != '' and normalize-space(@eId) != ''">
        <xsl:text> </xsl:text>
        <code class="meta-line"><xsl:value-of select="@eId"/></code>
      </xsl:if>
    </h3>
  </xsl:template>

  <xsl:template match="changed">
    <article class="diff-item diff-changed">
      <xsl:call-template name="item-heading"/>
      <p class="diff-text">
        <xsl:call-template name="text-lang"/>
        <xsl:for-each select="equal | delete | insert">
          <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates select="."/>
        </xsl:for-each>
        <xsl:if test="not(equal | delete | insert)"><xsl:text> </xsl:text></xsl:if>
      </p>
    </article>
  </xsl:template>

  <xsl:template match="equal"><xsl:value-of select="."/></xsl:template>

  <xsl:template match="delete">
    <del>
      <span class="visually-hidden"><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.deleted'"/></xsl:call-template><xsl:text> </xsl:text></span>
      <xsl:value-of select="."/>
    </del>
  </xsl:template>

  <xsl:template match="insert">
    <ins>
      <span class="visually-hidden"><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.inserted'"/></xsl:call-template><xsl:text> </xsl:text></span>
      <xsl:value-of select="."/>
    </ins>
  </xsl:template>

  <xsl:template match="added">
    <article class="diff-item diff-added">
      <xsl:call-template name="item-heading"/>
      <p class="diff-text">
        <xsl:call-template name="text-lang"/>
        <ins>
          <span class="visually-hidden"><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.inserted'"/></xsl:call-template><xsl:text> </xsl:text></span>
          <xsl:value-of select="text"/>
        </ins>
      </p>
    </article>
  </xsl:template>

  <xsl:template match="removed">
    <article class="diff-item diff-removed">
      <xsl:call-template name="item-heading">
        <xsl:with-param name="href">
          <xsl:choose>
            <xsl:when test="normalize-space(@href) != ''"><xsl:value-of select="@href"/></xsl:when>
            <xsl:when test="normalize-space($d/@from-href) != '' and normalize-space(@eId) != ''"><xsl:value-of select="concat($d/@from-href, '#', normalize-space(@eId))"/></xsl:when>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <p class="diff-text">
        <xsl:call-template name="text-lang"/>
        <del>
          <span class="visually-hidden"><xsl:call-template name="t"><xsl:with-param name="k" select="'diff.deleted'"/></xsl:call-template><xsl:text> </xsl:text></span>
          <xsl:value-of select="text"/>
        </del>
      </p>
    </article>
  </xsl:template>

  <xsl:template match="renumbered">
    <li>
      <span>
        <xsl:call-template name="text-lang"/>
        <xsl:value-of select="normalize-space(@from-num)"/>
        <xsl:if test="normalize-space(@from-num) = ''"><xsl:value-of select="@from"/></xsl:if>
      </span>
      <xsl:text> </xsl:text>
      <code class="meta-line"><xsl:value-of select="@from"/></code>
      <xsl:text> → </xsl:text>
      <xsl:variable name="label">
        <xsl:value-of select="normalize-space(@to-num)"/>
        <xsl:if test="normalize-space(@to-num) = ''"><xsl:value-of select="@to"/></xsl:if>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="normalize-space($d/@to-href) != '' and normalize-space(@to) != ''">
          <a href="{$site-root}{$d/@to-href}#{normalize-space(@to)}"><xsl:call-template name="text-lang"/><xsl:value-of select="$label"/></a>
        </xsl:when>
        <xsl:otherwise><span><xsl:call-template name="text-lang"/><xsl:value-of select="$label"/></span></xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <code class="meta-line"><xsl:value-of select="@to"/></code>
    </li>
  </xsl:template>

</xsl:stylesheet>
