<?xml version="1.0" encoding="UTF-8"?>
<!--
  Qonun: simple site pages.
  Input: <page kind="404|search" ui-lang="eng"/>
    404     404.html: what happened and where to go (home, act index, search). Served at any path, so render it
            with an absolute site-root ('/' or 'https://host/prefix/').
    search  search.html: a GET form (input name="q"), a results container filled by assets/search.js through
            Pagefind ({site-root}pagefind/pagefind.js); without JavaScript, or without the index, a sentence says so
            and links to the act index.

  Parameters: site-root (default '/'), ui-lang (default: the view's @ui-lang, else eng).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml">

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:variable name="pg" select="/page"/>
  <xsl:variable name="kind" select="string($pg/@kind)"/>
  <xsl:variable name="L">
    <xsl:variable name="p"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:variable name="v"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$pg/@ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$p != ''"><xsl:value-of select="$p"/></xsl:when>
      <xsl:when test="$v != ''"><xsl:value-of select="$v"/></xsl:when>
      <xsl:otherwise>eng</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="ui-tag"><xsl:call-template name="ui-lang-tag"/></xsl:variable>

  <xsl:template match="/">
    <xsl:variable name="title">
      <xsl:choose>
        <xsl:when test="$kind = 'search'"><xsl:call-template name="t"><xsl:with-param name="k" select="'search.title'"/></xsl:call-template></xsl:when>
        <xsl:otherwise><xsl:call-template name="t"><xsl:with-param name="k" select="'404.title'"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <html lang="{$ui-tag}" data-site-root="{$site-root}">
      <xsl:call-template name="html-head"><xsl:with-param name="title" select="$title"/></xsl:call-template>
      <body class="page-{$kind}">
        <xsl:call-template name="site-header">
          <xsl:with-param name="current"><xsl:if test="$kind = 'search'">search</xsl:if></xsl:with-param>
        </xsl:call-template>
        <main id="main">
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:choose>
            <xsl:when test="$kind = 'search'"><xsl:call-template name="search"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="not-found"/></xsl:otherwise>
          </xsl:choose>
        </main>
        <xsl:call-template name="site-footer"/>
        <xsl:if test="$kind = 'search'">
          <script src="{$site-root}assets/search.js" defer="defer"><xsl:text> </xsl:text></script>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="search-form">
    <xsl:param name="id" select="'q-search'"/>
    <form class="search-form" action="{$site-root}search.html" method="get" role="search">
      <label for="{$id}"><xsl:call-template name="t"><xsl:with-param name="k" select="'search.label'"/></xsl:call-template></label>
      <input type="search" id="{$id}" name="q" autocomplete="off">
        <xsl:attribute name="placeholder"><xsl:call-template name="t"><xsl:with-param name="k" select="'search.placeholder'"/></xsl:call-template></xsl:attribute>
      </input>
      <button type="submit"><xsl:call-template name="t"><xsl:with-param name="k" select="'search.button'"/></xsl:call-template></button>
    </form>
  </xsl:template>

  <xsl:template name="not-found">
    <p class="lead"><xsl:call-template name="t"><xsl:with-param name="k" select="'404.text'"/></xsl:call-template></p>
    <p><xsl:call-template name="t"><xsl:with-param name="k" select="'404.try'"/></xsl:call-template></p>
    <ul>
      <li><a href="{$site-root}index.html"><xsl:call-template name="t"><xsl:with-param name="k" select="'404.home'"/></xsl:call-template></a></li>
      <li><a href="{$site-root}acts/index.html"><xsl:call-template name="t"><xsl:with-param name="k" select="'404.acts'"/></xsl:call-template></a></li>
      <li><a href="{$site-root}search.html"><xsl:call-template name="t"><xsl:with-param name="k" select="'404.search'"/></xsl:call-template></a></li>
    </ul>
    <xsl:call-template name="search-form"/>
  </xsl:template>

  <xsl:template name="search">
    <xsl:call-template name="search-form"/>
    <p class="meta-line"><xsl:call-template name="t"><xsl:with-param name="k" select="'search.hint'"/></xsl:call-template></p>
    <!-- Shown until search.js starts (it adds class has-js to <html>): search needs JavaScript. -->
    <p class="no-js banner banner-old">
      <xsl:call-template name="t"><xsl:with-param name="k" select="'search.nojs'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <a href="{$site-root}acts/index.html"><xsl:call-template name="t"><xsl:with-param name="k" select="'home.all-acts'"/></xsl:call-template></a>
    </p>
    <!-- Shown by search.js when {site-root}pagefind/pagefind.js cannot be loaded. -->
    <p class="search-unavailable banner banner-old" id="q-search-unavailable" hidden="hidden">
      <xsl:call-template name="t"><xsl:with-param name="k" select="'search.unavailable'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <a href="{$site-root}acts/index.html"><xsl:call-template name="t"><xsl:with-param name="k" select="'home.all-acts'"/></xsl:call-template></a>
    </p>
    <section class="search-results-box js-only" aria-labelledby="q-results-title">
      <xsl:attribute name="data-msg-searching"><xsl:call-template name="t"><xsl:with-param name="k" select="'search.searching'"/></xsl:call-template></xsl:attribute>
      <xsl:attribute name="data-msg-none"><xsl:call-template name="t"><xsl:with-param name="k" select="'search.none'"/></xsl:call-template></xsl:attribute>
      <xsl:attribute name="data-msg-count"><xsl:call-template name="t"><xsl:with-param name="k" select="'search.count'"/></xsl:call-template></xsl:attribute>
      <h2 id="q-results-title"><xsl:call-template name="t"><xsl:with-param name="k" select="'search.results'"/></xsl:call-template></h2>
      <p class="search-status" id="q-search-status" role="status" aria-live="polite"><xsl:text> </xsl:text></p>
      <ol class="search-results" id="q-search-results"><xsl:comment> results </xsl:comment></ol>
    </section>
  </xsl:template>

</xsl:stylesheet>
