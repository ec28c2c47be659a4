<?xml version="1.0" encoding="UTF-8"?>
<!--
  Qonun: the list of public consultations (open, upcoming, closed).
  Input: <consultations ui-lang="uzb"><consultation id href title state opens closes comments/>...</consultations>
  The consultation pages themselves (text with per-provision comments, report) come with the consultation feature;
  this page links to them through each @href.

  Parameters: site-root (default '/'), ui-lang (default: the view's @ui-lang, else eng).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml">

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:variable name="cs" select="/consultations"/>
  <xsl:variable name="L">
    <xsl:variable name="p"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:variable name="v"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$cs/@ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$p != ''"><xsl:value-of select="$p"/></xsl:when>
      <xsl:when test="$v != ''"><xsl:value-of select="$v"/></xsl:when>
      <xsl:otherwise>eng</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="ui-tag"><xsl:call-template name="ui-lang-tag"/></xsl:variable>

  <xsl:template match="/">
    <xsl:variable name="title"><xsl:call-template name="t"><xsl:with-param name="k" select="'consultations.title'"/></xsl:call-template></xsl:variable>
    <html lang="{$ui-tag}" data-site-root="{$site-root}">
      <xsl:call-template name="html-head"><xsl:with-param name="title" select="$title"/></xsl:call-template>
      <body class="page-consultations">
        <xsl:call-template name="site-header"><xsl:with-param name="current" select="'consultations'"/></xsl:call-template>
        <main id="main">
          <h1><xsl:value-of select="$title"/></h1>
          <p class="lead"><xsl:call-template name="t"><xsl:with-param name="k" select="'consultations.intro'"/></xsl:call-template></p>
          <xsl:choose>
            <xsl:when test="$cs/consultation">
              <xsl:call-template name="group">
                <xsl:with-param name="items" select="$cs/consultation[@state = 'open']"/>
                <xsl:with-param name="k" select="'consultations.open'"/>
                <xsl:with-param name="id" select="'q-open'"/>
              </xsl:call-template>
              <xsl:call-template name="group">
                <xsl:with-param name="items" select="$cs/consultation[@state = 'scheduled']"/>
                <xsl:with-param name="k" select="'consultations.scheduled'"/>
                <xsl:with-param name="id" select="'q-scheduled'"/>
              </xsl:call-template>
              <xsl:call-template name="group">
                <xsl:with-param name="items" select="$cs/consultation[not(@state = 'open' or @state = 'scheduled')]"/>
                <xsl:with-param name="k" select="'consultations.closed'"/>
                <xsl:with-param name="id" select="'q-closed'"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <p class="empty"><xsl:call-template name="t"><xsl:with-param name="k" select="'consultations.none'"/></xsl:call-template></p>
            </xsl:otherwise>
          </xsl:choose>
        </main>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="group">
    <xsl:param name="items"/>
    <xsl:param name="k"/>
    <xsl:param name="id"/>
    <xsl:if test="$items">
      <section aria-labelledby="{$id}">
        <h2 id="{$id}"><xsl:call-template name="t"><xsl:with-param name="k" select="$k"/></xsl:call-template></h2>
        <ul class="plain-list">
          <xsl:for-each select="$items">
            <xsl:sort select="@closes" order="descending"/>
            <xsl:call-template name="consultation-item"/>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
