<?xml version="1.0" encoding="UTF-8"?>
<!--
  Qonun: the home page, the act index and the per-language indexes.
  Input: <index kind="home|acts|language" ui-lang lang base-url> with <act work href title doc-type year date status
  lang latest-href latest-date versions/>, <language code href count/> and <consultation id href title state opens closes/>.
  One <act> per work is expected (for kind="language": the works available in @lang).

  Parameters: site-root (default '/'), ui-lang (default: for kind="language" the view's @lang; otherwise @ui-lang, else @lang; else eng),
              latest (how many acts the home page lists, default 10).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml">

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:param name="latest" select="10"/>

  <xsl:key name="by-type" match="act" use="@doc-type"/>
  <xsl:key name="by-year" match="act" use="substring(concat(@year, @date), 1, 4)"/>
  <xsl:key name="by-status" match="act" use="@status"/>

  <xsl:variable name="ix" select="/index"/>
  <xsl:variable name="kind" select="string($ix/@kind)"/>
  <xsl:variable name="L">
    <xsl:variable name="p"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:variable name="v"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$ix/@ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:variable name="c"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$ix/@lang"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$p != ''"><xsl:value-of select="$p"/></xsl:when>
      <xsl:when test="$kind = 'language' and $c != ''"><xsl:value-of select="$c"/></xsl:when>
      <xsl:when test="$v != ''"><xsl:value-of select="$v"/></xsl:when>
      <xsl:when test="$c != ''"><xsl:value-of select="$c"/></xsl:when>
      <xsl:otherwise>eng</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="ui-tag"><xsl:call-template name="ui-lang-tag"/></xsl:variable>

  <xsl:variable name="page-title">
    <xsl:choose>
      <xsl:when test="$kind = 'acts'"><xsl:call-template name="t"><xsl:with-param name="k" select="'acts.title'"/></xsl:call-template></xsl:when>
      <xsl:when test="$kind = 'language'">
        <xsl:call-template name="t"><xsl:with-param name="k" select="'language.title'"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="lang-name"><xsl:with-param name="code" select="$ix/@lang"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="t"><xsl:with-param name="k" select="'site.name'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <html lang="{$ui-tag}" data-site-root="{$site-root}">
      <xsl:call-template name="html-head">
        <xsl:with-param name="title">
          <xsl:choose>
            <xsl:when test="$kind = 'home' or $kind = ''"><xsl:call-template name="t"><xsl:with-param name="k" select="'site.tagline'"/></xsl:call-template></xsl:when>
            <xsl:otherwise><xsl:value-of select="$page-title"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="description">
          <xsl:if test="$kind = 'home' or $kind = ''"><xsl:call-template name="t"><xsl:with-param name="k" select="'home.intro'"/></xsl:call-template></xsl:if>
        </xsl:with-param>
      </xsl:call-template>
      <body class="page-index page-{$kind}">
        <xsl:call-template name="site-header">
          <xsl:with-param name="current">
            <xsl:choose>
              <xsl:when test="$kind = 'acts' or $kind = 'language'">acts</xsl:when>
              <xsl:otherwise>home</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <main id="main">
          <xsl:choose>
            <xsl:when test="$kind = 'acts'"><xsl:call-template name="acts"/></xsl:when>
            <xsl:when test="$kind = 'language'"><xsl:call-template name="language"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="home"/></xsl:otherwise>
          </xsl:choose>
        </main>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- ============================================================ home -->

  <xsl:template name="home">
    <h1><xsl:call-template name="t"><xsl:with-param name="k" select="'site.name'"/></xsl:call-template></h1>
    <p class="lead"><xsl:call-template name="t"><xsl:with-param name="k" select="'home.intro'"/></xsl:call-template></p>
    <xsl:call-template name="search-form"/>

    <section aria-labelledby="q-latest">
      <h2 id="q-latest"><xsl:call-template name="t"><xsl:with-param name="k" select="'home.latest'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="$ix/act">
          <ul class="plain-list">
            <xsl:for-each select="$ix/act">
              <xsl:sort select="concat(@latest-date, substring(@date, 1, 10 * not(@latest-date)))" order="descending"/>
              <xsl:sort select="@title"/>
              <xsl:if test="position() &lt;= number($latest)">
                <xsl:call-template name="act-item"/>
              </xsl:if>
            </xsl:for-each>
          </ul>
          <p><a href="{$site-root}acts/index.html"><xsl:call-template name="t"><xsl:with-param name="k" select="'home.all-acts'"/></xsl:call-template></a></p>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:call-template name="t"><xsl:with-param name="k" select="'acts.none'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="$ix/language">
      <section aria-labelledby="q-languages">
        <h2 id="q-languages"><xsl:call-template name="t"><xsl:with-param name="k" select="'home.languages'"/></xsl:call-template></h2>
        <xsl:call-template name="language-list"/>
      </section>
    </xsl:if>

    <section aria-labelledby="q-open">
      <h2 id="q-open"><xsl:call-template name="t"><xsl:with-param name="k" select="'home.open-consultations'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="$ix/consultation[@state = 'open']">
          <ul class="plain-list">
            <xsl:for-each select="$ix/consultation[@state = 'open']">
              <xsl:sort select="@closes"/>
              <xsl:call-template name="consultation-item"/>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:call-template name="t"><xsl:with-param name="k" select="'home.no-open-consultations'"/></xsl:call-template></p>
        </xsl:otherwise>
      </xsl:choose>
      <p><a href="{$site-root}consultations/index.html"><xsl:call-template name="t"><xsl:with-param name="k" select="'home.all-consultations'"/></xsl:call-template></a></p>
    </section>
  </xsl:template>

  <xsl:template name="search-form">
    <form class="search-form" action="{$site-root}search.html" method="get" role="search">
      <label for="q-home-search"><xsl:call-template name="t"><xsl:with-param name="k" select="'search.label'"/></xsl:call-template></label>
      <input type="search" id="q-home-search" name="q" autocomplete="off">
        <xsl:attribute name="placeholder"><xsl:call-template name="t"><xsl:with-param name="k" select="'search.placeholder'"/></xsl:call-template></xsl:attribute>
      </input>
      <button type="submit"><xsl:call-template name="t"><xsl:with-param name="k" select="'search.button'"/></xsl:call-template></button>
    </form>
  </xsl:template>

  <xsl:template name="language-list">
    <ul class="plain-list language-list">
      <xsl:for-each select="$ix/language">
        <xsl:variable name="tag"><xsl:call-template name="lang-tag"><xsl:with-param name="code" select="@code"/></xsl:call-template></xsl:variable>
        <li>
          <a href="{$site-root}{@href}" hreflang="{$tag}">
            <xsl:if test="$tag != substring-before(concat($ui-tag, '-'), '-')"><xsl:attribute name="lang"><xsl:value-of select="$tag"/></xsl:attribute></xsl:if>
            <xsl:call-template name="lang-name"><xsl:with-param name="code" select="@code"/></xsl:call-template>
          </a>
          <xsl:if test="normalize-space(@count) != ''">
            <span class="meta-line">
              <xsl:text> — </xsl:text>
              <xsl:value-of select="@count"/>
              <xsl:text> </xsl:text>
              <xsl:call-template name="t"><xsl:with-param name="k" select="'acts.count'"/></xsl:call-template>
            </span>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- One act: title to the work page, then type, date, status, versions and the latest version. -->
  <xsl:template name="act-item">
    <li class="act-item">
      <a class="act-title" href="{$site-root}{@href}">
        <xsl:call-template name="title-lang"/>
        <xsl:value-of select="normalize-space(@title)"/>
        <xsl:if test="normalize-space(@title) = ''"><xsl:value-of select="@work"/></xsl:if>
      </a>
      <br/>
      <span class="meta-line">
        <xsl:call-template name="doc-type-name"><xsl:with-param name="type" select="@doc-type"/></xsl:call-template>
        <xsl:if test="normalize-space(@date) != ''">
          <xsl:text> · </xsl:text>
          <xsl:call-template name="time"><xsl:with-param name="d" select="@date"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="normalize-space(@status) != ''">
          <xsl:text> · </xsl:text>
          <span class="badge badge-{@status}"><xsl:call-template name="status-name"><xsl:with-param name="status" select="@status"/></xsl:call-template></span>
        </xsl:if>
        <xsl:if test="normalize-space(@versions) != ''">
          <xsl:text> · </xsl:text>
          <xsl:value-of select="@versions"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="t"><xsl:with-param name="k" select="'acts.versions'"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="normalize-space(@latest-href) != ''">
          <xsl:text> · </xsl:text>
          <a href="{$site-root}{@latest-href}">
            <xsl:call-template name="t"><xsl:with-param name="k" select="'acts.latest'"/></xsl:call-template>
            <xsl:if test="normalize-space(@latest-date) != ''">
              <xsl:text> (</xsl:text>
              <xsl:call-template name="date"><xsl:with-param name="d" select="@latest-date"/></xsl:call-template>
              <xsl:text>)</xsl:text>
            </xsl:if>
          </a>
        </xsl:if>
      </span>
    </li>
  </xsl:template>

  <!-- lang attribute on a title written in another language than the interface. -->
  <xsl:template name="title-lang">
    <xsl:if test="normalize-space(@lang) != '' and @lang != $L">
      <xsl:attribute name="lang"><xsl:call-template name="lang-tag"><xsl:with-param name="code" select="@lang"/></xsl:call-template></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ act index -->

  <xsl:template name="acts">
    <h1><xsl:value-of select="$page-title"/></h1>
    <p class="lead"><xsl:call-template name="t"><xsl:with-param name="k" select="'acts.intro'"/></xsl:call-template></p>
    <xsl:choose>
      <xsl:when test="$ix/act">
        <nav class="section-nav">
          <xsl:attribute name="aria-label"><xsl:call-template name="t"><xsl:with-param name="k" select="'acts.jump'"/></xsl:call-template></xsl:attribute>
          <ul>
            <li><a href="#q-by-type"><xsl:call-template name="t"><xsl:with-param name="k" select="'acts.by-type'"/></xsl:call-template></a></li>
            <li><a href="#q-by-year"><xsl:call-template name="t"><xsl:with-param name="k" select="'acts.by-year'"/></xsl:call-template></a></li>
            <li><a href="#q-by-status"><xsl:call-template name="t"><xsl:with-param name="k" select="'acts.by-status'"/></xsl:call-template></a></li>
          </ul>
        </nav>

        <section aria-labelledby="q-by-type">
          <h2 id="q-by-type"><xsl:call-template name="t"><xsl:with-param name="k" select="'acts.by-type'"/></xsl:call-template></h2>
          <xsl:for-each select="$ix/act[generate-id() = generate-id(key('by-type', @doc-type)[1])]">
            <xsl:sort select="@doc-type"/>
            <xsl:variable name="group" select="key('by-type', @doc-type)"/>
            <h3>
              <xsl:call-template name="doc-type-name"><xsl:with-param name="type" select="@doc-type"/></xsl:call-template>
              <span class="meta-line"><xsl:value-of select="concat(' (', count($group), ')')"/></span>
            </h3>
            <xsl:call-template name="act-list"><xsl:with-param name="acts" select="$group"/></xsl:call-template>
          </xsl:for-each>
        </section>

        <section aria-labelledby="q-by-year">
          <h2 id="q-by-year"><xsl:call-template name="t"><xsl:with-param name="k" select="'acts.by-year'"/></xsl:call-template></h2>
          <xsl:for-each select="$ix/act[generate-id() = generate-id(key('by-year', substring(concat(@year, @date), 1, 4))[1])]">
            <xsl:sort select="substring(concat(@year, @date), 1, 4)" order="descending"/>
            <xsl:variable name="group" select="key('by-year', substring(concat(@year, @date), 1, 4))"/>
            <h3>
              <xsl:value-of select="substring(concat(@year, @date), 1, 4)"/>
              <span class="meta-line"><xsl:value-of select="concat(' (', count($group), ')')"/></span>
            </h3>
            <xsl:call-template name="act-list"><xsl:with-param name="acts" select="$group"/></xsl:call-template>
          </xsl:for-each>
        </section>

        <section aria-labelledby="q-by-status">
          <h2 id="q-by-status"><xsl:call-template name="t"><xsl:with-param name="k" select="'acts.by-status'"/></xsl:call-template></h2>
          <xsl:for-each select="$ix/act[generate-id() = generate-id(key('by-status', @status)[1])]">
            <xsl:sort select="@status = 'in_force'" order="descending"/>
            <xsl:sort select="@status"/>
            <xsl:variable name="group" select="key('by-status', @status)"/>
            <h3>
              <xsl:call-template name="status-name"><xsl:with-param name="status" select="@status"/></xsl:call-template>
              <span class="meta-line"><xsl:value-of select="concat(' (', count($group), ')')"/></span>
            </h3>
            <xsl:call-template name="act-list"><xsl:with-param name="acts" select="$group"/></xsl:call-template>
          </xsl:for-each>
        </section>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:call-template name="t"><xsl:with-param name="k" select="'acts.none'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="act-list">
    <xsl:param name="acts"/>
    <ul class="plain-list">
      <xsl:for-each select="$acts">
        <xsl:sort select="@date" order="descending"/>
        <xsl:sort select="@title"/>
        <xsl:call-template name="act-item"/>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- ============================================================ one language -->

  <xsl:template name="language">
    <xsl:variable name="code" select="string($ix/@lang)"/>
    <xsl:variable name="mine" select="$ix/act[@lang = $code or not(@lang)]"/>
    <h1><xsl:value-of select="$page-title"/></h1>
    <p class="lead"><xsl:call-template name="t"><xsl:with-param name="k" select="'language.intro'"/></xsl:call-template></p>
    <xsl:call-template name="search-form"/>
    <xsl:choose>
      <xsl:when test="$mine">
        <xsl:for-each select="$mine[generate-id() = generate-id(key('by-type', @doc-type)[@lang = $code or not(@lang)][1])]">
          <xsl:sort select="@doc-type"/>
          <xsl:variable name="group" select="key('by-type', @doc-type)[@lang = $code or not(@lang)]"/>
          <section>
            <h2>
              <xsl:call-template name="doc-type-name"><xsl:with-param name="type" select="@doc-type"/></xsl:call-template>
              <span class="meta-line"><xsl:value-of select="concat(' (', count($group), ')')"/></span>
            </h2>
            <xsl:call-template name="act-list"><xsl:with-param name="acts" select="$group"/></xsl:call-template>
          </section>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:call-template name="t"><xsl:with-param name="k" select="'acts.none'"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$ix/language[@code != $code]">
      <h2><xsl:call-template name="t"><xsl:with-param name="k" select="'home.languages'"/></xsl:call-template></h2>
      <xsl:call-template name="language-list"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
