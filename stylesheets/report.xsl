<?xml version="1.0" encoding="UTF-8"?>
<!--
  Qonun: the report of a closed consultation, published on the static site.
  Input: <report id title state opens closes ui-lang work work-href expression total disposed campaigns>
           <provision eId label href support oppose neutral change>
             <op type="equal|insert|delete">words</op>...
             <comment id author stance created similar carry decision reason>body (plain text)</comment>...
           </provision>...
         </report>
  Per provision: a bar chart of the comments by stance drawn in SVG, every comment with its disposition and reason,
  and the change made in the next version. Comment text is only ever output as text.
  Parameters: site-root (default '/'), ui-lang (default: the view's @ui-lang, else eng).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    >

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:variable name="r" select="/report"/>
  <xsl:variable name="L">
    <xsl:variable name="p"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:variable name="v"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$r/@ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$p != ''"><xsl:value-of select="$p"/></xsl:when>
      <xsl:when test="$v != ''"><xsl:value-of select="$v"/></xsl:when>
      <xsl:otherwise>eng</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="ui-tag"><xsl:call-template name="ui-lang-tag"/></xsl:variable>

  <xsl:template match="/">
    <xsl:variable name="heading"><xsl:call-template name="t"><xsl:with-param name="k" select="'report.title'"/></xsl:call-template></xsl:variable>
    <html lang="{$ui-tag}" data-site-root="{$site-root}">
      <xsl:call-template name="html-head"><xsl:with-param name="title" select="concat($heading, ': ', $r/@title)"/></xsl:call-template>
      <body class="page-report">
        <xsl:call-template name="site-header"><xsl:with-param name="current" select="'consultations'"/></xsl:call-template>
        <main id="main">
          <p class="doc-type"><xsl:value-of select="$heading"/> #<xsl:value-of select="$r/@id"/></p>
          <h1><xsl:value-of select="$r/@title"/></h1>
          <p class="lead"><xsl:call-template name="t"><xsl:with-param name="k" select="'report.intro'"/></xsl:call-template></p>
          <p class="meta">
            <xsl:call-template name="time"><xsl:with-param name="d" select="substring($r/@opens, 1, 10)"/></xsl:call-template>
            <xsl:text> – </xsl:text>
            <xsl:call-template name="time"><xsl:with-param name="d" select="substring($r/@closes, 1, 10)"/></xsl:call-template>
            <xsl:if test="$r/@work-href != ''">
              <xsl:text> · </xsl:text>
              <a href="{concat($site-root, $r/@work-href)}"><xsl:value-of select="$r/@work"/></a>
            </xsl:if>
          </p>
          <dl class="report-totals">
            <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'report.totals'"/></xsl:call-template></dt>
            <dd><xsl:value-of select="$r/@total"/></dd>
            <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'report.disposed'"/></xsl:call-template></dt>
            <dd><xsl:value-of select="$r/@disposed"/></dd>
            <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'report.campaigns'"/></xsl:call-template></dt>
            <dd><xsl:value-of select="$r/@campaigns"/></dd>
          </dl>
          <xsl:choose>
            <xsl:when test="$r/provision"><xsl:apply-templates select="$r/provision"/></xsl:when>
            <xsl:otherwise><p class="empty"><xsl:call-template name="t"><xsl:with-param name="k" select="'report.none'"/></xsl:call-template></p></xsl:otherwise>
          </xsl:choose>
        </main>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="provision">
    <section class="report-provision" id="{@eId}" aria-labelledby="h-{@eId}">
      <h2 id="h-{@eId}"><xsl:value-of select="@label"/></h2>
      <xsl:call-template name="chart"/>
      <xsl:if test="@change != ''">
        <p class="report-change">
          <strong><xsl:call-template name="t"><xsl:with-param name="k" select="'report.change'"/></xsl:call-template>: </strong>
          <xsl:call-template name="t"><xsl:with-param name="k" select="concat('report.change.', @change)"/></xsl:call-template>
        </p>
        <xsl:if test="op">
          <p class="diff-text">
            <xsl:for-each select="op">
              <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
              <xsl:choose>
                <xsl:when test="@type = 'insert'"><ins><xsl:value-of select="."/></ins></xsl:when>
                <xsl:when test="@type = 'delete'"><del><xsl:value-of select="."/></del></xsl:when>
                <xsl:otherwise><span><xsl:value-of select="."/></span></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </p>
        </xsl:if>
      </xsl:if>
      <ol class="comments">
        <xsl:apply-templates select="comment"/>
      </ol>
    </section>
  </xsl:template>

  <!-- A horizontal bar per stance, 300 units for the largest count. -->
  <xsl:template name="chart">
    <xsl:variable name="max">
      <xsl:for-each select="@support | @oppose | @neutral">
        <xsl:sort select="." data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="."/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="label"><xsl:call-template name="t"><xsl:with-param name="k" select="'report.chart'"/></xsl:call-template></xsl:variable>
    <svg xmlns="http://www.w3.org/2000/svg" class="stance-chart" viewBox="0 0 500 84" width="500" height="84" role="img" aria-labelledby="chart-{@eId}">
      <title id="chart-{@eId}">
        <xsl:value-of select="concat($label, ': ')"/>
        <xsl:call-template name="t"><xsl:with-param name="k" select="'report.support'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', @support, ', ')"/>
        <xsl:call-template name="t"><xsl:with-param name="k" select="'report.oppose'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', @oppose, ', ')"/>
        <xsl:call-template name="t"><xsl:with-param name="k" select="'report.neutral'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', @neutral)"/>
      </title>
      <xsl:call-template name="bar"><xsl:with-param name="row" select="0"/><xsl:with-param name="n" select="@support"/><xsl:with-param name="max" select="$max"/><xsl:with-param name="k" select="'report.support'"/><xsl:with-param name="class" select="'bar-support'"/></xsl:call-template>
      <xsl:call-template name="bar"><xsl:with-param name="row" select="1"/><xsl:with-param name="n" select="@oppose"/><xsl:with-param name="max" select="$max"/><xsl:with-param name="k" select="'report.oppose'"/><xsl:with-param name="class" select="'bar-oppose'"/></xsl:call-template>
      <xsl:call-template name="bar"><xsl:with-param name="row" select="2"/><xsl:with-param name="n" select="@neutral"/><xsl:with-param name="max" select="$max"/><xsl:with-param name="k" select="'report.neutral'"/><xsl:with-param name="class" select="'bar-neutral'"/></xsl:call-template>
    </svg>
  </xsl:template>

  <xsl:template name="bar" xmlns="http://www.w3.org/2000/svg">
    <xsl:param name="row"/>
    <xsl:param name="n"/>
    <xsl:param name="max"/>
    <xsl:param name="k"/>
    <xsl:param name="class"/>
    <xsl:variable name="y" select="$row * 28"/>
    <xsl:variable name="width">
      <xsl:choose>
        <xsl:when test="$max &gt; 0"><xsl:value-of select="round(300 * $n div $max)"/></xsl:when>
        <xsl:otherwise>0</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <text x="0" y="{$y + 17}" font-size="13"><xsl:call-template name="t"><xsl:with-param name="k" select="$k"/></xsl:call-template></text>
    <rect class="{$class}" x="150" y="{$y + 4}" width="{$width}" height="18"/>
    <text x="{156 + $width}" y="{$y + 17}" font-size="13"><xsl:value-of select="$n"/></text>
  </xsl:template>

  <xsl:template match="comment">
    <li class="comment stance-{@stance}" id="comment-{@id}">
      <p class="comment-meta">
        <strong><xsl:value-of select="@author"/></strong>
        <xsl:text> · </xsl:text>
        <xsl:call-template name="t"><xsl:with-param name="k" select="concat('report.', @stance)"/></xsl:call-template>
        <xsl:text> · </xsl:text>
        <xsl:call-template name="time"><xsl:with-param name="d" select="substring(@created, 1, 10)"/></xsl:call-template>
        <xsl:if test="@similar &gt; 1">
          <xsl:value-of select="concat(' · ', @similar, ' ')"/>
          <xsl:call-template name="t"><xsl:with-param name="k" select="'report.similar'"/></xsl:call-template>
        </xsl:if>
      </p>
      <xsl:if test="@carry != ''">
        <p class="carry-status"><xsl:call-template name="t"><xsl:with-param name="k" select="concat('report.carry.', @carry)"/></xsl:call-template></p>
      </xsl:if>
      <p class="comment-body"><xsl:value-of select="."/></p>
      <p class="disposition">
        <xsl:call-template name="t"><xsl:with-param name="k" select="'report.decision'"/></xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:choose>
          <xsl:when test="@decision != ''">
            <strong><xsl:call-template name="t"><xsl:with-param name="k" select="concat('report.', @decision)"/></xsl:call-template></strong>
            <xsl:if test="@reason != ''"><xsl:value-of select="concat(' — ', @reason)"/></xsl:if>
          </xsl:when>
          <xsl:otherwise><xsl:call-template name="t"><xsl:with-param name="k" select="'report.no-decision'"/></xsl:call-template></xsl:otherwise>
        </xsl:choose>
      </p>
    </li>
  </xsl:template>

</xsl:stylesheet>
